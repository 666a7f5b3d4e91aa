import OKRCore

extension Coach {
    /// The set as it stands: its objectives and key results, labelled as the language labels them, one line each.
    ///
    /// - Parameter ids: the ids a level's objectives are saved under ("A1", "S2"), in order; an
    ///   objective without one is labelled by its place ("O1").
    public func listing(of set: OKRSet, format: LanguageFormatter, ids: [String] = []) -> [Reply] {
        var replies: [Reply] = []
        for (objectiveOffset, objective) in set.objectives.enumerated() {
            let label = ids.indices.contains(objectiveOffset) ? ids[objectiveOffset] : format.objective(objectiveOffset)
            replies.append(Reply(.summary, label + ": " + VisibleText.line(objective.title)))
            for (offset, keyResult) in objective.keyResults.enumerated() {
                replies.append(
                    Reply(.summary, "  " + format.keyResult(offset) + ": " + VisibleText.line(keyResult.text)))
            }
        }
        return replies
    }

    /// The set with every rule's findings and its score, as the end of a draft shows it.
    ///
    /// - Parameters:
    ///   - heading: the message that opens it: "summary" for a team's set.
    ///   - ids: the ids a level's objectives are saved under, which label them and their findings.
    func summary(of session: Session, today: Day, heading: String = "summary", ids: [String] = []) -> [Reply] {
        let texts = texts(for: session)
        let untitled = texts.compose.untitled
        let cycle = session.set.cycle ?? Self.quarter(of: today, in: texts)
        var replies = [texts.reply(.say, heading, ["team": session.set.team ?? untitled, "cycle": cycle])]
        replies += listing(of: session.set, format: format(session), ids: ids)
        replies += review(of: session, judgedIn: judgingLanguage(session), ids: ids)
        return replies
    }

    /// Every rule's findings on the set, and its score.
    public func review(of session: Session) -> [Reply] {
        // The set is judged in the language it is written in, whichever the coach speaks now.
        review(of: session, judgedIn: judgingLanguage(session))
    }

    /// The language a set's own text is written in, when it tells: what judges it, whoever reads it.
    public func writtenLanguage(of set: OKRSet) -> LanguageCode? {
        let text = set.objectives.flatMap { [$0.title] + $0.keyResults.map(\.text) }.joined(separator: "\n")
        let preferring = [set.lang].compactMap { $0 }
        return LanguageDetector(checker.languages).detect(text, preferring: preferring).flatMap {
            texts[$0] == nil ? nil : $0
        }
    }

    /// Every rule's findings on the set, judged in the language its text is written in and said in
    /// the session's: a team's Norwegian set scores the same whoever asks, in whatever language.
    /// A finding on an objective with an id in `ids` (counted from the first objective) is labelled with it.
    public func review(of session: Session, judgedIn judge: LanguageCode, ids: [String] = []) -> [Reply] {
        let language = language(of: session)
        // The readings kept while drafting spare the summary reading every text again.
        let kept = session.readings.kept
        let report =
            kept.isEmpty
            ? checker.check(session.set, language: judge) : checker.check(session.set, language: judge, kept: kept)
        let catalog = checker.languages.catalog(for: language)
        var replies: [Reply] = []
        for judged in report.findings {
            var finding = judge == language ? judged : catalog.translated(judged)
            if let objective = finding.objective, ids.indices.contains(objective - 1) {
                finding.objectiveID = ids[objective - 1]
            }
            let place = catalog.label(of: finding).map { " \($0):" } ?? ""
            replies.append(Reply(.finding, "[\(finding.rule.rawValue)]\(place) \(finding.message)"))
        }
        let words = checker.languages.catalog(for: self.language(of: session)).report
        let counts = [
            words.errors(report.summary.errors), words.warnings(report.summary.warnings),
            words.infos(report.summary.infos),
        ].joined(separator: words.listSeparator)
        replies.append(
            texts(for: session).reply(.summary, "score", ["score": String(report.summary.score), "summary": counts]))
        return replies
    }

    /// The saved sets, numbered for /open.
    public func listing(_ sessions: [Session], for session: Session) -> [Reply] {
        let texts = texts(for: session)
        guard !sessions.isEmpty else { return [texts.reply(.say, "no_sets")] }
        var replies = [texts.reply(.say, "sets")]
        for (offset, saved) in sessions.enumerated() {
            let title = saved.title.isEmpty ? texts.compose.untitled : saved.title
            let first = saved.set.objectives.first.map { ": \($0.title)" } ?? ""
            replies.append(Reply(.summary, VisibleText.line("\(offset + 1). \(title)\(first)")))
        }
        return replies
    }

    /// The replies when a saved set is opened: where it stands and its current question.
    ///
    /// - Parameter today: the day it runs on, for the quarter a question offers.
    public func opened(_ session: Session, today: Day) -> Turn {
        var output = Output(session: session, today: today)
        let title = session.title.isEmpty ? texts(for: session).compose.untitled : session.title
        say(.say, "opened", ["title": title], &output)
        output.replies += listing(of: session.set, format: format(session))
        ask(again: true, &output)
        return output.turn
    }

    /// The reply when /open names no saved set.
    public func noSuchSet(_ number: Int, in session: Session) -> Reply {
        texts(for: session).reply(.say, "no_such_set", ["number": String(number)])
    }

    /// The reply after an export was written to a file.
    public func exported(to path: String, in session: Session) -> Reply {
        texts(for: session).reply(.say, "exported", ["path": path])
    }
}

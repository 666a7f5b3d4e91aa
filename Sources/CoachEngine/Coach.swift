import OKRCore

/// The OKR coach: turns one input line and a session into replies and a new session.
///
/// It is pure and deterministic: no I/O, no clock, no randomness. The same
/// answers on the same days always give the same conversation, so the terminal, the chat bot and
/// the tests all drive it the same way. It keeps no "today": every call that may date something
/// or offer the current quarter takes the day it runs on, read by the adapter from its `CoachClock`.
///
/// ```swift
/// let today = Day(iso: "2026-12-31")!
/// var turn = coach.start(Session(id: "1", step: coach.flow.start), today: today)
/// turn = coach.respond(to: "Growth", in: turn.session, today: today)
/// ```
public struct Coach: Sendable {
    /// The drafting flow.
    public let flow: Flow
    /// The flows of the check-in, the review and the retrospective.
    let cycleFlows: [Activity.Kind: Flow]
    /// The flows that draft the organisation's levels: mission, one-year and company objectives.
    let levelFlows: [DraftLevel: Flow]
    /// The organisation the sets are drafted under, as the adapter read it: its objectives are
    /// offered to choose from where a flow asks which one an objective serves; nil where none is set up.
    public var organisation: Organisation?
    let checker: Checker
    /// The codes of the languages the coach speaks, as the help lists them ("en, nb, nl, sv").
    public let languageList: String
    let texts: [LanguageCode: CoachTexts]
    /// The coach's texts in every language, by language code: kept, since chat reads them at every line.
    public let allTexts: [CoachTexts]

    /// - Parameters:
    ///   - languages: the rule catalogs.
    ///   - texts: the coach's texts, one for each language.
    ///   - flow: the drafting flow.
    ///   - cycleFlows: the check-in, review and retrospective flows; a missing one is unavailable.
    ///   - levelFlows: the flows of the organisation's levels; a missing one is unavailable.
    ///   - organisation: the organisation whose objectives the flows offer.
    /// - Throws: `InputError` when a language lacks a message the flows, their actions, the engine
    ///   or a medium use (`MessageContract`).
    public init(
        languages: Languages, texts: [CoachTexts], flow: Flow, cycleFlows: [Activity.Kind: Flow] = [:],
        levelFlows: [DraftLevel: Flow] = [:], organisation: Organisation? = nil
    ) throws(InputError) {
        self.flow = flow
        self.cycleFlows = cycleFlows
        self.levelFlows = levelFlows
        self.organisation = organisation
        checker = Checker(languages: languages)
        try MessageContract.check(
            texts,
            flows: [flow] + Activity.Kind.allCases.compactMap { cycleFlows[$0] }
                + DraftLevel.allCases.compactMap { levelFlows[$0] })
        let languageList = texts.map(\.language).sorted().map(\.rawValue).joined(separator: ", ")
        self.languageList = languageList
        var byLanguage: [LanguageCode: CoachTexts] = [:]
        for text in texts {
            byLanguage[text.language] = text
        }
        self.texts = byLanguage
        allTexts = byLanguage.values.sorted { $0.language < $1.language }
    }

    /// The retrospective's questions, the topics its answers are saved and read under.
    public var retroTopics: [String] {
        cycleFlows[.retro]?.retroTopics ?? []
    }

    /// The languages the coach speaks.
    public var languageCodes: [LanguageCode] {
        texts.keys.sorted()
    }

    /// The language a code or an alias its locale claims names ("nn" → nb), when the coach speaks it.
    public func language(named name: String) -> LanguageCode? {
        checker.languages.language(named: name).flatMap { texts[$0] != nil ? $0 : nil }
    }

    /// A new session at the start of the flow.
    public func newSession(id: String, language: LanguageCode? = nil) -> Session {
        Session(id: id, language: language, languageChosen: language != nil, step: flow.start)
    }

    /// A new session drafting a level of the pyramid; the team level is `newSession(id:language:)`.
    /// A level without a flow drafts a team's set.
    public func newSession(id: String, language: LanguageCode?, level: DraftLevel) -> Session {
        guard level != .team, let levelFlow = levelFlows[level] else { return newSession(id: id, language: language) }
        var session = Session(id: id, language: language, languageChosen: language != nil, step: levelFlow.start)
        session.level = level
        session.set.team = level == .mission ? nil : organisation?.name
        return session
    }

    /// The levels of the pyramid this coach can draft: those with a flow.
    public var draftLevels: [DraftLevel] {
        DraftLevel.allCases.filter { $0 == .team || levelFlows[$0] != nil }
    }

    /// The greeting and the first question; for a session under way, its current question again.
    ///
    /// - Parameter today: the day it runs on, for the quarter a question offers.
    public func start(_ session: Session, today: Day) -> Turn {
        var output = Output(session: session, today: today)
        let start = draftingFlow(of: session).start
        if session.undo.isEmpty, session.step == start, session.activity == nil {
            say(.say, session.level.map { $0 == .team ? "greeting" : "greeting_\($0.rawValue)" } ?? "greeting", &output)
            if !session.languageChosen { say(.say, "other_languages", &output) }
            sayPreviousRetro(&output)
            enter(start, &output)
        } else {
            ask(again: true, &output)
        }
        return output.turn
    }

    /// The question that offers to continue an unfinished session.
    public func offerToResume(_ session: Session) -> Reply {
        let title = session.title.isEmpty ? texts(for: session).compose.untitled : session.title
        return texts(for: session).reply(.ask, Self.levelKey("resume", session), ["title": title])
    }

    /// Whether an answer means yes (true), no (false) or neither (nil), in any language.
    /// "done" to "Add another?" means no.
    public func yesOrNo(_ line: String) -> Bool? {
        switch answerWord(line) {
        case .yes: true
        case .no, .done: false
        case nil: nil
        }
    }

    enum AnswerWord {
        case yes, no, done
    }

    /// What an answer that is no content asks for.
    enum Asking {
        /// "?", "help", "what?": the question explained.
        case help
        /// "don't know", "vet ikke": the value is not known.
        case unknown
    }

    /// Whether a line asks for help or says the person does not know, in any language.
    func asking(_ line: String) -> Asking? {
        let answer = Self.normalized(line)
        guard !answer.isEmpty else { return nil }
        if answer.allSatisfy({ $0 == "?" || $0 == "？" || $0 == " " }) { return .help }
        var bare = answer
        while let last = bare.last, last == "?" || last == " " { bare.removeLast() }
        let words = [answer, bare]
        if texts.values.contains(where: { !$0.help.isDisjoint(with: words) }) { return .help }
        if texts.values.contains(where: { !$0.unknown.isDisjoint(with: words) }) { return .unknown }
        return nil
    }

    /// Answers "?" or "don't know": never content. Where the flow says what "don't know" gets
    /// (`on_unknown`: an unknown starting value is left out, with the advice to measure it first),
    /// that is said and the step moves on without an answer; an unknown value where Enter means "none" (this week's check-in)
    /// is none; anything else gets the question explained (or, where the flow has no explanation,
    /// the kind of answer it takes, with an example) and asked again.
    private func helpWith(_ asking: Asking, at step: Flow.Step, _ output: inout Output) {
        if asking == .unknown, let message = step.onUnknown {
            output.session.remember()
            say(.say, message, &output)
            return perform(step, answer: nil, &output)
        }
        if asking == .unknown, step.expect == .number, step.optional, step.defaultValue == nil {
            output.session.remember()
            return perform(step, answer: nil, &output)
        }
        let kind: String =
            switch step.expect {
            case .yesNo: "reprompt_yes_no"
            case .number: "reprompt_number"
            case .time: "reprompt_time"
            case .cycle: "reprompt_cycle"
            case .year: "reprompt_year"
            case .pick: "reprompt_pick"
            case .text, .choice: "help_answer"
            }
        say(.say, step.help ?? kind, &output)
        ask(again: true, &output)
    }

    /// The answer word a line is, in any language.
    func answerWord(_ line: String) -> AnswerWord? {
        let answer = Self.normalized(line)
        if texts.values.contains(where: { $0.yes.contains(answer) }) { return .yes }
        if texts.values.contains(where: { $0.no.contains(answer) }) { return .no }
        if texts.values.contains(where: { $0.done.contains(answer) }) { return .done }
        return nil
    }

    /// The prompt to show before the person types.
    public func prompt(for session: Session) -> String {
        texts(for: session).prompt
    }

    /// Every command word, with its slash, for Tab completion.
    public var completions: [String] {
        Array(Set(texts.values.flatMap { $0.commands.values.flatMap { $0 } }.map { "/" + $0 })).sorted()
    }

    /// Answers one line.
    ///
    /// - Parameters:
    ///   - line: what the person typed.
    ///   - session: the session it answers.
    ///   - today: the day it runs on, for dating check-ins and the quarter a question offers.
    public func respond(to line: String, in session: Session, today: Day) -> Turn {
        var output = Output(session: session, today: today)
        // A line longer than a line of the chat's protocol is no answer anyone typed: it is not read.
        guard line.utf8.count <= InputLimits.maximumLineBytes else {
            reprompt("answer_too_long", &output)
            return output.turn
        }
        let answer = line.trimmingWhitespace()
        if answer.hasPrefix("/") {
            command(answer, &output)
            return output.turn
        }
        guard let step = steps(of: output.session)[output.session.step], step.ask != nil else {
            // A finished level said once that it is saved; an empty line gets nothing new, only the prompt again.
            if answer.isEmpty, (output.session.level ?? .team) != .team { return output.turn }
            sayFinished(&output, saved: true)
            return output.turn
        }
        if let asking = asking(answer) {
            detectLanguage(ofHelpRequest: answer, &output)
            helpWith(asking, at: step, &output)
        } else {
            detectLanguage(of: answer, step: step, &output)
            accept(answer, at: step, &output)
        }
        return output.turn
    }

    // MARK: - Moving through the flow

    /// Takes an answer to a step's question, or asks again when it does not fit.
    private func accept(_ answer: String, at step: Flow.Step, _ output: inout Output) {
        switch step.expect {
        case .yesNo:
            guard let yes = yesOrNo(answer), let next = yes ? step.onYes : step.onNo else {
                return reprompt("reprompt_yes_no", &output)
            }
            output.session.remember()
            keepReadings(&output.session)
            enter(next, &output)
        case .choice:
            if yesOrNo(answer) == true, let next = step.onYes {
                output.session.remember()
                return enter(next, &output)
            }
            guard !answer.isEmpty, yesOrNo(answer) != false else { return reprompt("reprompt_text", &output) }
            output.session.remember()
            perform(step, answer: answer, &output)
        case .pick:
            pick(answer, at: step, &output)
        case .text, .number, .time, .cycle, .year:
            if answer.isEmpty {
                guard step.defaultValue != nil || step.optional else { return reprompt("reprompt_text", &output) }
                output.session.remember()
                return perform(
                    step, answer: step.defaultValue.map { defaultText($0, output.session, today: output.today) },
                    &output)
            }
            if step.refuseYesNo, [.yes, .no].contains(answerWord(answer)) {
                return reprompt("reprompt_text", &output)
            }
            if step.expect == .number, !isNumber(answer, output.session) {
                return reprompt("reprompt_number", &output)
            }
            if step.expect == .number, holdsTooLargeNumber(answer, output.session) {
                return reprompt("reprompt_value_range", &output)
            }
            if step.expect == .time, !isTime(answer, output.session) {
                return reprompt("reprompt_time", &output)
            }
            if step.expect == .cycle, !CycleName.isCycle(answer, months: monthNames) {
                return reprompt("reprompt_cycle", &output)
            }
            if step.expect == .year, Self.year(answer) == nil {
                return reprompt("reprompt_year", &output)
            }
            output.session.remember()
            perform(step, answer: answer, &output)
        }
    }

    /// Stores the answer or runs the step's action, then goes where that leads.
    func perform(_ step: Flow.Step, answer: String?, _ output: inout Output) {
        if let store = step.store {
            self.store(answer, in: store, &output.session)
        }
        if let action = step.action {
            let outcome = action.perform(self, answer, &output)
            guard let next = step.routes[outcome] else { return }
            enter(next, &output)
        } else if let next = step.next {
            enter(next, &output)
        }
    }

    /// Reaches a step: says what it says, asks its question, or does its action at once.
    func enter(_ id: String, _ output: inout Output) {
        var next: String? = id
        var hops = 0
        let steps = steps(of: output.session)
        while let id = next, let step = steps[id], hops < steps.count {
            hops += 1
            output.session.step = id
            if let message = step.say { say(.say, message, &output) }
            if step.expect == .pick, step.ask != nil, choices(for: step, output.session).isEmpty {
                next = step.otherwise ?? step.next
                continue
            }
            if step.ask != nil {
                ask(again: false, &output)
                return
            }
            next = nil
            if let action = step.action {
                next = step.routes[action.perform(self, nil, &output)]
            } else {
                next = step.next
            }
        }
    }

    /// What a finished conversation says when spoken to: a team's set wishes luck for the cycle (and,
    /// with `saved`, says how to export it); a finished level of the organisation says where it is
    /// kept and what to draft next, not "come back for the weekly check-in".
    private func sayFinished(_ output: inout Output, saved: Bool) {
        guard (output.session.level ?? .team) == .team else { return say(.say, "level_saved", &output) }
        say(.say, "finished", &output)
        if saved { say(.say, "saved", &output) }
    }

    /// Asks the current step's question.
    func ask(again: Bool, _ output: inout Output) {
        guard let step = steps(of: output.session)[output.session.step], let key = step.ask else {
            return sayFinished(&output, saved: false)
        }
        let hasKeyResults = !(output.session.set.objectives.last?.keyResults.isEmpty ?? true)
        let question = hasKeyResults ? step.askAgain ?? key : key
        if step.expect == .pick { sayChoices(for: step, &output) }
        say(.ask, question, values(for: step, output.session, today: output.today), &output)
    }

    func reprompt(_ key: String, _ output: inout Output) {
        say(.say, key, &output)
        ask(again: true, &output)
    }

    /// The placeholders a question may use.
    private func values(for step: Flow.Step, _ session: Session, today: Day) -> [String: String] {
        if let activity = session.activity { return activityValues(activity, session) }
        let objectives = session.set.objectives
        var values = [
            "objective": String(objectives.count),
            "key_result": String((objectives.last?.keyResults.count ?? 0) + 1),
            "count": String(objectives.last?.keyResults.count ?? 0),
            "text": session.draft.proposal ?? session.draft.objective ?? "",
            "word": session.draft.keyResult?.task ?? "",
            "cycle": session.set.cycle ?? "",
            "next_objective": String(objectives.count + 1),
        ]
        if let value = step.defaultValue {
            values["default"] = defaultText(value, session, today: today, in: texts(for: session))
        }
        return values
    }

    /// What Enter means at a step: the default written in the language of the text being drafted,
    /// or, for the question that offers it, in `texts`. The current quarter is `today`'s.
    func defaultText(_ name: String, _ session: Session, today: Day, in texts: CoachTexts? = nil) -> String {
        let texts = texts ?? writingTexts(session)
        switch name {
        case "current_quarter": return Self.quarter(of: today, in: texts)
        case "suggested_grade": return gradeText(suggestedGrade(session), session)
        case "coming_year": return String(Self.comingYear(after: today))
        default:
            let cycle = session.set.cycle ?? Self.quarter(of: today, in: texts)
            return texts.compose.endOfCycle.render(["cycle": cycle])
        }
    }

    /// The quarter a day falls in, as the language names it: "2026-Q4", nb "2026-K4".
    static func quarter(of day: Day, in texts: CoachTexts) -> String {
        texts.compose.quarter.render(["year": String(day.year), "quarter": String(day.quarterOfYear)])
    }

    private func store(_ answer: String?, in place: String, _ session: inout Session) {
        switch place {
        case "team": session.set.team = answer
        case "cycle": session.set.cycle = answer
        case "serves": serve(answer, &session)
        default:
            guard let answer else {
                session.set.parents = []
                return
            }
            session.set.parents = [ParentObjective(id: Self.freeTextParentID, title: answer)]
            for index in session.set.objectives.indices {
                session.set.objectives[index].parent = Self.freeTextParentID
            }
        }
    }

    /// The steps of the flow a session is in: drafting its level, or the activity under way.
    func steps(of session: Session) -> [String: Flow.Step] {
        session.activity.flatMap { cycleFlows[$0.kind] }?.steps ?? draftingFlow(of: session).steps
    }

    /// The flow that drafts the session's level of the pyramid: a team's set unless it says otherwise.
    func draftingFlow(of session: Session) -> Flow {
        session.level.flatMap { levelFlows[$0] } ?? flow
    }

    // MARK: - Language

    /// Until the language is chosen, each text answer may tell it; a tie goes to the set's language,
    /// then the one the session speaks.
    private func detectLanguage(of answer: String, step: Flow.Step, _ output: inout Output) {
        let preferring = [output.session.set.lang, output.session.language].compactMap { $0 }
        guard !output.session.languageChosen, step.expect == .text || step.expect == .choice, !answer.isEmpty,
            let language = LanguageDetector(checker.languages).detect(answer, preferring: preferring),
            texts[language] != nil
        else { return }
        output.session.language = language
        output.session.languageChosen = true
    }

    /// Until the language is chosen, a help word of one language only ("hjelp", "weet ik niet") tells it.
    private func detectLanguage(ofHelpRequest answer: String, _ output: inout Output) {
        guard !output.session.languageChosen else { return }
        let word = Self.normalized(answer)
        let speakers = texts.values.filter { $0.help.contains(word) || $0.unknown.contains(word) }
        guard speakers.count == 1, let language = speakers.first?.language else { return }
        output.session.language = language
        output.session.languageChosen = true
    }

    /// The coach's texts in a session's language.
    public func texts(for session: Session) -> CoachTexts {
        texts[session.language ?? checker.languages.fallback] ?? texts[checker.languages.fallback]
            ?? texts.values.sorted { $0.language < $1.language }[0]
    }

    func language(of session: Session) -> LanguageCode {
        texts(for: session).language
    }

    /// The language the text being drafted is written in, which its rules and proposals use:
    /// /lang changes the language the coach speaks, not the language of what was written.
    func writingLanguage(_ session: Session) -> LanguageCode {
        session.draft.language ?? session.set.lang ?? language(of: session)
    }

    /// The coach's texts in the language of the text being drafted, for writing proposals.
    func writingTexts(_ session: Session) -> CoachTexts {
        texts[writingLanguage(session)] ?? texts(for: session)
    }

    /// The language of a text the person starts to draft: the set's, unless the coach was
    /// switched to another language since and the text is clearly written in that one.
    func languageOfNewText(_ text: String, _ session: Session) -> LanguageCode {
        let speaking = language(of: session)
        guard let written = session.set.lang, written != speaking else { return speaking }
        return LanguageDetector(checker.languages).detect(text, preferring: [written]) == speaking ? speaking : written
    }

    // MARK: - Answers

    /// A value is written in digits ("420", "68 %"), or is a number word on its own ("two");
    /// "ingen anelse" (no idea) is no value.
    private func isNumber(_ answer: String, _ session: Session) -> Bool {
        let analysis = TextAnalysis(answer, lexicon: lexicon(session))
        let digits = analysis.tokens.indices.contains { index in
            let token = analysis.tokens[index]
            // "5e2", "0x10": digits with letters between them are a value written wrongly, which the reader names.
            return (analysis.counts(index) && token.kind == .number) || (token.kind == .code && token.prefix.isEmpty)
        }
        return digits || (analysis.tokens.count == 1 && analysis.counts(0))
    }

    /// Whether an answer holds a number beyond ±`NumberReader.limit`, which no baseline,
    /// target or value may be: "20000000000000000000 users".
    private func holdsTooLargeNumber(_ answer: String, _ session: Session) -> Bool {
        holdsTooLargeNumber(answer, language: language(of: session))
    }

    private func isTime(_ answer: String, _ session: Session) -> Bool {
        TextAnalysis(answer, lexicon: lexicon(session)).namesTime
    }

    /// Adds a message in the session's language to the replies.
    func say(
        _ kind: Reply.Kind, _ key: String, _ values: [String: String], mentions: [String: Reply.Mention] = [:],
        _ output: inout Output
    ) {
        output.replies.append(texts(for: output.session).reply(kind, key, values, mentions: mentions))
    }

    func say(_ kind: Reply.Kind, _ key: String, _ output: inout Output) {
        say(kind, key, [:], &output)
    }

    /// The month names of every language, lower-cased: a cycle may be named in any of them.
    private var monthNames: Set<String> {
        Set(checker.languages.codes.flatMap { checker.languages.catalog(for: $0).words.months.map { $0.lowercased() } })
    }

    /// The words of the language the text being drafted is written in.
    func lexicon(_ session: Session) -> Lexicon {
        checker.languages.catalog(for: writingLanguage(session)).lexicon
    }

    static func normalized(_ line: String) -> String {
        var text = line.trimmingWhitespace().lowercased()
        while let last = text.last, last == "." || last == "!" { text.removeLast() }
        return text
    }
}

/// The replies and effects of a turn as it is built.
struct Output {
    var session: Session
    var replies: [Reply] = []
    var effects: [Effect] = []
    /// The day of the turn.
    let today: Day

    init(session: Session, today: Day) {
        self.session = session
        self.today = today
    }

    var turn: Turn {
        Turn(replies: replies, session: session, effects: effects)
    }
}

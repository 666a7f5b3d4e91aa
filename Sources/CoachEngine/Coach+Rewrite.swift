import OKRCore

/// One key result read and written again, without the conversation: what `okrcoach rewrite` prints.
///
/// It is the coach's own reader and composer, so the proposal is the one the coach would make
/// after the same answers, and it is offered only when it reads back to the same parts.
public struct Rewrite: Sendable, Equatable {
    /// The language the draft was read in.
    public var language: LanguageCode
    /// The draft as given.
    public var text: String
    /// The main verb, as written.
    public var verb: String?
    /// What is measured, in the person's words.
    public var measure: String?
    /// The starting value, from the draft or `--from`.
    public var from: String?
    /// The value to reach or hold, from the draft or `--to`.
    public var to: String?
    /// "at_least" or "at_most" for a level to hold.
    public var bound: String?
    /// The deadline phrase, from the draft or `--by`.
    public var deadline: String?
    /// How it keeps score: increase, decrease, at_least, at_most, milestone; nil where unknown.
    public var kind: String?
    /// The pieces still missing, in the coach's order: outcome, measure, target, baseline, deadline.
    public var missing: [String]
    /// The proposal, when the coach is sure of it.
    public var proposal: String?
    /// The language's pattern filled with what is known, when there is no proposal.
    public var pattern: String?
    /// Why there is no proposal: missing-piece, reads-differently, still-missing, doubled-word.
    public var reason: String?
}

extension Coach {
    /// Whether a text holds a number no value may be: beyond ±`NumberReader.limit`, or not finite.
    public func holdsTooLargeNumber(_ text: String, language: LanguageCode?) -> Bool {
        let catalog = checker.languages.catalog(for: language ?? checker.languages.fallback)
        return catalog.lexicon.tokenizer.tokens(text).contains { token in
            guard token.kind == .number, let value = token.value else { return false }
            return !value.isFinite || abs(value) > NumberReader.limit
        }
    }

    /// The languages the coach speaks, in order.
    public var languages: [LanguageCode] {
        texts.keys.sorted()
    }

    /// Reads a key result, fills in the values given, and writes it again as the coach would.
    ///
    /// - Parameters:
    ///   - text: the key result as drafted.
    ///   - from, to: a starting value and a target, as written ("5%"); they replace the draft's own.
    ///   - by: the deadline, as written ("within 6 weeks", "31 March").
    ///   - language: the draft's language; detected from the text when nil.
    ///   - today: the day it runs on: a deadline the draft lacks is the end of its quarter.
    public func rewrite(
        _ text: String, from: String?, to: String?, by: String?, language: LanguageCode?, today: Day
    ) -> Rewrite {
        let detected = language ?? LanguageDetector(checker.languages).detect(text) ?? checker.languages.fallback
        let session = Session(id: "rewrite", language: detected, languageChosen: true, step: flow.start)
        let lexicon = lexicon(session)
        let reading = KeyResultReading(text, lexicon: lexicon)
        var parts = KeyResultParts(reading)
        if let from { parts.from = Self.firstValue(in: from, lexicon: lexicon) ?? parts.from }
        if let to { parts.to = Self.firstValue(in: to, lexicon: lexicon) ?? parts.to }
        if let by, !by.trimmingWhitespace().isEmpty { parts.deadline = by.trimmingTrailingPunctuation() }
        let missing = ["outcome", "measure", "target", "baseline", "deadline"].filter {
            parts.missing(order: [$0]) != nil
        }
        let composer = composer(for: session, today: today)
        var result = Rewrite(
            language: texts(for: session).language, text: text, verb: reading.verb, measure: parts.measure,
            from: parts.from, to: parts.to, bound: reading.bound.map { $0 == .atLeast ? "at_least" : "at_most" },
            deadline: parts.deadline ?? reading.deadline?.phrase, kind: composer.kind(parts)?.rawValue, missing: missing
        )
        // A task names no measure yet: the coach would ask what number would move, so it proposes nothing.
        guard !missing.contains("outcome"), !missing.contains("measure"), !missing.contains("target"),
            !missing.contains("baseline")
        else {
            result.pattern = composer.filledPattern(parts)
            result.reason = KeyResultComposer.Reason.missingPiece.rawValue
            return result
        }
        switch composer.compose(parts) {
        case .sure(let sentence): result.proposal = sentence
        case .unsure(let pattern, let reason):
            result.pattern = pattern
            result.reason = reason.rawValue
        }
        return result
    }

    /// The rewrite as lines to read, in the draft's language: the parts, the kind, what is
    /// missing, and the proposal, or why there is none and the pattern to write it in.
    public func describe(_ rewrite: Rewrite) -> [String] {
        let texts = texts[rewrite.language] ?? texts(for: Session(id: "rewrite", step: flow.start))
        let none = texts.message("rewrite_none")
        var lines = [
            texts.message("rewrite_measure", ["value": rewrite.measure ?? none]),
            texts.message("rewrite_start", ["value": rewrite.from ?? none]),
            texts.message("rewrite_target", ["value": rewrite.to ?? none]),
            texts.message("rewrite_deadline", ["value": rewrite.deadline ?? none]),
            texts.message("rewrite_kind", ["value": rewrite.kind.map { texts.message("rewrite_kind_" + $0) } ?? none]),
        ]
        let missing = rewrite.missing.map { texts.message("rewrite_piece_" + $0) }
        lines.append(
            texts.message("rewrite_missing", ["value": missing.isEmpty ? none : missing.joined(separator: ", ")]))
        if let proposal = rewrite.proposal {
            lines.append(texts.message("rewrite_proposal", ["text": proposal]))
        } else {
            let reason = texts.message(
                "rewrite_reason_" + (rewrite.reason ?? "missing-piece").replacingOccurrences(of: "-", with: "_"))
            lines.append(texts.message("rewrite_no_proposal", ["reason": reason]))
            if let pattern = rewrite.pattern { lines.append(texts.message("rewrite_pattern", ["pattern": pattern])) }
        }
        return lines
    }
}

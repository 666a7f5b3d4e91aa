import OKRCore

/// Writes a key result from the parts the reader found, in a language's patterns, and offers
/// it only when the same reader reads it back to the same parts.
///
/// The person's measure phrase goes in whole ("clinics activated in their first seven days"),
/// their deadline phrase keeps its own preposition ("within 6 weeks", "i løpet av K1"), the
/// direction comes from the verb and the numbers (a target below the start is a decrease), and
/// a level to hold or a milestone is written as one. The patterns live in `coach.compose` of
/// each locale file, so the word order is the language's own ("… verhogen van 30 naar 45 uiterlijk D").
struct KeyResultComposer {
    let texts: CoachTexts
    let lexicon: Lexicon
    /// The time the deadline defaults to, without a preposition: "the end of 2026-Q4".
    let endOfCycle: String
    /// The rules a key result read back breaks.
    let rulesBroken: (KeyResultReading) -> [RuleID]

    /// The outcome of composing: a sentence the coach is sure of, or the pattern filled with what is known.
    enum Outcome: Equatable {
        case sure(String)
        case unsure(pattern: String, reason: Reason)
    }

    /// Why the coach will not propose a sentence.
    enum Reason: String, Equatable {
        /// A piece the pattern needs is missing.
        case missingPiece = "missing-piece"
        /// The sentence does not read back to the same parts.
        case readsDifferently = "reads-differently"
        /// The sentence still draws a finding on a missing piece.
        case stillMissing = "still-missing"
        /// A function word stands twice.
        case doubledWord = "doubled-word"
        /// The measure would end on a preposition or an article: "aktive etter".
        case danglingWord = "dangling-word"
        /// A word of the draft that carries meaning would be lost.
        case leavesWordsBehind = "leaves-words-behind"
    }

    /// The rules on missing pieces a proposal must not draw.
    static let missingPieceRules: Set<RuleID> = [.keyResultNoBaseline, .keyResultNotMeasurable, .keyResultNoDeadline]

    /// The key result written out, or why not.
    func compose(_ parts: KeyResultParts) -> Outcome {
        if parts.measure == nil || parts.kind == .milestone && !parts.measureGiven || parts.relative {
            return withDeadline(parts, deadline: deadlinePhrase(parts))
        }
        let pattern = self.pattern(for: parts)
        let measure = written(parts.measure)
        // Read once: the draft's own deadline and the words it must keep come from the same tokens.
        let draft = parts.deadline == nil && parts.namesTime ? TextAnalysis(parts.text, lexicon: lexicon) : nil
        let deadline = deadlinePhrase(parts, draft: draft)
        let sentence = filled(pattern, parts, deadline: deadline)
        guard let measure, parts.to != nil, parts.from != nil || pattern.isLevel || pattern.startUnknown,
            let deadline
        else {
            return .unsure(pattern: sentence, reason: .missingPiece)
        }
        let expected = Expected(
            measure: measure, from: pattern.isLevel ? nil : parts.from, to: parts.to, bound: pattern.bound,
            deadline: deadline, startUnknown: pattern.startUnknown)
        // Read once: the read-back and the words left behind look at the same tokens.
        let analysis = TextAnalysis(sentence, lexicon: lexicon)
        if let reason = readBack(sentence, analysis: analysis, expecting: expected) {
            return .unsure(pattern: sentence, reason: reason)
        }
        if !parts.measureGiven,
            leavesWordsBehind(analysis, draft: draft ?? TextAnalysis(parts.text, lexicon: lexicon))
        {
            return .unsure(pattern: sentence, reason: .leavesWordsBehind)
        }
        return .sure(sentence)
    }

    /// Whether a phrase ends on a preposition or an article, cut off from what it brought.
    func endsOnFunctionWord(_ phrase: String) -> Bool {
        let analysis = TextAnalysis(phrase, lexicon: lexicon)
        guard let last = analysis.tokens.indices.last else { return false }
        let function: WordClass = [
            .baselinePreposition, .pairedBaselinePreposition, .targetPreposition, .relativePreposition,
            .deadlinePreposition, .durationPreposition, .holdPreposition, .determiner, .indefiniteArticle,
        ]
        return !analysis.classes(at: last).isDisjoint(with: function)
    }

    /// Whether the sentence leaves out a word of the draft that carries meaning: "triage" in
    /// "Reduce time to triage from 24 h". Words before the measure (a subject, the verb) may go,
    /// and so may the function words the pattern brings its own of.
    private func leavesWordsBehind(_ sentence: TextAnalysis, draft analysis: TextAnalysis) -> Bool {
        let kept = Set(sentence.tokens.map { $0.text.lowercased() })
        let measureStart = analysis.measureStart(verb: analysis.mainVerb?.index) ?? 0
        let droppable: WordClass = WordClass.verb.union([
            .verbParticle, .modalVerb, .baselinePreposition, .pairedBaselinePreposition, .targetPreposition,
            .relativePreposition, .deadlinePreposition, .durationPreposition, .deadlineWord, .atLeastWord, .atMostWord,
            .holdPreposition, .hedge, .numberHedge, .determiner, .keepVerb, .holdVerb, .decreaseVerb, .baselineWord,
        ])
        return analysis.tokens.indices.contains { index in
            guard index >= measureStart, analysis.tokens[index].kind == .word else { return false }
            return !kept.contains(analysis.tokens[index].text.lowercased())
                && analysis.classes(at: index).isDisjoint(with: droppable)
        }
    }

    /// How the key result written out keeps score: the kind its pattern gives.
    func kind(_ parts: KeyResultParts) -> KeyResultKind? {
        if parts.kind == .milestone, !parts.measureGiven { return .milestone }
        guard parts.measure != nil, parts.to != nil, !parts.relative else { return parts.kind }
        let pattern = pattern(for: parts)
        if let bound = pattern.bound { return bound == .atMost ? .atMost : .atLeast }
        return pattern.template == texts.compose.decrease ? .decrease : .increase
    }

    /// The language's pattern filled with what is known, and X, A, B and D where a piece is missing.
    func filledPattern(_ parts: KeyResultParts) -> String {
        filled(pattern(for: parts), parts, deadline: deadlinePhrase(parts))
    }

    /// The pattern filled in; `deadline` is `deadlinePhrase(parts)`.
    private func filled(_ pattern: Pattern, _ parts: KeyResultParts, deadline: String?) -> String {
        let values = [
            // A task's numbers ("Hire 2 engineers") count something else.
            "measure": written(parts.task == nil ? parts.measure : nil) ?? "X",
            "from": (parts.task == nil ? parts.from : nil) ?? "A", "to": (parts.task == nil ? parts.to : nil) ?? "B",
            "deadline": deadline ?? texts.compose.deadline.render(["time": "D"]),
        ]
        return Self.tidy(pattern.template.render(values))
    }

    /// The measure where the pattern puts it: opening the sentence in Dutch, inside it elsewhere.
    private func written(_ measure: String?) -> String? {
        measure.map { texts.compose.measureFirst ? $0.uppercasedFirst() : $0.lowercasedFirst() }
    }

    /// The parts a proposal must read back to.
    struct Expected {
        var measure: String?
        var from: String?
        var to: String?
        var bound: KeyResultReading.Bound?
        var deadline: String
        /// The starting value is left for the first check-in: kr-no-baseline is no reason to refuse.
        var startUnknown = false
        /// The person skipped the question for a measure: they keep their key result as it is,
        /// so kr-not-measurable and kr-no-baseline are no reason to refuse either.
        var measureSkipped = false
    }

    /// Why a sentence does not read back to the parts expected; nil when it does.
    func readBack(_ sentence: String, expecting expected: Expected) -> Reason? {
        readBack(sentence, analysis: TextAnalysis(sentence, lexicon: lexicon), expecting: expected)
    }

    /// `readBack(_:expecting:)` on a sentence already analysed.
    private func readBack(_ sentence: String, analysis: TextAnalysis, expecting expected: Expected) -> Reason? {
        if Self.hasDoubledWord(sentence) { return .doubledWord }
        let reading = KeyResultReading(analysis, text: sentence)
        // Parts written alike are the same without folding them.
        let same: (String?, String?) -> Bool = { $0 == $1 || Self.fold($0) == Self.fold($1) }
        if let measure = expected.measure {
            if endsOnFunctionWord(measure) { return .danglingWord }
            guard same(reading.measure, measure), same(reading.start?.text, expected.from),
                same(reading.target?.text, expected.to), reading.bound == expected.bound
            else { return .readsDifferently }
        }
        guard same(reading.deadline?.phrase, expected.deadline) else { return .readsDifferently }
        let missing =
            expected.measureSkipped
            ? [.keyResultNoDeadline]
            : expected.startUnknown
                ? Self.missingPieceRules.subtracting([.keyResultNoBaseline]) : Self.missingPieceRules
        if rulesBroken(reading).contains(where: missing.contains) { return .stillMissing }
        return nil
    }

    // MARK: - Pieces

    private struct Pattern {
        let template: Template
        let isLevel: Bool
        let bound: KeyResultReading.Bound?
        /// A change whose starting value is not known yet ("Increase X to 600 by D"): its first
        /// check-in gives it, so kr-no-baseline is expected of it.
        var startUnknown = false
    }

    /// Whether a value's digits alone do not give its size ("NOK 1,2 mill.", "$800k"): then the
    /// draft's own direction stands, since 1,2 mill. is not less than 800 000.
    private func isScaled(_ value: String?) -> Bool {
        guard let value else { return false }
        let analysis = TextAnalysis(value, lexicon: lexicon)
        return analysis.tokens.indices.contains { index in
            let token = analysis.tokens[index]
            return analysis.classes(at: index).contains(.magnitudeWord)
                || token.kind == .number && token.suffix.contains(where: \.isLetter)
        }
    }

    /// The pattern for the kind: a level to hold, or a change whose direction the numbers give.
    private func pattern(for parts: KeyResultParts) -> Pattern {
        let compose = texts.compose
        if parts.from == nil, parts.kind == .atLeast || parts.kind == .atMost {
            let atMost = parts.kind == .atMost
            return Pattern(
                template: atMost ? compose.atMost : compose.atLeast, isLevel: true, bound: atMost ? .atMost : .atLeast)
        }
        var decreasing = parts.kind == .decrease || parts.kind == .atMost
        if let from = parts.from.flatMap({ Coach.number(in: $0, lexicon: lexicon) }),
            let to = parts.to.flatMap({ Coach.number(in: $0, lexicon: lexicon) }), from != to,
            parts.kind == nil || !isScaled(parts.from) && !isScaled(parts.to)
        {
            decreasing = to < from
        }
        if parts.from == nil, parts.skipped.contains("baseline") {
            return Pattern(
                template: decreasing ? compose.decreaseTo : compose.increaseTo, isLevel: false, bound: nil,
                startUnknown: true)
        }
        return Pattern(template: decreasing ? compose.decrease : compose.increase, isLevel: false, bound: nil)
    }

    /// A milestone, a relative change or a key result the pattern cannot hold: as written, with its time.
    private func withDeadline(_ parts: KeyResultParts, deadline: String?) -> Outcome {
        let text = parts.text.trimmingTrailingPunctuation()
        guard !parts.namesTime || parts.deadline != nil else { return .sure(text) }
        guard let deadline else {
            return .unsure(
                pattern: texts.compose.withDeadline.render(["text": text, "deadline": "D"]), reason: .missingPiece)
        }
        let sentence = Self.tidy(texts.compose.withDeadline.render(["text": text, "deadline": deadline]))
        let measureSkipped =
            parts.measure == nil && !parts.skipped.filter { $0 == "outcome" || $0 == "measure" }.isEmpty
        if let reason = readBack(sentence, expecting: Expected(deadline: deadline, measureSkipped: measureSkipped)) {
            return .unsure(pattern: sentence, reason: reason)
        }
        return .sure(sentence)
    }

    /// The deadline as it goes into the sentence: the person's own phrase when it opens with a
    /// preposition of its own ("within 6 weeks", "senast i slutet av K1"), else the pattern's word before it.
    func deadlinePhrase(_ parts: KeyResultParts) -> String? {
        deadlinePhrase(parts, draft: nil)
    }

    /// `deadlinePhrase(_:)`, with the draft already analysed when `draft` is not nil.
    private func deadlinePhrase(_ parts: KeyResultParts, draft: TextAnalysis?) -> String? {
        if let answer = parts.deadline { return deadlinePhrase(for: answer) }
        if parts.namesTime, parts.measure != nil,
            let phrase = (draft ?? TextAnalysis(parts.text, lexicon: lexicon)).keyResultDeadline
        {
            return deadlinePhrase(for: phrase.phrase)
        }
        if parts.namesTime { return nil }
        return texts.compose.deadline.render(["time": endOfCycle])
    }

    /// A time as written, with the pattern's deadline word before it unless it brings its own.
    func deadlinePhrase(for time: String) -> String {
        let time = time.trimmingTrailingPunctuation()
        let lowered = time.lowercased()
        // The opener whole, or followed by a space: "within 6 weeks", not "withinside".
        if texts.compose.deadlineOpeners.contains(where: { opener in
            lowered.hasPrefix(opener) && lowered.dropFirst(opener.count).first.map { $0 == " " } ?? true
        }) {
            return time.lowercasedFirst()
        }
        return texts.compose.deadline.render(["time": time])
    }

    // MARK: - Words

    /// One space between words, none before a comma: the words between spaces, each joined to
    /// the one before by a space unless it opens with a comma. Spaces and commas are single
    /// bytes that no other character's UTF-8 holds, so the bytes are copied as they are.
    static func tidy(_ sentence: String) -> String {
        let space = UInt8(ascii: " ")
        var tidied: [UInt8] = []
        tidied.reserveCapacity(sentence.utf8.count)
        var atWordStart = true
        for byte in sentence.utf8 {
            if byte == space {
                atWordStart = true
                continue
            }
            if atWordStart, !tidied.isEmpty, byte != UInt8(ascii: ",") { tidied.append(space) }
            atWordStart = false
            tidied.append(byte)
        }
        return String(decoding: tidied, as: UTF8.self)
    }

    /// Whether a word stands twice in a row: "by by", "fra fra".
    static func hasDoubledWord(_ sentence: String) -> Bool {
        if let doubled = hasDoubledASCIIWord(sentence.utf8) { return doubled }
        let words = sentence.lowercased().split(separator: " ").map { $0.filter { $0.isLetter } }
        return zip(words, words.dropFirst()).contains { $0 == $1 && !$0.isEmpty }
    }

    /// `hasDoubledWord` on text of ASCII and Latin-1 letters (æ, ø, å, ä, ö, é: U+00C0–U+00FF,
    /// written C3 80…C3 BF), byte by byte: there every character is one scalar, its letters are
    /// A-Z, a-z and U+00C0–U+00FF but × and ÷, and its capitals lower-case by adding 0x20. Nil
    /// for any other text.
    private static func hasDoubledASCIIWord(_ bytes: String.UTF8View) -> Bool? {
        var previous: [UInt8] = []
        var current: [UInt8] = []
        var found = false
        // Spaces in a row separate no word: the word before stays the one to compare with.
        var inWord = false
        // After C3, the byte that ends a Latin-1 letter's two.
        var inLatin1 = false
        for byte in bytes {
            if inLatin1 {
                inLatin1 = false
                guard (0x80...0xBF).contains(byte) else { return nil }
                // C3 97 is ×, C3 B7 is ÷; C3 80…C3 9E are capitals, lower-cased by adding 0x20.
                if byte != 0x97, byte != 0xB7 { current += [0xC3, byte <= 0x9E ? byte + 0x20 : byte] }
                continue
            }
            if byte == 0xC3 {
                inWord = true
                inLatin1 = true
                continue
            }
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") {
                guard inWord else { continue }
                found = found || !current.isEmpty && current == previous
                swap(&previous, &current)
                current.removeAll(keepingCapacity: true)
                inWord = false
            } else {
                inWord = true
                if byte | 0x20 >= UInt8(ascii: "a"), byte | 0x20 <= UInt8(ascii: "z") { current.append(byte | 0x20) }
            }
        }
        guard !inLatin1 else { return nil }
        return found || !current.isEmpty && current == previous
    }

    /// A part compared without case or spacing differences.
    static func fold(_ text: String?) -> String? {
        text.map { $0.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }
}

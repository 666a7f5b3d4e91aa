/// What the rules need to know about one objective or key result, read in one pass.
///
/// The text is tokenized once; each token gets the word classes of its
/// language's lists, phrases are matched over the tokens, and every number
/// gets a role (a quantity, a year, a date, a rank, part of a name). The
/// rules then ask plain questions: is there a purpose clause, what is the
/// main verb, can anything be counted, is there a starting value, is a time
/// named.
public struct TextAnalysis: Sendable {
    /// What a number in the text stands for.
    public enum NumberRole: Sendable, Equatable {
        /// Something counted: "20 %", "3500", "5m".
        case quantity
        /// An ordinal that is no date: "3rd". Counts in a key result, not in an objective.
        case ordinal
        /// A point or period in time: a date, a year, "Q3", "week 12", "within 4 weeks".
        case time
        /// A rank: "#1", "nr. 1", "top 10".
        case rank
        /// Part of a name: "ISO 27001", "B2B", "4G".
        case name
    }

    public let tokens: [Token]
    /// The classes of each token: its own word lists and those of any phrase it is part of.
    let classes: [WordClass]
    /// The classes each token has from phrases alone.
    private let phraseClasses: [WordClass]
    /// For tokens inside a matched phrase, the phrase's tokens (for quoting it whole).
    private let phraseSpans: [Range<Int>?]
    /// The role of each number, date or code token.
    public let roles: [NumberRole?]
    /// Whether each token lies in a purpose clause ("so that …").
    private let inPurpose: [Bool]
    /// The text as written, when lower-casing kept its length (so token ranges fit it).
    private let original: [Unicode.Scalar]?
    /// The main verb: the first verb of the word lists outside a purpose clause.
    public let mainVerb: (index: Int, classes: WordClass)?

    public init(_ text: String, lexicon: Lexicon) {
        let tokens = lexicon.tokenizer.tokens(text)
        self.tokens = tokens
        let scalars = Array(text.unicodeScalars)
        original = scalars.count == text.lowercased().unicodeScalars.count ? scalars : nil
        var classes = tokens.map { $0.kind == .code || $0.kind == .date ? [] : lexicon.classes(of: $0.text) }
        var phraseClasses = [WordClass](repeating: [], count: tokens.count)
        var spans = [Range<Int>?](repeating: nil, count: tokens.count)
        for start in tokens.indices {
            guard let candidates = lexicon.phrases[tokens[start].text] else { continue }
            for phrase in candidates {
                guard let end = Self.match(phrase.parts, in: tokens, at: start) else { continue }
                for index in start..<end {
                    classes[index].formUnion(phrase.classes)
                    phraseClasses[index].formUnion(phrase.classes)
                    if (spans[index]?.count ?? 0) < end - start { spans[index] = start..<end }
                }
            }
        }
        self.classes = classes
        self.phraseClasses = phraseClasses
        phraseSpans = spans
        let inPurpose = Self.purposeMask(tokens: tokens, classes: classes)
        self.inPurpose = inPurpose
        roles = NumberRoles.assign(tokens: tokens, classes: classes, phraseClasses: phraseClasses, lexicon: lexicon)
        mainVerb = Self.mainVerb(classes: classes, phraseClasses: phraseClasses, inPurpose: inPurpose)
    }

    private static func mainVerb(classes: [WordClass], phraseClasses: [WordClass], inPurpose: [Bool])
        -> (index: Int, classes: WordClass)?
    {
        for index in classes.indices where !inPurpose[index] {
            let fromPhrase = phraseClasses[index].intersection(.verb)
            let verb = fromPhrase.isEmpty ? classes[index].intersection(.verb) : fromPhrase
            if !verb.isEmpty { return (index, verb) }
        }
        return nil
    }

    /// The end of a phrase matched at `start`, if it matches there.
    private static func match(_ parts: [String?], in tokens: [Token], at start: Int) -> Int? {
        var position = start
        var part = 0
        while part < parts.count {
            if let word = parts[part] {
                guard position < tokens.count, tokens[position].text == word else { return nil }
                position += 1
                part += 1
            } else {
                guard part + 1 < parts.count, let next = parts[part + 1] else { return nil }
                let last = min(position + Lexicon.Phrase.maxGap, tokens.count - 1)
                guard position <= last, let found = (position...last).first(where: { tokens[$0].text == next }) else {
                    return nil
                }
                position = found + 1
                part += 2
            }
        }
        return position
    }

    /// Marks the purpose clause: from its connector to the end, or to the first
    /// comma when the sentence opens with it ("In order to …, grow …").
    private static func purposeMask(tokens: [Token], classes: [WordClass]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        guard let start = classes.firstIndex(where: { $0.contains(.purposeConnector) }) else { return mask }
        var end = tokens.count
        if start == 0, let comma = tokens.firstIndex(where: { $0.text == "," }) {
            end = comma
        }
        for index in start..<end { mask[index] = true }
        return mask
    }

    // MARK: - What the rules ask

    /// Whether the text gives a purpose or a reason ("in order to", "so that", "because").
    public var hasPurpose: Bool {
        classes.contains { $0.contains(.purposeConnector) }
    }

    /// The first quantity written in digits, ordinals and ranks left out (objective-has-metric).
    public var firstDigitQuantity: Int? {
        roles.firstIndex { $0 == .quantity }
    }

    /// Whether anything can be counted: a quantity, an ordinal, a rank, a number word or a relative change.
    public var isMeasurable: Bool {
        tokens.indices.contains(where: isCountable)
    }

    /// Whether the text gives a starting value: "from 40", a relative change ("by 20 %",
    /// "double"), or today's value ("today 40").
    public var hasBaseline: Bool {
        let changeVerb = mainVerb?.classes.contains(.outcomeVerb) ?? false
        for index in tokens.indices {
            let wordClass = classes[index]
            if wordClass.contains(.relativeChange) { return true }
            if wordClass.contains(.baselinePreposition), countable(after: index, within: 3) { return true }
            if wordClass.contains(.baselineWord), countable(after: index, within: 3) || countable(before: index, within: 2) {
                return true
            }
            // "by 20 %", "med ca. 20 %", "met zo'n 20%": after a change verb, or with a percentage.
            // "Teckna avtal med 5 sjukhus" is "with", not "by".
            if wordClass.contains(.relativePreposition), countable(after: index, within: 4),
                changeVerb || percentage(after: index, within: 5)
            {
                return true
            }
            if roles[index] == .quantity, tokens[index].suffix == "x" || tokens[index].suffix == "×" { return true }
            if wordClass.contains(.comparative), countable(before: index, within: 3) { return true }
        }
        return false
    }

    /// Whether a point or period in time is named: a date, month, year, quarter, week,
    /// "within 4 weeks", "by the end of the quarter", "innen", "senast".
    public var namesTime: Bool {
        for index in tokens.indices {
            if roles[index] == .time { return true }
            let wordClass = classes[index]
            if wordClass.contains(.deadlineWord) || wordClass.contains(.month) { return true }
            if wordClass.contains(.timeNoun), !isRate(index), !follows(number: index) { return true }
        }
        return false
    }

    /// The first hedge outside a purpose clause; "20 % flere" is a comparison, not a hedge.
    public var firstHedge: Int? {
        tokens.indices.first { index in
            classes[index].contains(.hedge) && !inPurpose[index]
                && !(classes[index].contains(.comparative) && countable(before: index, within: 3))
        }
    }

    /// Whether two measures are joined by a conjunction ("… and retention from 60 % to 70 %").
    public var isCompound: Bool {
        let joints = tokens.indices.filter { index in
            classes[index].contains(.conjunction) && !inPurpose[index] && phraseStart(index) == index
                && !isRange(at: index) && !joinsNumberWords(at: index)
        }
        guard !joints.isEmpty else { return false }
        let clauseEnd = inPurpose.firstIndex(of: true) ?? tokens.count
        let firstQuantity = tokens.indices.first(where: isCountable)
        let verb = mainVerb?.index
        for (offset, joint) in joints.enumerated() {
            let left = (offset == 0 ? 0 : joints[offset - 1] + 1)..<joint
            let rightStart = (phraseSpans[joint]?.upperBound ?? joint + 1)
            let rightEnd = offset + 1 < joints.count ? joints[offset + 1] : clauseEnd
            guard rightStart < rightEnd else { continue }
            let right = rightStart..<rightEnd
            if left.contains(where: isCountable), right.contains(where: isCountable) { return true }
            if left.contains(where: isVerb), right.contains(where: isVerb) { return true }
            // Two measures sharing one target: "Increase sign-ups and activation by 20 %", "Aanmeldingen
            // en activatie met 20% verhogen". Only one or two words after the verb (or the start), so
            // that "Øke NPS i Møre og Romsdal" or "in Oslo and Bergen" stay one measure.
            let anchor = verb.map { $0 < joint ? $0 + 1 : 0 } ?? 0
            if let firstQuantity, joint < firstQuantity, right.contains(where: isWord),
                (anchor..<joint).count(where: isWord) <= 2
            {
                return true
            }
        }
        return false
    }

    /// A token, or the whole phrase it belongs to, as written (lower-cased).
    public func quote(_ index: Int) -> String {
        quote(phraseSpans[index] ?? index..<(index + 1))
    }

    /// The quantity at a number token with its unit: "20 %", "$5m", "nok 3".
    public func quoteQuantity(_ index: Int) -> String {
        quote(quantitySpan(index))
    }

    /// The tokens of the quantity at a number token, with its currency, percent sign or unit.
    public func quantitySpan(_ index: Int) -> Range<Int> {
        var start = index
        if start > 0, classes[start - 1].contains(.currency) || tokens[start - 1].text == "#" { start -= 1 }
        var end = index + 1
        if end < tokens.count, tokens[end].text == "%" || classes[end].contains(.currency)
            || classes[end].contains(.percentWord)
        {
            end += 1
        }
        return start..<end
    }

    /// The quantity with a unit word that follows it: "24 hours", "8 timer".
    public func valueSpan(_ index: Int) -> Range<Int> {
        let span = quantitySpan(index)
        guard span.upperBound < tokens.count, classes[span.upperBound].contains(.measureUnit) else { return span }
        return span.lowerBound..<(span.upperBound + 1)
    }

    func quote(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if index > range.lowerBound, tokens[index].spaceBefore { text += " " }
            text += tokens[index].text
        }
        return text
    }

    /// Tokens as the person wrote them, capitals kept: "31 March", "Q3".
    public func written(_ range: Range<Int>) -> String {
        guard let original, !range.isEmpty else { return quote(range) }
        let start = tokens[range.lowerBound].range.lowerBound
        let end = tokens[range.upperBound - 1].range.upperBound
        return String(original[start..<end])
    }

    /// The word classes of a token: its own lists and those of the phrases it is part of.
    public func classes(at index: Int) -> WordClass {
        classes[index]
    }

    /// Whether a token lies in a purpose clause.
    public func isInPurpose(_ index: Int) -> Bool {
        inPurpose[index]
    }

    /// Whether a token is something counted: a quantity, an ordinal, a rank or a number word.
    public func counts(_ index: Int) -> Bool {
        isCountable(index)
    }

    // MARK: - Token questions

    private func isCountable(_ index: Int) -> Bool {
        switch roles[index] {
        case .quantity, .ordinal, .rank: true
        case .time, .name: false
        case nil: !classes[index].intersection([.numberWord, .relativeChange]).isEmpty
        }
    }

    private func isVerb(_ index: Int) -> Bool {
        !classes[index].intersection(.verb).isEmpty
    }

    private func isWord(_ index: Int) -> Bool {
        tokens[index].kind == .word
    }

    private func countable(after index: Int, within distance: Int) -> Bool {
        let end = min(index + distance, tokens.count - 1)
        guard index < end else { return false }
        return (index + 1...end).contains(where: isCountable)
    }

    private func percentage(after index: Int, within distance: Int) -> Bool {
        let end = min(index + distance, tokens.count - 1)
        guard index < end else { return false }
        return (index + 1...end).contains { tokens[$0].text == "%" || classes[$0].contains(.percentWord) }
    }

    private func countable(before index: Int, within distance: Int) -> Bool {
        let start = max(index - distance, 0)
        guard start < index else { return false }
        return (start..<index).contains(where: isCountable)
    }

    /// A period that is a rate: "per month", "a week", "i måneden".
    private func isRate(_ index: Int) -> Bool {
        phraseClasses[index].contains(.rateWord) || (index > 0 && classes[index - 1].contains(.rateWord))
    }

    /// A period right after a number is a duration ("14 days"), not a point in time.
    private func follows(number index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .number
    }

    private func phraseStart(_ index: Int) -> Int {
        phraseSpans[index]?.lowerBound ?? index
    }

    /// "between 40 and 50", "mellom 3 og 5": a range, not two measures.
    private func isRange(at index: Int) -> Bool {
        let start = max(index - 4, 0)
        return (start..<index).contains { classes[$0].contains(.rangeWord) }
    }

    /// "hundred and fifty": number words joined into one number.
    private func joinsNumberWords(at index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && classes[index - 1].contains(.numberWord)
            && classes[index + 1].contains(.numberWord)
    }
}

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
    let phraseClasses: [WordClass]
    /// For tokens inside a matched phrase, the phrase's tokens (for quoting it whole).
    let phraseSpans: [Range<Int>?]
    /// How many words may stand between a determiner and a noun spelled like a verb.
    private let determinerReach: Int
    /// The role of each number, date or code token.
    public let roles: [NumberRole?]
    /// Whether each token lies in a purpose clause ("so that …").
    private let inPurpose: [Bool]
    /// The text as written: token ranges fit its scalars when lower-casing kept their number.
    private let original: String
    /// How many scalars the lower-cased text has.
    private let loweredLength: Int
    /// The main verb: the first verb of the word lists outside a purpose clause that is used
    /// as a verb ("a delivery plan" and "testing is complete" hold none). "Hold uptime at
    /// 99.9 %" keeps a level: its hold verb has the classes of a keep verb.
    public private(set) var mainVerb: (index: Int, classes: WordClass)?

    public init(_ text: String, lexicon: Lexicon) {
        let lowered = LoweredText(text)
        self.init(lowered, tokens: lexicon.tokenizer.tokens(lowercased: lowered.scalars), lexicon: lexicon)
    }

    /// Analyses a text already lower-cased and split by the lexicon's tokenizer (`check` splits
    /// each text once, for language detection and the rules alike).
    init(_ text: LoweredText, tokens: [Token], lexicon: Lexicon) {
        self.tokens = tokens
        determinerReach = lexicon.determinerReach
        original = text.text
        loweredLength = text.scalars.count
        var classes = tokens.map { $0.kind == .code || $0.kind == .date ? [] : lexicon.classes(of: $0.text) }
        var phraseClasses = [WordClass](repeating: [], count: tokens.count)
        var spans = [Range<Int>?](repeating: nil, count: tokens.count)
        for start in tokens.indices {
            guard let candidates = lexicon.phrases[tokens[start].text] else { continue }
            for phrase in candidates {
                // "om in 2028 de grootste aanbieder van de regio te worden": a purpose holds any number of words.
                let gap = phrase.classes.contains(.purposeConnector) ? tokens.count : Lexicon.Phrase.maxGap
                guard let end = Self.match(phrase.parts, in: tokens, at: start, maxGap: gap) else { continue }
                for index in start..<end {
                    classes[index].formUnion(phrase.classes)
                    phraseClasses[index].formUnion(phrase.classes)
                    if (spans[index]?.count ?? 0) < end - start { spans[index] = start..<end }
                }
            }
        }
        // "is enabled", "er publisert": a participle after a form of "be" (for kr-milestone).
        for index in tokens.indices where classes[index].contains(.stateVerb) {
            let next = spans[index]?.upperBound ?? index + 1
            for word in next..<min(next + 2, tokens.count) where tokens[word].kind == .word {
                if lexicon.isParticiple(tokens[word].text) { classes[word].insert(.participle) }
            }
        }
        self.classes = classes
        self.phraseClasses = phraseClasses
        phraseSpans = spans
        let inPurpose = Self.purposeMask(tokens: tokens, classes: classes)
        self.inPurpose = inPurpose
        roles = NumberRoles.assign(tokens: tokens, classes: classes, phraseClasses: phraseClasses, lexicon: lexicon)
        mainVerb = nil
        mainVerb = findMainVerb()
    }

    private func findMainVerb() -> (index: Int, classes: WordClass)? {
        for index in classes.indices where !inPurpose[index] {
            let fromPhrase = phraseClasses[index].intersection(.verb)
            let verb = fromPhrase.isEmpty ? classes[index].intersection(.verb) : fromPhrase
            guard !verb.isEmpty, !isSpelledLikeVerb(phraseSpans[index]?.lowerBound ?? index) else { continue }
            if classes[index].contains(.holdVerb), fromPhrase.isEmpty, holdsLevel {
                return (index, .businessAsUsualVerb)
            }
            return (index, verb)
        }
        return nil
    }

    /// A noun or adjective spelled like a verb: after a determiner ("a delivery plan", "the
    /// launch"), after a form of "be" ("testing is complete", "is published"), as the subject
    /// before "be", a modal or a "+" ("Bitswap refactor + improvements reduce …"), or as the
    /// first part of a compound ("sign-ups").
    func isSpelledLikeVerb(_ start: Int) -> Bool {
        // "is published", "testing is complete"; a change verb stays one ("… betaald wordt verhogen").
        if start > 0, classes[start - 1].contains(.stateVerb), !classes[start].contains(.outcomeVerb) { return true }
        var back = 1
        while back <= determinerReach, start - back >= 0 {
            let previous = start - back
            if classes[previous].contains(.determiner) { return true }
            guard tokens[previous].kind == .word, classes[previous].isDisjoint(with: WordClass.verb.union(.modalVerb))
            else {
                break
            }
            back += 1
        }
        let next = phraseSpans[start]?.upperBound ?? start + 1
        guard next < tokens.count else { return false }
        if !classes[next].isDisjoint(with: [.stateVerb, .modalVerb]), phraseSpans[next]?.lowerBound ?? next == next {
            return true
        }
        // "sign-ups", "roll-out": the first part of a compound noun.
        if tokens[next].text == "-", !tokens[next].spaceBefore, next + 1 < tokens.count, !tokens[next + 1].spaceBefore {
            return true
        }
        return start > 0 && tokens[next].text == "+"
    }

    /// "at 99.9 %", "på minst 99,5 %", "op minstens 99,5%": a hold verb that keeps a level.
    private var holdsLevel: Bool {
        tokens.indices.contains { index in
            guard !inPurpose[index], !classes[index].isDisjoint(with: WordClass.boundWord.union(.holdPreposition))
            else {
                return false
            }
            return countable(after: index, within: 2)
        }
    }

    /// The end of a phrase matched at `start`, if it matches there.
    private static func match(_ parts: [String?], in tokens: [Token], at start: Int, maxGap: Int) -> Int? {
        var position = start
        var part = 0
        while part < parts.count {
            if let word = parts[part] {
                guard position < tokens.count, tokens[position].text == word else { return nil }
                position += 1
                part += 1
            } else {
                guard part + 1 < parts.count, let next = parts[part + 1] else { return nil }
                let last = min(position + maxGap, tokens.count - 1)
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
        tokens.indices.contains(where: { isCountable($0) })
    }

    /// Whether a point or period in time is named: a date, month, year, quarter, week,
    /// "within 4 weeks", "by the end of the quarter". A deadline word alone ("binnen de IT",
    /// "uiterlijk") names none: the time after it does.
    public var namesTime: Bool {
        tokens.indices.contains(where: { isTime($0) })
    }

    /// Whether a token names a point or period in time: "Q3", "31 March", "March", "the quarter".
    func isTime(_ index: Int) -> Bool {
        if roles[index] == .time || classes[index].contains(.month) { return true }
        return classes[index].contains(.timeNoun) && !isRate(index) && !follows(number: index)
    }

    /// The first hedge outside a purpose clause; "20 % flere" is a comparison, not a hedge,
    /// and "about" hedges only right before a number ("about 20 %", not "a post about search").
    public var firstHedge: Int? {
        tokens.indices.first { index in
            guard !inPurpose[index] else { return false }
            let wordClass = classes[index]
            if wordClass.contains(.numberHedge), phraseStart(index) == index, countableFollows(index) { return true }
            return wordClass.contains(.hedge)
                && !(wordClass.contains(.comparative) && countable(before: index, within: 3))
        }
    }

    /// A number right after a word or phrase, past a dot ("ca. 20") or a currency ("about $5m").
    private func countableFollows(_ index: Int) -> Bool {
        var next = phraseSpans[index]?.upperBound ?? index + 1
        while next < tokens.count, tokens[next].text == "." || classes[next].contains(.currency) { next += 1 }
        return next < tokens.count && isCountable(next)
    }

    /// Whether two measures are joined by a conjunction ("… and retention from 60 % to 70 %").
    public var isCompound: Bool {
        let joints = tokens.indices.filter { index in
            classes[index].contains(.conjunction) && !inPurpose[index] && phraseStart(index) == index
                && !isRange(at: index) && !joinsNumberWords(at: index)
        }
        guard !joints.isEmpty else { return false }
        let clauseEnd = inPurpose.firstIndex(of: true) ?? tokens.count
        let firstQuantity = tokens.indices.first(where: { isCountable($0) })
        let verb = mainVerb?.index
        for (offset, joint) in joints.enumerated() {
            let left = (offset == 0 ? 0 : joints[offset - 1] + 1)..<joint
            let rightStart = (phraseSpans[joint]?.upperBound ?? joint + 1)
            let rightEnd = offset + 1 < joints.count ? joints[offset + 1] : clauseEnd
            guard rightStart < rightEnd else { continue }
            let right = rightStart..<rightEnd
            if left.contains(where: { isCountable($0) }), right.contains(where: { isCountable($0) }) { return true }
            // Two measures sharing one target: "Increase sign-ups and activation by 20 %", "Aanmeldingen
            // en activatie met 20% verhogen". Only one or two words after the verb (or the start), so
            // that "Øke NPS i Møre og Romsdal" or "in Oslo and Bergen" stay one measure.
            let anchor = verb.map { $0 < joint ? $0 + 1 : 0 } ?? 0
            if let firstQuantity, joint < firstQuantity, right.contains(where: { isWord($0) }),
                (anchor..<joint).count(where: { isWord($0) }) <= 2
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

    /// The quantity at a number token with its magnitude and unit, as written: "20 %", "$5m",
    /// "NOK 2 mill.", "1,2 miljoen euro".
    public func quoteQuantity(_ index: Int) -> String {
        written(quantitySpan(index))
    }

    /// The tokens of the quantity at a number token, with its currency, magnitude, percent sign or unit.
    public func quantitySpan(_ index: Int) -> Range<Int> {
        var start = index
        if start > 0, classes[start - 1].contains(.currency) || tokens[start - 1].text == "#" { start -= 1 }
        var end = index + 1
        if end < tokens.count, classes[end].contains(.magnitudeWord) {
            end += 1
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
        }
        if end < tokens.count,
            tokens[end].text == "%" || classes[end].contains(.currency)
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
        // Decoded only here, where a text is quoted: most texts never are.
        let original = Array(self.original.unicodeScalars)
        guard original.count == loweredLength, !range.isEmpty else { return quote(range) }
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

    func isCountable(_ index: Int) -> Bool {
        switch roles[index] {
        case .quantity, .ordinal, .rank: true
        case .time, .name: false
        case nil: !classes[index].intersection([.numberWord, .relativeChange]).isEmpty
        }
    }

    private func isWord(_ index: Int) -> Bool {
        tokens[index].kind == .word
    }

    func countable(after index: Int, within distance: Int) -> Bool {
        let end = min(index + distance, tokens.count - 1)
        guard index < end else { return false }
        return (index + 1...end).contains(where: { isCountable($0) })
    }

    func countable(before index: Int, within distance: Int) -> Bool {
        let start = max(index - distance, 0)
        guard start < index else { return false }
        return (start..<index).contains(where: { isCountable($0) })
    }

    /// A period that is a rate: "per month", "a week", "i måneden".
    func isRate(_ index: Int) -> Bool {
        phraseClasses[index].contains(.rateWord) || (index > 0 && classes[index - 1].contains(.rateWord))
    }

    /// A period right after a number is a duration ("14 days"), not a point in time.
    private func follows(number index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .number
    }

    func phraseStart(_ index: Int) -> Int {
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

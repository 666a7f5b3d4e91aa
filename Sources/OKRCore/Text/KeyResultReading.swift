/// A key result read into its parts: its main verb, what it measures, from what, to what,
/// within which bound, by when, and how it keeps score.
///
/// `check`, the coach, the check-in and the report all read a key result through this one
/// reader, so they agree about it: a key result that `check` calls a yes/no milestone is
/// a milestone in the cycle too. Every part is given in the person's own words.
///
/// ```swift
/// let reading = KeyResultReading("Reduce time to triage from 24 h to 8 h by 31 March", lexicon: lexicon)
/// reading.kind            // .decrease
/// reading.start?.text     // "24 h"
/// reading.deadline?.phrase // "by 31 March"
/// ```
public struct KeyResultReading: Sendable, Equatable {
    /// A value as written, with its unit: "68 %", "NOK 2 mill.", "3 s", "two".
    public struct Value: Sendable, Equatable {
        /// The number, when written in digits.
        public var number: Double?
        /// The value as written, with its currency, magnitude, percent sign or unit.
        public var text: String

        public init(number: Double?, text: String) {
            self.number = number
            self.text = text
        }
    }

    /// Which side of a level a key result holds.
    public enum Bound: String, Sendable, Equatable {
        /// At least, above, minimum, "or more", "+".
        case atLeast
        /// At most, below, under, maximum, "or less".
        case atMost
    }

    /// The time a key result names, with the word that brings it.
    public struct Deadline: Sendable, Equatable {
        /// The phrase as written: "by 31 March", "innen utgangen av K1", "eind maart".
        public var phrase: String
        /// The preposition that brings the time, lower-cased ("by", "innen"); nil when none does.
        public var preposition: String?
        /// The phrase without that preposition: "31 March", "utgangen av K1".
        public var time: String

        public init(phrase: String, preposition: String?, time: String) {
            self.phrase = phrase
            self.preposition = preposition
            self.time = time
        }
    }

    /// The key result as written.
    public var text: String
    /// The main verb as written ("Launch", "verkorten"); nil when it has none of the listed verbs.
    public var verb: String?
    /// The main verb, or the phrase it is part of, lower-cased, when it names a task (kr-is-activity).
    public var task: String?
    /// What is measured, in the person's words: "weekly active clinics", "De doorlooptijd".
    public var measure: String?
    /// The starting value: "from *3500*", "*68%* to 75%", "today *40*".
    public var start: Value?
    /// The value to reach or to hold: "to *6000*", "at least *99.5%*", "Reach *600* clinics".
    public var target: Value?
    /// The side of the target to stay on, when a bound word goes with it.
    public var bound: Bound?
    /// A relative change that needs no from-to: "by 20 %", "double", "met een derde".
    public var isRelative: Bool
    /// The time named, if any.
    public var deadline: Deadline?
    /// How the key result keeps score, where the text tells; nil where the person must say.
    public var kind: KeyResultKind?
    /// Whether anything can be counted: a number, a percentage, an amount, a number word.
    public var isMeasurable: Bool
    /// Whether nothing can be counted but it names an end state reached or not by the deadline.
    public var isMilestone: Bool
    /// Whether it holds a level ("at least 99.5 %", "Keep uptime at 99.9 %") and so needs no starting value.
    public var holdsLevel: Bool
    /// Whether a point or period in time is named.
    public var namesTime: Bool
    /// The first hedge, lower-cased ("about", "significantly"); nil when it does not hedge.
    public var hedge: String?
    /// Whether it measures two things joined by and/og/och/en.
    public var isCompound: Bool

    /// Whether a starting value is given, or a relative change makes one needless.
    public var hasStartingValue: Bool { start != nil || isRelative }

    /// Reads a key result's text.
    public init(_ text: String, lexicon: Lexicon) {
        self.init(TextAnalysis(text, lexicon: lexicon), text: text)
    }

    /// Reads a key result already analysed.
    public init(_ analysis: TextAnalysis, text: String) {
        let judgement = Judgement(analysis)
        self.text = text
        let verb = analysis.mainVerb
        self.verb = verb.map { analysis.written($0.index..<($0.index + 1)) }
        task = judgement.task.map { analysis.quote($0) }
        start = judgement.values.start.map { analysis.keyResultValue(at: $0) }
        target = judgement.values.target.map { analysis.keyResultValue(at: $0) }
        bound = judgement.values.bound
        isRelative = judgement.values.isRelative
        holdsLevel = judgement.values.holdsLevel
        isMeasurable = judgement.isMeasurable
        isMilestone = judgement.isMilestone
        namesTime = judgement.namesTime
        hedge = judgement.hedge.map { analysis.quote($0) }
        isCompound = judgement.isCompound
        let measureSpan = analysis.measureSpan(verb: verb?.index)
        measure = measureSpan.map { analysis.written($0) }
        deadline = analysis.deadlinePhrase(outside: measureSpan)
        kind = judgement.kind
    }

    /// Whether check calls for a starting value: something to move to and nothing to start from.
    public var needsStartingValue: Bool {
        isMeasurable && !hasStartingValue && !holdsLevel
    }
}

extension KeyResultReading {
    /// What a key result's reading judges, before any part is written out: what `check`
    /// needs for every key result, so the rules read key results as the reading does
    /// without the cost of quoting each part.
    struct Judgement {
        let values: KeyResultValues
        let isMeasurable: Bool
        let isMilestone: Bool
        let namesTime: Bool
        /// The main verb's position when it names a task.
        let task: Int?
        /// The first hedge's position.
        let hedge: Int?
        let isCompound: Bool
        let kind: KeyResultKind?

        init(_ analysis: TextAnalysis) {
            let verb = analysis.mainVerb
            values = analysis.keyResultValues()
            isMeasurable = analysis.isMeasurable
            isMilestone = !isMeasurable && analysis.namesEndState
            namesTime = analysis.namesTime
            task = verb.flatMap { $0.classes.contains(.activityVerb) ? $0.index : nil }
            hedge = analysis.firstHedge
            isCompound = analysis.isCompound
            kind = Self.kind(isMilestone: isMilestone, values: values, verb: verb, analysis: analysis)
        }

        /// Whether check calls for a starting value: something to move to and nothing to start from.
        var needsStartingValue: Bool {
            isMeasurable && values.start == nil && !values.isRelative && !values.holdsLevel
        }

        private static func kind(
            isMilestone: Bool, values: KeyResultValues, verb: (index: Int, classes: WordClass)?, analysis: TextAnalysis
        ) -> KeyResultKind? {
            if isMilestone { return .milestone }
            guard analysis.isMeasurable else { return nil }
            let changes = verb?.classes.contains(.outcomeVerb) == true
            // "verlagen van 4 uur naar 45 minuten": the verb knows the direction better than the numbers.
            if changes, let verb, analysis.classes(at: verb.index).contains(.decreaseVerb) { return .decrease }
            if let from = values.start.flatMap({ analysis.tokens[$0].value }),
                let to = values.target.flatMap({ analysis.tokens[$0].value }), from != to
            {
                return to < from ? .decrease : .increase
            }
            if values.holdsLevel { return values.bound == .atMost ? .atMost : .atLeast }
            return changes ? .increase : nil
        }
    }
}

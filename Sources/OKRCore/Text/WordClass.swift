/// What a word or phrase is to the rules: a task verb, a hedge, a month…
///
/// A word can be several things at once ("by" is both a relative and a
/// deadline preposition), so this is a set.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public static let activityVerb = WordClass(rawValue: 1 << 0)
    public static let businessAsUsualVerb = WordClass(rawValue: 1 << 1)
    public static let outcomeVerb = WordClass(rawValue: 1 << 2)
    public static let hedge = WordClass(rawValue: 1 << 3)
    public static let purposeConnector = WordClass(rawValue: 1 << 4)
    public static let numberWord = WordClass(rawValue: 1 << 5)
    public static let relativeChange = WordClass(rawValue: 1 << 6)
    public static let relativePreposition = WordClass(rawValue: 1 << 7)
    public static let comparative = WordClass(rawValue: 1 << 8)
    public static let baselinePreposition = WordClass(rawValue: 1 << 9)
    public static let baselineWord = WordClass(rawValue: 1 << 10)
    public static let conjunction = WordClass(rawValue: 1 << 11)
    public static let rangeWord = WordClass(rawValue: 1 << 12)
    public static let rankWord = WordClass(rawValue: 1 << 13)
    public static let nameWord = WordClass(rawValue: 1 << 14)
    public static let currency = WordClass(rawValue: 1 << 15)
    public static let percentWord = WordClass(rawValue: 1 << 16)
    public static let month = WordClass(rawValue: 1 << 17)
    public static let timeNoun = WordClass(rawValue: 1 << 18)
    public static let durationUnit = WordClass(rawValue: 1 << 19)
    public static let rateWord = WordClass(rawValue: 1 << 20)
    public static let deadlineWord = WordClass(rawValue: 1 << 21)
    public static let deadlinePreposition = WordClass(rawValue: 1 << 22)
    public static let detection = WordClass(rawValue: 1 << 23)
    public static let durationPreposition = WordClass(rawValue: 1 << 24)
    public static let targetPreposition = WordClass(rawValue: 1 << 25)
    public static let measureUnit = WordClass(rawValue: 1 << 26)
    public static let decreaseVerb = WordClass(rawValue: 1 << 27)
    public static let atLeastWord = WordClass(rawValue: 1 << 28)
    public static let atMostWord = WordClass(rawValue: 1 << 29)

    /// Any verb the rules know: the main verb is the first of these.
    public static let verb: WordClass = [.activityVerb, .businessAsUsualVerb, .outcomeVerb]
    /// Words that name a period or a point in time.
    public static let timeWord: WordClass = [.month, .timeNoun]
}

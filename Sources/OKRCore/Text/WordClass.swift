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
    /// Verbs that make or deliver something once: a yes/no end state (kr-milestone).
    public static let milestoneVerb = WordClass(rawValue: 1 << 30)
    /// Forms of "be" (and "has been"): "is published", "er på plass".
    public static let stateVerb = WordClass(rawValue: 1 << 31)
    /// Words of readiness after a form of "be": live, ready, "på plass", "in gebruik".
    public static let readinessWord = WordClass(rawValue: 1 << 32)
    /// Verbs that obtain a status: reach, achieve, oppnå, behalen.
    public static let attainmentVerb = WordClass(rawValue: 1 << 33)
    /// A status to obtain: certification, godkjenning, goedkeuring.
    public static let statusWord = WordClass(rawValue: 1 << 34)
    /// Words that make something happen again and again: weekly, hver måned, elke maand.
    public static let frequencyWord = WordClass(rawValue: 1 << 35)
    /// Verbs that keep a level: keep, maintain, stay, opprettholde, behouden.
    public static let keepVerb = WordClass(rawValue: 1 << 36)
    /// Hold, holde, hålla, houden: keep verbs only before "at"/"på"/"op" or a bound word.
    public static let holdVerb = WordClass(rawValue: 1 << 37)
    /// The word that makes a hold verb keep a level: at, på, op.
    public static let holdPreposition = WordClass(rawValue: 1 << 38)
    /// Articles and possessives: a word after one is a noun ("a delivery plan").
    public static let determiner = WordClass(rawValue: 1 << 39)
    /// Make, lage, göra, maken: change verbs with an adjective ("make the website faster").
    public static let makeVerb = WordClass(rawValue: 1 << 40)
    /// The words for "about" that hedge only right before a number: about, ca., ongeveer.
    public static let numberHedge = WordClass(rawValue: 1 << 41)
    /// A magnitude after a number that is part of the quantity: "2 mill.", "1,2 miljoen".
    public static let magnitudeWord = WordClass(rawValue: 1 << 42)
    /// A "from" that gives a starting value only with a "to" and a number after it: Dutch "van".
    public static let pairedBaselinePreposition = WordClass(rawValue: 1 << 43)
    /// Modal and auxiliary verbs: never the main verb ("will", "skal", "zal").
    public static let modalVerb = WordClass(rawValue: 1 << 44)
    /// Zero, null, noll, nul: with no change verb, a level to hold.
    public static let zeroWord = WordClass(rawValue: 1 << 45)
    /// A past participle right after a form of "be": "is *enabled*", "er *publisert*".
    public static let participle = WordClass(rawValue: 1 << 46)
    /// A particle that goes with a verb, not with the measure: "get churn *down*", "få *ned* churn".
    public static let verbParticle = WordClass(rawValue: 1 << 47)
    /// "a", "en", "een": an article that opens no measure («Øke *en* kundetilfredshet»).
    public static let indefiniteArticle = WordClass(rawValue: 1 << 48)

    /// Any verb the rules know: the main verb is the first of these.
    public static let verb: WordClass = [.activityVerb, .businessAsUsualVerb, .outcomeVerb, .milestoneVerb]
    /// Words that name a period or a point in time.
    public static let timeWord: WordClass = [.month, .timeNoun]
    /// Words that make a number a level to hold: "at least", "below", "minst", "onder".
    public static let boundWord: WordClass = [.atLeastWord, .atMostWord]
}

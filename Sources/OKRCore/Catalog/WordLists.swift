/// The word lists of a locale file, as written there.
///
/// Entries are patterns: `launch{,es,ed}` lists endings, `develop*` matches a
/// stem, a space makes a phrase and `...` in a phrase skips a few words.
/// `Lexicon` compiles them for matching.
public struct WordLists: Decodable, Sendable {
    public let detection: [String]
    public let detectionLetters: [String]
    public let activityVerbs: [String]
    public let businessAsUsualVerbs: [String]
    public let outcomeVerbs: [String]
    public let hedges: [String]
    public let purposeConnectors: [String]
    public let numberWords: [String]
    public let relativeChanges: [String]
    public let relativePrepositions: [String]
    public let comparatives: [String]
    public let baselinePrepositions: [String]
    public let baselineWords: [String]
    public let targetPrepositions: [String]
    public let conjunctions: [String]
    public let rangeWords: [String]
    public let rankWords: [String]
    public let nameWords: [String]
    public let ordinalSuffixes: [String]
    public let magnitudeSuffixes: [String]
    public let currencies: [String]
    public let percentWords: [String]
    public let months: [String]
    public let timeNouns: [String]
    public let durationUnits: [String]
    public let rateWords: [String]
    public let deadlineWords: [String]
    public let deadlinePrepositions: [String]
    public let durationPrepositions: [String]
    public let timePrefixes: TimePrefixes

    /// Letters written before a number to name a period: Q3, W12, H1.
    public struct TimePrefixes: Decodable, Sendable {
        public let quarter: [String]
        public let week: [String]
        public let half: [String]
    }

    enum CodingKeys: String, CodingKey {
        case detection
        case detectionLetters = "detection_letters"
        case activityVerbs = "activity_verbs"
        case businessAsUsualVerbs = "business_as_usual_verbs"
        case outcomeVerbs = "outcome_verbs"
        case hedges
        case purposeConnectors = "purpose_connectors"
        case numberWords = "number_words"
        case relativeChanges = "relative_changes"
        case relativePrepositions = "relative_prepositions"
        case comparatives
        case baselinePrepositions = "baseline_prepositions"
        case baselineWords = "baseline_words"
        case targetPrepositions = "target_prepositions"
        case conjunctions
        case rangeWords = "range_words"
        case rankWords = "rank_words"
        case nameWords = "name_words"
        case ordinalSuffixes = "ordinal_suffixes"
        case magnitudeSuffixes = "magnitude_suffixes"
        case currencies
        case percentWords = "percent_words"
        case months
        case timeNouns = "time_nouns"
        case durationUnits = "duration_units"
        case rateWords = "rate_words"
        case deadlineWords = "deadline_words"
        case deadlinePrepositions = "deadline_prepositions"
        case durationPrepositions = "duration_prepositions"
        case timePrefixes = "time_prefixes"
    }
}

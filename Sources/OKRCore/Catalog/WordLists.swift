/// The word lists of a locale file, as written there.
///
/// Entries are patterns: `launch{,es,ed}` lists endings, `develop*` matches a
/// stem, a space makes a phrase and `...` in a phrase skips a few words.
/// `Lexicon` compiles them for matching.
public struct WordLists: Sendable {
    public let detection: [String]
    public let detectionLetters: [String]
    public internal(set) var activityVerbs: [String]
    public internal(set) var businessAsUsualVerbs: [String]
    public internal(set) var outcomeVerbs: [String]
    public internal(set) var hedges: [String]
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
    public let measureUnits: [String]
    public let rateWords: [String]
    public let deadlineWords: [String]
    public let deadlinePrepositions: [String]
    public let durationPrepositions: [String]
    /// Verbs that bring a measure down (a key result of the kind decrease).
    public let decreaseVerbs: [String]
    /// Words that make a target a floor: "at least", "minst", "minstens".
    public let atLeastWords: [String]
    /// Words that make a target a ceiling: "at most", "maks", "högst", "hooguit".
    public let atMostWords: [String]
    /// Verbs that make or deliver something once (kr-milestone).
    public let milestoneVerbs: [String]
    /// Forms of "be" that say a state is reached.
    public let stateVerbs: [String]
    /// Words of readiness after a form of "be": live, ready, in place.
    public let readinessWords: [String]
    /// Patterns of past participles after a form of "be"; `*` stands for any letters.
    public let participles: [String]
    /// Verbs that obtain a status: reach, achieve, get.
    public let attainmentVerbs: [String]
    /// A status to obtain: certification, approval.
    public let statusWords: [String]
    /// Words that make a thing happen again and again: weekly, nightly.
    public let frequencyWords: [String]
    /// Verbs that keep a level: keep, maintain, stay, remain.
    public let keepVerbs: [String]
    /// Hold and its forms: a keep verb only before `hold_prepositions` or a bound word.
    public let holdVerbs: [String]
    /// The word after which a hold verb keeps a level: at, på, op.
    public let holdPrepositions: [String]
    /// Articles and possessives: a verb-like word after one is a noun.
    public let determiners: [String]
    /// Make and its kin: change verbs when an adjective goes with them.
    public let makeVerbs: [String]
    /// Words for "about": hedges only right before a number.
    public let numberHedges: [String]
    /// Magnitudes that belong to the quantity before them: mill., miljoen.
    public let magnitudeWords: [String]
    /// A "from" that gives a starting value only in a from-to pair.
    public let pairedBaselinePrepositions: [String]
    /// Modal and auxiliary verbs, never the main verb.
    public let modalVerbs: [String]
    /// Zero and its kin: with no change verb, a level to hold.
    public let zeroWords: [String]
    /// Particles of a verb ("down" in "get churn down"): never part of the measure.
    public let verbParticles: [String]
    /// Indefinite articles ("a", "en"), left out at the start of a measure.
    public let indefiniteArticles: [String]
    /// How many words may stand between a determiner and a noun spelled like a verb ("a delivery plan": 2).
    public let determinerReach: Int
    public let timePrefixes: TimePrefixes

    /// Letters written before a number to name a period: Q3, W12, H1.
    public struct TimePrefixes: Sendable {
        public let quarter: [String]
        public let week: [String]
        public let half: [String]
    }

    init(_ fields: YAMLFields) throws(InputError) {
        detection = try fields.strings("detection")
        detectionLetters = try fields.strings("detection_letters")
        activityVerbs = try fields.strings("activity_verbs")
        businessAsUsualVerbs = try fields.strings("business_as_usual_verbs")
        outcomeVerbs = try fields.strings("outcome_verbs")
        hedges = try fields.strings("hedges")
        purposeConnectors = try fields.strings("purpose_connectors")
        numberWords = try fields.strings("number_words")
        relativeChanges = try fields.strings("relative_changes")
        relativePrepositions = try fields.strings("relative_prepositions")
        comparatives = try fields.strings("comparatives")
        baselinePrepositions = try fields.strings("baseline_prepositions")
        baselineWords = try fields.strings("baseline_words")
        targetPrepositions = try fields.strings("target_prepositions")
        conjunctions = try fields.strings("conjunctions")
        rangeWords = try fields.strings("range_words")
        rankWords = try fields.strings("rank_words")
        nameWords = try fields.strings("name_words")
        ordinalSuffixes = try fields.strings("ordinal_suffixes")
        magnitudeSuffixes = try fields.strings("magnitude_suffixes")
        currencies = try fields.strings("currencies")
        percentWords = try fields.strings("percent_words")
        months = try fields.strings("months")
        timeNouns = try fields.strings("time_nouns")
        durationUnits = try fields.strings("duration_units")
        measureUnits = try fields.strings("measure_units")
        rateWords = try fields.strings("rate_words")
        deadlineWords = try fields.strings("deadline_words")
        deadlinePrepositions = try fields.strings("deadline_prepositions")
        durationPrepositions = try fields.strings("duration_prepositions")
        decreaseVerbs = try fields.strings("decrease_verbs")
        atLeastWords = try fields.strings("at_least_words")
        atMostWords = try fields.strings("at_most_words")
        milestoneVerbs = try fields.strings("milestone_verbs")
        stateVerbs = try fields.strings("state_verbs")
        readinessWords = try fields.strings("readiness_words")
        participles = try fields.strings("participles")
        attainmentVerbs = try fields.strings("attainment_verbs")
        statusWords = try fields.strings("status_words")
        frequencyWords = try fields.strings("frequency_words")
        keepVerbs = try fields.strings("keep_verbs")
        holdVerbs = try fields.strings("hold_verbs")
        holdPrepositions = try fields.strings("hold_prepositions")
        determiners = try fields.strings("determiners")
        makeVerbs = try fields.strings("make_verbs")
        numberHedges = try fields.strings("number_hedges")
        magnitudeWords = try fields.strings("magnitude_words")
        pairedBaselinePrepositions = try fields.strings("paired_baseline_prepositions")
        modalVerbs = try fields.strings("modal_verbs")
        zeroWords = try fields.strings("zero_words")
        verbParticles = try fields.strings("verb_particles")
        indefiniteArticles = try fields.strings("indefinite_articles")
        determinerReach = try fields.int("determiner_reach")
        let prefixes = try fields.fields("time_prefixes")
        timePrefixes = TimePrefixes(
            quarter: try prefixes.strings("quarter"), week: try prefixes.strings("week"),
            half: try prefixes.strings("half"))
    }
}

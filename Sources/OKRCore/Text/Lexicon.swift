/// A language's word lists compiled for fast matching: one dictionary look-up a word.
///
/// Single words go into a dictionary of exact forms, `stem*` entries into a
/// dictionary of stems, and phrases into lists keyed by their first word.
public struct Lexicon: Sendable {
    /// A phrase of several tokens; a nil part skips up to `Phrase.maxGap` tokens.
    struct Phrase: Sendable {
        static let maxGap = 5
        let parts: [String?]
        let classes: WordClass
    }

    public let tokenizer: Tokenizer
    private var exact: [String: WordClass] = [:]
    private var stems: [String: WordClass] = [:]
    private var stemLengths: [Int] = []
    private(set) var phrases: [String: [Phrase]] = [:]
    let ordinalSuffixes: Set<String>
    let magnitudeSuffixes: Set<String>
    let quarterPrefixes: Set<String>
    let weekPrefixes: Set<String>
    let halfPrefixes: Set<String>
    /// Letters that only this language among its neighbours writes (æ, ø; ä, ö).
    let detectionLetters: Set<Unicode.Scalar>
    /// Past participle patterns split at their stars: "*ed" → ["", "ed"], "ge*d" → ["ge", "d"].
    private let participles: [[String]]
    /// How many words may stand between a determiner and a noun spelled like a verb.
    let determinerReach: Int

    init(words: WordLists, numbers: NumberFormat) {
        tokenizer = Tokenizer(format: numbers)
        ordinalSuffixes = Set(words.ordinalSuffixes.flatMap(WordPattern.expand))
        magnitudeSuffixes = Set(words.magnitudeSuffixes.flatMap(WordPattern.expand))
        quarterPrefixes = Set(words.timePrefixes.quarter.map { $0.lowercased() })
        weekPrefixes = Set(words.timePrefixes.week.map { $0.lowercased() })
        halfPrefixes = Set(words.timePrefixes.half.map { $0.lowercased() })
        detectionLetters = Set(words.detectionLetters.compactMap { $0.lowercased().unicodeScalars.first })
        participles = words.participles.map {
            $0.lowercased().split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        }
        determinerReach = words.determinerReach
        let lists: [([String], WordClass)] = [
            (words.detection, .detection),
            (words.activityVerbs, .activityVerb),
            (words.businessAsUsualVerbs, .businessAsUsualVerb),
            (words.outcomeVerbs, .outcomeVerb),
            (words.hedges, .hedge),
            (words.purposeConnectors, .purposeConnector),
            (words.numberWords, .numberWord),
            (words.relativeChanges, .relativeChange),
            (words.relativePrepositions, .relativePreposition),
            (words.comparatives, .comparative),
            (words.baselinePrepositions, .baselinePreposition),
            (words.baselineWords, .baselineWord),
            (words.targetPrepositions, .targetPreposition),
            (words.conjunctions, .conjunction),
            (words.rangeWords, .rangeWord),
            (words.rankWords, .rankWord),
            (words.nameWords, .nameWord),
            (words.currencies, .currency),
            (words.percentWords, .percentWord),
            (words.months, .month),
            (words.timeNouns, .timeNoun),
            (words.durationUnits, .durationUnit),
            (words.measureUnits, .measureUnit),
            (words.rateWords, .rateWord),
            (words.deadlineWords, .deadlineWord),
            (words.deadlinePrepositions, .deadlinePreposition),
            (words.durationPrepositions, .durationPreposition),
            (words.decreaseVerbs, .decreaseVerb),
            (words.atLeastWords, .atLeastWord),
            (words.atMostWords, .atMostWord),
            (words.milestoneVerbs, .milestoneVerb),
            (words.stateVerbs, .stateVerb),
            (words.readinessWords, .readinessWord),
            (words.attainmentVerbs, .attainmentVerb),
            (words.statusWords, .statusWord),
            (words.frequencyWords, .frequencyWord),
            (words.keepVerbs, .keepVerb),
            (words.holdVerbs, .holdVerb),
            (words.holdPrepositions, .holdPreposition),
            (words.determiners, .determiner),
            (words.makeVerbs, .makeVerb),
            (words.numberHedges, .numberHedge),
            (words.magnitudeWords, .magnitudeWord),
            (words.pairedBaselinePrepositions, .pairedBaselinePreposition),
            (words.modalVerbs, .modalVerb),
            (words.zeroWords, .zeroWord),
            (words.verbParticles, .verbParticle),
            (words.indefiniteArticles, .indefiniteArticle),
        ]
        for (patterns, wordClass) in lists {
            for form in patterns.flatMap(WordPattern.expand) {
                add(form, as: wordClass)
            }
        }
        stemLengths = Set(stems.keys.map(\.count)).sorted()
    }

    private mutating func add(_ form: String, as wordClass: WordClass) {
        if form.unicodeScalars.allSatisfy({ $0.isWordCharacter && !$0.isDigit }) {
            // Most entries are one plain word; only the rest need the tokenizer.
            exact[form, default: []].insert(wordClass)
            return
        }
        let parts = tokenizer.tokens(form).map(\.text)
        if parts.count == 1, form.hasSuffix("*"), form.count > 1 {
            stems[String(form.dropLast()), default: []].insert(wordClass)
        } else if parts.count == 1 {
            exact[parts[0], default: []].insert(wordClass)
        } else if let first = parts.first {
            let phraseParts = Self.phraseParts(parts)
            phrases[first, default: []].append(Phrase(parts: phraseParts, classes: wordClass))
        }
    }

    /// The parts of a phrase, with "..." (tokenized as three dots) made a gap.
    private static func phraseParts(_ parts: [String]) -> [String?] {
        var result: [String?] = []
        var index = 0
        while index < parts.count {
            if index + 2 < parts.count, parts[index] == ".", parts[index + 1] == ".", parts[index + 2] == "." {
                result.append(nil)
                index += 3
            } else if parts[index] == "…" {
                result.append(nil)
                index += 1
            } else {
                result.append(parts[index])
                index += 1
            }
        }
        return result
    }

    /// Whether a word has the shape of a past participle: "enabled", "publisert", "gepubliceerd".
    public func isParticiple(_ word: String) -> Bool {
        participles.contains { parts in
            guard let first = parts.first, let last = parts.last else { return false }
            if parts.count == 1 { return word == first }
            guard word.count > parts.reduce(0, { $0 + $1.count }), word.hasPrefix(first), word.hasSuffix(last) else {
                return false
            }
            var rest = word.dropFirst(first.count).dropLast(last.count)
            for middle in parts.dropFirst().dropLast() {
                guard let found = rest.range(of: middle) else { return false }
                rest = rest[found.upperBound...]
            }
            return true
        }
    }

    /// The classes of a single word: its exact form, else the longest stem it starts with.
    public func classes(of word: String) -> WordClass {
        var result = exact[word] ?? []
        guard !stemLengths.isEmpty else { return result }
        let length = word.count
        for stemLength in stemLengths where stemLength <= length {
            if let found = stems[String(word.prefix(stemLength))] {
                result.formUnion(found)
            }
        }
        return result
    }
}

import CoachEngine
import OKRCore
import Testing

/// Every draft of the rewrite corpus, written again as the coach would propose it.
struct RewriteCorpusTests {
    /// The prepositions and articles of each language: none may stand twice in a row, none may
    /// end the sentence, and no preposition may stand right before another one or end a phrase
    /// that is cut off ("by from", "innen løpet").
    static let prepositions: [String: Set<String>] = [
        "en": ["by", "from", "to", "within", "in", "at", "of", "before", "until"],
        "nb": ["fra", "til", "innen", "i", "av", "på", "om", "før"],
        "sv": ["från", "till", "senast", "inom", "i", "av", "på", "om", "före"],
        "nl": ["van", "naar", "uiterlijk", "binnen", "in", "op", "tot", "voor"],
    ]
    static let articles: [String: Set<String>] = [
        "en": ["the", "a", "an"], "nb": ["en", "et", "ei"], "sv": ["en", "ett"], "nl": ["de", "het", "een"],
    ]

    /// Prepositions that belong together: "senast i slutet av".
    static let pairs: Set<String> = ["senast i"]

    static let checker = Checker(languages: TestCoach.languages)

    @Test func everyLanguageHasSixtyDrafts() {
        for code in TestCoach.codes {
            #expect(RewriteCorpus.all.filter { $0.language == code }.count >= 60, "\(code)")
        }
    }

    @Test(arguments: RewriteCorpus.all)
    func theProposalKeepsThePartsAndReadsBack(_ draft: RewriteDraft) throws {
        let language = LanguageCode(draft.language)
        let rewrite = TestCoach.coach.rewrite(
            draft.text, from: draft.from, to: draft.to, by: draft.by, language: language, today: TestCoach.today)
        let proposal = try #require(rewrite.proposal, "no proposal: \(rewrite.reason ?? "") \(rewrite.pattern ?? "")")
        // The measure phrase appears unchanged (its first letter opens a Dutch sentence).
        let measure = draft.measure
        #expect(
            proposal.contains(measure) || proposal.contains(measure.capitalizedFirst)
                || proposal.contains(measure.prefix(1).lowercased() + measure.dropFirst()),
            "\(proposal)")
        // It reads back to the same parts.
        let catalog = TestCoach.languages.catalog(for: language)
        let reading = KeyResultReading(proposal, lexicon: catalog.lexicon)
        #expect(reading.measure?.lowercased() == measure.lowercased(), "\(proposal)")
        #expect(reading.start?.text == draft.start, "\(proposal)")
        #expect(reading.target?.text == draft.target, "\(proposal)")
        #expect(reading.deadline != nil, "\(proposal)")
        if let by = draft.by { #expect(proposal.hasSuffix(by), "\(proposal)") }
        // No function word twice or dangling.
        let words = proposal.lowercased().split(separator: " ").map(String.init)
        let prepositions = Self.prepositions[draft.language] ?? []
        let function = prepositions.union(Self.articles[draft.language] ?? [])
        for (first, second) in zip(words, words.dropFirst()) {
            #expect(first != second || !function.contains(first), "\(first) \(second) in \(proposal)")
            if function.contains(first), prepositions.contains(second) {
                #expect(Self.pairs.contains("\(first) \(second)"), "\(first) \(second) in \(proposal)")
            }
        }
        #expect(!function.contains(words.last ?? ""), "\(proposal)")
        // No finding on a missing piece.
        let findings = Self.checker.review(keyResult: reading, setHasCycle: false, language: language)
        let missing: Set<RuleID> = [.keyResultNoBaseline, .keyResultNotMeasurable, .keyResultNoDeadline]
        #expect(findings.filter { missing.contains($0.rule) }.isEmpty, "\(findings.map(\.rule)) on \(proposal)")
        if let expected = draft.expected { #expect(proposal == expected) }
    }
}

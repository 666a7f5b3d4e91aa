import TestSupport
import Testing

@testable import OKRCore

/// `check` splits each text once and lets language detection and the rules share the tokens;
/// what it finds must be what splitting the text anew for each would find.
struct SharedTokensTests {
    private let languages = TestLanguages.shared
    private var checker: Checker { Checker(languages: languages) }

    /// Pieces of the four languages and of hostile text: numbers written every way, a Swedish
    /// ordinal, a date before a colon, no-break spaces, combining marks, controls, an emoji.
    private static let pieces = [
        "Increase weekly active clinics from 420 to 600 by 31 March", "Launch the new wizard", "so that they stay",
        "Øke ukentlig aktive klinikker fra 1 850 til 2.000 innen 31. mars", "slik at de blir hos oss",
        "Holde oppetiden på minst 99,5 %",
        "Öka andelen från 40 % till 55 % senast vecka 12", "bli 1:a i Norden", "3:e", "för att", "så att de stannar",
        "Het aantal klanten verhogen van 50.000 naar 60.000 uiterlijk 31-03-2027", "zodat ze blijven", "om te groeien",
        "31.03:a", "12.5:ö", "1,5:e", "31.03.", "2027-03-31:x", "1/4", "uke12", "Q3", "4,5%", "4.5k", "$5m", "#1",
        "\u{00A0}", "e\u{0301}", "æøå", "ÄÖ", "İ", "\u{0007}", "\u{009B}", "😀", "-", "+", ",", ":", "", "  ",
        String(repeating: "9", count: 400), "-1e308", "NaN", "∞",
    ]

    /// A seeded random set of objectives made of the pieces.
    private static func sets(count: Int) -> [OKRSet] {
        var generator = SeededGenerator(seed: 12)
        func text() -> String {
            (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
        }
        return (0..<count).map { _ in
            let objectives = (0..<Int.random(in: 1...70, using: &generator)).map { _ in
                Objective(
                    title: text(),
                    keyResults: (0..<Int.random(in: 0...4, using: &generator)).map { _ in KeyResult(text()) })
            }
            return OKRSet(objectives: objectives)
        }
    }

    private static func joined(_ set: OKRSet) -> String {
        set.objectives.flatMap { [$0.title] + $0.keyResults.map(\.text) }.joined(separator: "\n")
    }

    @Test func detectionOnSharedTokensFindsWhatTheWholeTextSays() {
        let detector = LanguageDetector(languages)
        for set in Self.sets(count: 60) {
            #expect(checker.language(of: set) == detector.detect(Self.joined(set)) ?? languages.fallback)
        }
    }

    /// Every tokenizer's word counts, from the shared tokens, equal those of splitting the whole text with it.
    @Test func wordCountsFromSharedTokensEqualEachTokenizersOwn() {
        let detector = LanguageDetector(languages)
        for set in Self.sets(count: 40) {
            for shared in detector.tokenizers {
                let texts = SetTexts(set, tokenizer: shared, countsWords: true, everyCore: false)
                let lowered = Self.joined(set).lowercasedScalars
                for (tokenizer, counts) in zip(detector.tokenizers, texts.wordCounts(for: detector.tokenizers)) {
                    var own: [String: Int] = [:]
                    for token in tokenizer.tokens(lowercased: lowered) where token.kind == .word {
                        own[token.text, default: 0] += 1
                    }
                    #expect(counts == own)
                }
            }
        }
    }

    /// Words come out the same in every number format, except after a digit and a colon.
    @Test func onlyADigitBeforeAColonSplitsWordsDifferently() {
        let english = TestLanguages.catalog("en").lexicon.tokenizer
        let swedish = TestLanguages.catalog("sv").lexicon.tokenizer
        func words(_ text: String, _ tokenizer: Tokenizer) -> [String] {
            tokenizer.tokens(text).filter { $0.kind == .word }.map(\.text)
        }
        #expect(words("31.03:a", english) != words("31.03:a", swedish))
        #expect(LoweredText("31.03:a").hasDigitBeforeColon)
        var generator = SeededGenerator(seed: 3)
        let alphabet = Array("0123456789.,:;-/ \u{00A0}\u{202F}abkqe%$#ø")
        for _ in 0..<20_000 {
            let text = String(
                (0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            guard !LoweredText(text).hasDigitBeforeColon else { continue }
            #expect(words(text, english) == words(text, swedish), "\(text)")
        }
    }

    /// A set found to be English is read with English numbers: the texts with digits are split
    /// again, and the findings are those of checking it as English from the start.
    @Test func rulesOnSharedTokensFindWhatTheirOwnTokensFind() {
        for set in Self.sets(count: 30) {
            let found = checker.check(set)
            #expect(found == checker.check(set, language: found.language))
        }
        for code in TestLanguages.codes {
            var generator = SeededGenerator(seed: 5)
            let objectives = (0..<80).map { index in
                Objective(
                    title: Self.pieces.randomElement(using: &generator)! + " \(index)",
                    keyResults: [KeyResult(Self.pieces.randomElement(using: &generator)! + " 1,5 mill. 1.850 4,5 %")])
            }
            let set = OKRSet(objectives: objectives)
            #expect(checker.check(set, language: code) == checker.check(OKRSet(lang: code, objectives: objectives)))
        }
    }

    @Test func utf8SearchFindsBytesAnywhere() {
        #expect("okrcoach: ignore".utf8Contains(Array("okrcoach:".utf8)))
        #expect("a # okrcoach:".utf8Contains(Array("okrcoach:".utf8)))
        #expect(!"okrcoach".utf8Contains(Array("okrcoach:".utf8)))
        #expect(!"".utf8Contains([0xC2, 0xA0]))
        #expect("à".utf8Contains([0xA0]))
        #expect(!"à".utf8Contains([0xC2, 0xA0]))
        #expect("x\u{00A0}".utf8Contains([0xC2, 0xA0]))
        #expect("anything".utf8Contains([]))
    }
}

import OKRCore
import Testing

/// Numbers are read the way each language writes them.
struct TokenizerTests {
    private func numbers(_ text: String, _ language: String) -> [Double] {
        TestLanguages.catalog(language).lexicon.tokenizer.tokens(text).filter { $0.kind == .number }.compactMap(\.value)
    }

    @Test func thousandsSeparators() {
        #expect(numbers("fra 1 850 til 2 400", "nb") == [1850, 2400])
        #expect(numbers("från 1 850 till 2 400", "sv") == [1850, 2400])
        #expect(numbers("van 50.000 naar 60.000", "nl") == [50000, 60000])
        #expect(numbers("from 3,500 to 6,000", "en") == [3500, 6000])
        #expect(numbers("fra 1\u{00A0}850", "nb") == [1850])
    }

    @Test func decimalMarks() {
        #expect(numbers("fra 4,5 til 4,8", "nb") == [4.5, 4.8])
        #expect(numbers("van 7,5 naar 8", "nl") == [7.5, 8])
        #expect(numbers("from 4.5 to 4.8", "en") == [4.5, 4.8])
        #expect(numbers("99,9 %", "sv") == [99.9])
    }

    @Test func aMinusSignBeforeDigitsIsPartOfTheNumber() {
        #expect(numbers("from -5 to 3", "en") == [-5, 3])
        #expect(numbers("fra −4,5 til (-2 %)", "nb") == [-4.5, -2])
        // Between digits or letters a hyphen is no sign: a range, a code.
        #expect(numbers("5-10", "en") == [5, 10])
        #expect(numbers("a-5", "en") == [5])
    }

    @Test func anExponentIsNoNumberAndNoSecondOne() {
        for text in ["1e309", "5e-3", "2E+20", "1e999999999999", "24x7"] {
            let tokens = TestLanguages.catalog("en").lexicon.tokenizer.tokens("from \(text) to 20")
            #expect(tokens.map(\.kind) == [.word, .code, .word, .number], "\(text)")
            #expect(tokens[1].text == text.lowercased() && tokens[1].value == nil, "\(text)")
        }
    }

    @Test func groupsOfOtherLengthsAreSeparateNumbers() {
        #expect(numbers("1,2,3", "en") == [1, 2, 3])
        #expect(numbers("12 34", "nb") == [12, 34])
    }

    @Test func datesAreOneToken() {
        let tokenizer = TestLanguages.catalog("nb").lexicon.tokenizer
        let kinds = ["31.03.2027", "2027-03-31", "31.03.", "1/4"].map { tokenizer.tokens($0).map(\.kind) }
        #expect(kinds.allSatisfy { $0 == [.date] })
        #expect(TestLanguages.catalog("en").lexicon.tokenizer.tokens("4.5").map(\.kind) == [.number])
    }

    @Test func codesAndSuffixes() {
        let tokens = TestLanguages.catalog("sv").lexicon.tokenizer.tokens("Q3 uke12 20k 1:a B2B")
        #expect(tokens.map(\.kind) == [.code, .code, .number, .number, .code])
        #expect(tokens[0].prefix == "q" && tokens[0].value == 3)
        #expect(tokens[2].suffix == "k" && tokens[2].value == 20)
        #expect(tokens[3].suffix == ":a")
    }

    @Test func wordsSplitAtPunctuationAndAreLowerCased() {
        let tokens = TestLanguages.catalog("nb").lexicon.tokenizer.tokens("Øke NPS-score, ca. 20%")
        #expect(tokens.map(\.text) == ["øke", "nps", "-", "score", ",", "ca", ".", "20", "%"])
        #expect(tokens.map(\.spaceBefore) == [false, true, false, false, false, true, false, true, false])
    }
}

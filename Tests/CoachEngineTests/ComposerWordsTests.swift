import TestSupport
import Testing

@testable import CoachEngine

/// The composer's word checks work on bytes for speed: they must say what the checks on
/// characters say, for every kind of text a person or a locale can bring.
struct ComposerWordsTests {
    /// Words and separators: ASCII, Latin-1 capitals and small letters, × and ÷, letters beyond
    /// Latin-1, combining marks, an emoji, commas, runs of spaces, controls.
    private static let pieces = [
        "by", "BY", "fra", "Fra", "FRA", "innen", "ØKE", "øke", "Øke", "år", "ÅR", "über", "ÜBER", "ß", "ẞ", "é",
        "e\u{0301}", "É", "İ", "i", "×", "÷", "x×", "a÷", "ÿ", "Ÿ", "ª", "µ", "π", "Π", "😀", "42", "4,2", ",", ", ",
        " ", "  ", "\u{00A0}", "\t", "\r\n", "\u{0007}", "-", ".", "Œ", "œ",
    ]

    private static func texts(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 77)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
        }
    }

    /// The checks as written on characters.
    private static func hasDoubledWordByCharacters(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split(separator: " ").map { $0.filter { $0.isLetter } }
        return zip(words, words.dropFirst()).contains { $0 == $1 && !$0.isEmpty }
    }

    private static func tidyByWords(_ sentence: String) -> String {
        var words: [Substring] = []
        for word in sentence.split(separator: " ") {
            if word.first == ",", let last = words.popLast() { words.append(last + word) } else { words.append(word) }
        }
        return words.joined(separator: " ")
    }

    @Test func doubledWordsAreFoundAsOnCharacters() {
        for text in Self.texts(count: 20_000) {
            #expect(KeyResultComposer.hasDoubledWord(text) == Self.hasDoubledWordByCharacters(text), "\(text)")
        }
        #expect(KeyResultComposer.hasDoubledWord("Øke øke salget"))
        #expect(KeyResultComposer.hasDoubledWord("innen  INNEN 31. mars"))
        #expect(!KeyResultComposer.hasDoubledWord("× ÷ år"))
    }

    @Test func tidyingIsAsOnWords() {
        for text in Self.texts(count: 20_000) {
            #expect(KeyResultComposer.tidy(text) == Self.tidyByWords(text), "\(text)")
        }
        #expect(KeyResultComposer.tidy("  Øke  X fra A til B , innen D ") == "Øke X fra A til B, innen D")
    }
}

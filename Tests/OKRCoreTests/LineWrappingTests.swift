import OKRCore
import Testing

/// Lines broken at word boundaries to a terminal's width, counted in display columns.
struct LineWrappingTests {
    @Test func columnsOfLettersWideCharactersEmojiAndCombiningMarks() {
        #expect(DisplayWidth.of("Øke") == 3)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        // "e" with a combining acute accent, and a lone combining mark.
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{1B}\u{7}") == 0)
    }

    @Test func linesBreakBetweenWordsAtTheWidth() {
        let text = "Hei, jeg er okrcoach. Jeg hjelper deg å skrive et mål og opptil tre nøkkelresultater."
        let wrapped = LineWrapping.wrap(text, width: 30)
        #expect(wrapped == "Hei, jeg er okrcoach. Jeg\nhjelper deg å skrive et mål og\nopptil tre nøkkelresultater.")
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 30) }
    }

    @Test func wideCharactersAndEmojiCountTwoColumns() {
        // Six wide characters are twelve columns: two words of them do not fit in twenty.
        let text = "日本語の目標 日本語の目標 日本語の目標"
        #expect(LineWrapping.wrap(text, width: 20) == "日本語の目標\n日本語の目標\n日本語の目標")
        #expect(LineWrapping.wrap("👍👍👍 👍👍👍", width: 13) == "👍👍👍 👍👍👍")
        #expect(LineWrapping.wrap("👍👍👍 👍👍👍", width: 12) == "👍👍👍\n👍👍👍")
        // Combining marks take no column: "é" written as e + ◌́ fits as one.
        let accented = String(repeating: "e\u{301}", count: 5)
        #expect(LineWrapping.wrap(accented + " " + accented, width: 11) == accented + " " + accented)
    }

    @Test func aWordLongerThanTheLineIsCutBetweenCharacters() {
        #expect(LineWrapping.wrap("abcdefghij", width: 4) == "abcd\nefgh\nij")
        #expect(LineWrapping.wrap("go 日本語日本語", width: 6) == "go\n日本語\n日本語")
        #expect(LineWrapping.wrap("日本語日本", width: 5) == "日本\n語日\n本")
        let long = String(repeating: "x", count: 1_000)
        let lines = LineWrapping.wrap("see " + long, width: 80).split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        #expect(lines.joined() == "see" + long)
    }

    @Test func indentationBulletsAndAlignedColumnsStay() {
        #expect(
            LineWrapping.wrap("  KR1: Increase weekly active clinics", width: 20)
                == "  KR1: Increase\n  weekly active\n  clinics")
        #expect(
            LineWrapping.wrap("• The key result has no baseline", width: 17) == "• The key result\n  has no baseline")
        let help = "  /help            this list"
        #expect(LineWrapping.wrap(help, width: 80) == help)
        #expect(LineWrapping.wrap("one\n\ntwo three", width: 5) == "one\n\ntwo\nthree")
    }

    @Test(arguments: [Int.min, -1, 0, 1])
    func noWidthOrNoRoomLeavesTheTextAsItIs(_ width: Int) {
        #expect(LineWrapping.wrap("a few words", width: width) == "a few words")
    }

    @Test func controlCharactersShownAsSignsAreOneColumnEach() {
        // The adapters show controls as signs before wrapping: ␛[2J is four columns.
        let shown = VisibleText.of("\u{1B}[2J wipes\u{7}")
        #expect(shown == "␛[2J wipes␇")
        #expect(LineWrapping.wrap(shown, width: 6) == "␛[2J\nwipes␇")
        // A control character that reaches the wrapper takes no column and stays in its word.
        #expect(LineWrapping.wrap("ab\u{7}c de", width: 3) == "ab\u{7}c\nde")
    }
}

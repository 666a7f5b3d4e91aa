import OKRCore
import Testing

/// Control characters from outside reach no terminal and no Markdown file as themselves;
/// people's letters, marks and emoji reach them unchanged.
struct VisibleTextTests {
    /// Every C0 control but line feed and tab, as a scalar.
    static let c0 = (0x00...0x1F).filter { $0 != 0x0A && $0 != 0x09 }.map { Unicode.Scalar($0)! }
    static let c1 = (0x80...0x9F).map { Unicode.Scalar($0)! }

    /// Hostile texts as an import, an answer or a chat line brings them.
    static let hostile = [
        "\u{1B}]2;PWNED\u{07}", "\u{1B}]0;title\u{1B}\\", "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",
        "safe\rEVIL", "\u{1B}[8mhidden\u{1B}[0m", "\u{9B}2J", "\u{9D}2;x\u{9C}", "\u{1B}P+q\u{1B}\\",
        "\u{1B}]8;;http://x\u{07}link",
        "\u{1B}[38;5;196mred", "\u{1B}[1", "\u{1B}", "\u{1B}[999m", "\u{1B}[1;8m", "\u{7F}\u{08}\u{08}",
    ]

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
    }

    @Test func everyC0ControlButLineFeedAndTabBecomesItsPicture() {
        for scalar in Self.c0 {
            let shown = VisibleText.of("a\(Character(scalar))b")
            #expect(shown == "a\(Character(Unicode.Scalar(0x2400 + scalar.value)!))b", "U+\(scalar.value)")
        }
        #expect(VisibleText.of("a\nb\tc") == "a\nb\tc")
        #expect(VisibleText.of("\u{1B}]2;PWNED\u{07}") == "␛]2;PWNED␇")
    }

    @Test func everyC1ControlAndDeleteBecomeSigns() {
        for scalar in Self.c1 {
            let shown = VisibleText.of("a" + String(scalar) + "b")
            #expect(!Self.hasControl(shown), "U+\(String(scalar.value, radix: 16))")
            #expect(shown.hasPrefix("a<U+00") && shown.hasSuffix(">b"), "\(shown)")
        }
        #expect(VisibleText.of("\u{9B}2J") == "<U+009B>2J")
        #expect(VisibleText.of("\u{7F}") == "␡")
    }

    @Test func aBareCarriageReturnShowsButAWindowsLineEndIsALineEnd() {
        #expect(VisibleText.of("safe\rEVIL") == "safe␍EVIL")
        #expect(VisibleText.of("one\r\ntwo\r\n") == "one\ntwo\n")
        #expect(VisibleText.of("\r") == "␍")
        #expect(VisibleText.of("\r\r\n") == "␍\n")
    }

    @Test(arguments: hostile) func noEscapeSequenceSurvives(_ text: String) {
        #expect(!Self.hasControl(VisibleText.of(text)))
        #expect(!Self.hasControl(VisibleText.line(text)))
        #expect(VisibleText.of(VisibleText.of(text)) == VisibleText.of(text), "applying it twice changes nothing more")
    }

    @Test func keepingStylesKeepsOnlyTheEscapesOkrcoachPaints() {
        let painted = TerminalStyle.paint("error", .bold, .red) + " " + TerminalStyle.paint("hint", .dim)
        #expect(VisibleText.of(painted, keepingStyles: true) == painted)
        #expect(!VisibleText.of(painted).contains("\u{1B}"), "without colour even okrcoach's own escapes go")
        for text in Self.hostile {
            let shown = VisibleText.of(text, keepingStyles: true)
            #expect(
                !shown.unicodeScalars.contains { $0 != "\u{1B}" && Self.hasControl(String($0)) },
                "\(text.debugDescription)")
            #expect(!shown.contains("\u{1B}]") && !shown.contains("\u{1B}[2J") && !shown.contains("\u{1B}[8m"))
            #expect(!shown.contains("\u{1B}[38") && !shown.contains("\u{1B}[999m"))
        }
        #expect(VisibleText.of("\u{1B}[1;8m", keepingStyles: true) == "␛[1;8m", "conceal (8) is not one of ours")
        #expect(VisibleText.of("\u{1B}[1", keepingStyles: true) == "␛[1")
    }

    @Test func lettersMarksAndEmojiPassUnchanged() {
        let texts = [
            "Øke åpenheten – ærlig og grønn", "Öka kundnöjdheten för Älvsjö", "Verhoog de tevredenheid van België",
            "e\u{0301}tude n\u{0303}", "Z\u{0351}\u{0364}\u{0311}algo", "👩‍👩‍👧 🇳🇴 👍🏽 🟢", "右から左 שלום مرحبا",
            "\u{00A0}\u{2009}",
        ]
        for text in texts {
            #expect(VisibleText.of(text) == text)
            #expect(VisibleText.of(text, keepingStyles: true) == text)
            #expect(VisibleText.line(text) == text)
        }
        #expect(VisibleText.of("Øke\u{1B}[2Jå e\u{0301} 🇳🇴") == "Øke␛[2Jå e\u{0301} 🇳🇴")
    }

    @Test func oneLineJoinsEveryKindOfLineBreak() {
        #expect(
            VisibleText.line("Grow\nrevenue\r\nnow\rand\u{0B}here\u{0C}and\u{85}there\u{2028}x\u{2029}y")
                == "Grow revenue now and here and there x y")
        #expect(VisibleText.line("\n\nGrow\n\n") == "Grow")
        #expect(VisibleText.line("  - indented ") == "  - indented ")
    }

    @Test func longTextsAreHandledWhole() {
        let escapes = String(repeating: "\u{1B}[2J\u{9B}", count: 200_000)
        let shown = VisibleText.of(escapes)
        #expect(!Self.hasControl(shown))
        #expect(shown.count == 200_000 * 12)
        let plain = String(repeating: "Øke å 👍🏽 ", count: 200_000)
        #expect(VisibleText.of(plain) == plain)
    }

    @Test func jsonEscapesC1AndDeleteToo() {
        let quoted = JSONValue.quoted("a\u{1B}]2;x\u{07}\u{9B}2J\u{7F}\u{85}ø")
        #expect(quoted == "\"a\\u001b]2;x\\u0007\\u009b2J\\u007f\\u0085ø\"")
        #expect(!Self.hasControl(quoted))
    }
}

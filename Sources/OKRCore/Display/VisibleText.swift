/// Text from outside made safe to show: no control character okrcoach did not write itself
/// reaches a terminal, a report or an exported file as itself.
///
/// A terminal obeys what it is sent. ESC opens a sequence that can retitle the window
/// (`ESC ] 2 ; … BEL`), wipe the screen (`ESC [ 2 J`) or write the clipboard (`ESC ] 52 ;`);
/// a bare CR sends the cursor back so the next text overwrites the line; BEL rings. Answers,
/// imported files and chat lines can hold any of them, so every C0 control except line feed
/// and tab, DEL, and every C1 control (U+0080–U+009F, which some terminals read as the
/// one-byte form of ESC sequences) is shown as a sign instead: C0 and DEL as their Unicode
/// control pictures (ESC as ␛, BEL as ␇, CR as ␍), C1 as `<U+009B>`. A CR before a line feed
/// is a Windows line end and is dropped. Letters, combining marks and emoji are untouched.
///
/// The output adapters apply this to everything they write; it changes nothing in text
/// that is already safe, so applying it twice is harmless.
public enum VisibleText {
    /// The text with every control character shown as a sign.
    ///
    /// - Parameter keepingStyles: keep the colour and weight escapes `TerminalStyle` writes
    ///   (for a terminal that shows colour); any other escape is shown as signs.
    public static func of(_ text: String, keepingStyles: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyles, scalar == escape, let end = TerminalStyle.sequenceEnd(in: scalars, from: index) {
                result.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
                continue
            }
            result.append(contentsOf: sign(for: scalar).unicodeScalars)
            index += 1
        }
        return String(result)
    }

    /// The text on one line: each line break, with the blanks around it, becomes one space;
    /// then every control character is shown as a sign. For one-line places: a Markdown heading
    /// or list item, a table cell.
    public static func line(_ text: String) -> String {
        let parts = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
        return of(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    private static let escape: Unicode.Scalar = "\u{1B}"

    /// A C0 control other than line feed and tab, DEL or a C1 control.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// What a scalar looks like once made visible: itself unless it is a control.
    private static func sign(for scalar: Unicode.Scalar) -> String {
        guard isControl(scalar) else { return String(scalar) }
        switch scalar.value {
        case 0x7F: return "\u{2421}"
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
        }
    }
}

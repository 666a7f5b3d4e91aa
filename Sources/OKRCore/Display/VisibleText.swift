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
        // Every control is found in the UTF-8 bytes: C0 and DEL are one byte, C1 two (C2 80…C2 9F),
        // and no byte of another character takes these values.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != lineFeed && $0 != tab) || $0 == 0x7F || $0 == 0xC2 })
        else {
            return text
        }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            if keepingStyles, byte == escape, let end = TerminalStyle.sequenceEnd(in: bytes, from: index) {
                result += bytes[index..<end]
                index = end
            } else if byte == carriageReturn, next == lineFeed {
                index += 1
            } else if byte < 0x20, byte != lineFeed, byte != tab {
                result += sign(Unicode.Scalar(0x2400 + UInt32(byte)))
                index += 1
            } else if byte == 0x7F {
                result += sign("\u{2421}")
                index += 1
            } else if byte == 0xC2, let next, (0x80...0x9F).contains(next) {
                result += Array("<U+00\(String(next, radix: 16, uppercase: true))>".utf8)
                index += 2
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The text on one line: each run of line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029)
    /// becomes one space; then every control character is shown as a sign. For one-line
    /// places: a Markdown heading or list item, a line of the terminal report.
    public static func line(_ text: String) -> String {
        // Every line break and control starts with a byte below 0x20, 0x7F, C2 (NEL, C1) or E2
        // (U+2028, U+2029): a text with none of them, as most are, is shown as it is.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return of(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    private static let escape: UInt8 = 0x1B
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let tab: UInt8 = 0x09

    /// The UTF-8 bytes of a sign.
    private static func sign(_ scalar: Unicode.Scalar?) -> [UInt8] {
        Array(String(scalar ?? "?").utf8)
    }
}

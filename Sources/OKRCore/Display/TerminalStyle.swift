/// The colours and weights okrcoach shows at a terminal, written as ANSI SGR escapes.
///
/// Every styled word okrcoach prints is painted here, so these few escapes are the only
/// ones a terminal receives from it: `VisibleText` keeps exactly these (when colour is
/// on) and shows any other escape, whoever wrote it, as signs.
public enum TerminalStyle: String, CaseIterable, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"

    /// The text in these styles, reset after it: `ESC[1;31m` text `ESC[0m`.
    public static func paint(_ text: String, _ styles: TerminalStyle...) -> String {
        paint(text, styles: styles)
    }

    /// The text in these styles; as it is when there are none.
    public static func paint(_ text: String, styles: [TerminalStyle]) -> String {
        guard !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + reset
    }

    static let reset = "\u{1B}[0m"

    /// Where the escape `paint` writes that starts at `start` ends (one past its `m`), in UTF-8
    /// bytes, or nil when the escape there is any other.
    static func sequenceEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        var parameter = ""
        while index < bytes.count, parameter.count <= 2 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "m") {
                guard parameter == "0" || Self(rawValue: parameter) != nil else { return nil }
                if byte == UInt8(ascii: "m") { return index + 1 }
                parameter = ""
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                parameter.append(Character(Unicode.Scalar(byte)))
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }
}

/// Paints text in `TerminalStyle`s where colour is on, and leaves it as it is where colour is
/// off (not a terminal, or `NO_COLOR`): the one switch every coloured output goes through.
/// Called as a function: `paint("error", .bold, .red)`.
public struct TerminalPainter: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func callAsFunction(_ text: String, _ styles: TerminalStyle...) -> String {
        colour ? TerminalStyle.paint(text, styles: styles) : text
    }

    /// The text in one style, or as it is when there is none: a grade without a band.
    public func callAsFunction(_ text: String, _ style: TerminalStyle?) -> String {
        guard colour, let style else { return text }
        return TerminalStyle.paint(text, style)
    }
}

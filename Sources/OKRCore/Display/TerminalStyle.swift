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

    /// Where the escape `paint` writes that starts at `start` ends (one past its `m`),
    /// or nil when the escape there is any other.
    static func sequenceEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        var parameter = ""
        while index < scalars.count, parameter.count <= 2 {
            let scalar = scalars[index]
            if scalar == ";" || scalar == "m" {
                guard parameter == "0" || Self(rawValue: parameter) != nil else { return nil }
                if scalar == "m" { return index + 1 }
                parameter = ""
            } else if ("0"..."9").contains(scalar) {
                parameter.unicodeScalars.append(scalar)
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }
}

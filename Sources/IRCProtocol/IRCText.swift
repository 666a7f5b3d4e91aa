/// Makes text safe to put into an IRC line.
public enum IRCText {
    /// The text without CR, LF and NUL.
    ///
    /// CR and LF end an IRC line and NUL is forbidden in one, so text that reaches the server
    /// with them could end the bot's line early and smuggle in a command of its own:
    /// `IRCText.sanitized("hi\r\nQUIT")` is `"hiQUIT"`.
    ///
    /// - Parameter text: Any text, typically something a person wrote.
    /// - Returns: The same text with those three characters removed.
    public static func sanitized(_ text: String) -> String {
        guard ASCII.containsForbidden(in: text) else { return text }
        return String(decoding: ASCII.bytes(of: text, removing: ASCII.isForbidden), as: UTF8.self)
    }
}

/// One IRC message: `[@tags] [:source] COMMAND [params…] [:trailing]`.
///
/// It follows the Modern IRC document (modern.ircdocs.horse) and IRCv3 message tags. Read a
/// line with ``parse(_:)`` and write one with ``serialized``; for every message that `parse`
/// returns, `parse(message.serialized)` gives it back.
///
/// ```swift
/// let message = try IRCMessage.parse(":ada!a@example.org PRIVMSG #okr :hello there\r\n")
/// message.source?.nick   // "ada"
/// message.params         // ["#okr", "hello there"]
/// IRCMessage(command: "PRIVMSG", params: ["#okr", "hi ada"]).serialized
/// // "PRIVMSG #okr :hi ada"
/// ```
public struct IRCMessage: Hashable, Sendable {
    /// The command: letters (`PRIVMSG`) or a three-digit numeric reply (`001`).
    public var command: String
    /// The parameters, the trailing one included as the last, without its `:`.
    public var params: [String]
    /// Who sent the message; the server fills it in for messages it relays.
    public var source: IRCSource?
    /// The IRCv3 tags in the order they were written; each key appears once.
    public var tags: [IRCTag]

    /// - Parameters:
    ///   - command: The command or numeric.
    ///   - params: The parameters; only the last may be empty, hold a space or start with `:`.
    ///   - source: The sender, for messages a server writes; clients leave it out.
    ///   - tags: The IRCv3 tags, in the order to write them.
    public init(command: String, params: [String] = [], source: IRCSource? = nil, tags: [IRCTag] = []) {
        self.command = command
        self.params = params
        self.source = source
        self.tags = tags
    }

    /// The value of the tag with this key, or `nil` if the message has no such tag.
    ///
    /// - Parameter key: The tag's full name, for example `"time"` or `"+draft/reply"`.
    /// - Returns: The unescaped value, empty for a tag written without one.
    public func tag(_ key: String) -> String? {
        tags.first { $0.key == key }?.value
    }
}

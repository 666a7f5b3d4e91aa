/// Who sent a message: a user as `nick!user@host`, or a server by its name.
///
/// Any part but the first may be missing (`nick@host`, `nick!user`, `nick`), and a server's
/// name stands where a nick would: `irc.example.com` is read as `nick == "irc.example.com"`.
/// Splitting and joining give back the text exactly, so a source read from a line is written
/// out unchanged.
public struct IRCSource: Hashable, Sendable, CustomStringConvertible {
    /// The nick, or the server's name.
    public var nick: String
    /// The user (ident) after `!`, if the source gives one; it may start with `~`.
    public var user: String?
    /// The host after `@`, if the source gives one.
    public var host: String?

    /// - Parameters:
    ///   - nick: The nick or server name.
    ///   - user: The user after `!`.
    ///   - host: The host after `@`.
    public init(nick: String, user: String? = nil, host: String? = nil) {
        self.nick = nick
        self.user = user
        self.host = host
    }

    /// Splits `nick!user@host`: the nick ends at the first `!` or `@`, the user at the first `@`
    /// after it, and the host is the rest.
    ///
    /// - Parameter text: A source as it stands after the `:` of a line.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { IRCSource(bytes: $0) }
    }

    /// Splits a source's bytes, as the parser finds them in a line.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        var nickEnd = 0
        while nickEnd < bytes.count, bytes[nickEnd] != ASCII.exclamationMark, bytes[nickEnd] != ASCII.at {
            nickEnd += 1
        }
        nick = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<nickEnd]), as: UTF8.self)
        user = nil
        host = nil
        var hostStart = nickEnd
        if nickEnd < bytes.count, bytes[nickEnd] == ASCII.exclamationMark {
            hostStart += 1
            while hostStart < bytes.count, bytes[hostStart] != ASCII.at { hostStart += 1 }
            user = String(decoding: UnsafeBufferPointer(rebasing: bytes[(nickEnd + 1)..<hostStart]), as: UTF8.self)
        }
        if hostStart < bytes.count {
            host = String(decoding: UnsafeBufferPointer(rebasing: bytes[(hostStart + 1)...]), as: UTF8.self)
        }
    }

    /// Whether this is a server rather than a user: a bare name with a dot in it, which no
    /// nick may hold.
    public var isServer: Bool {
        user == nil && host == nil && ASCII.contains(ASCII.fullStop, in: nick)
    }

    /// The source as written in a line, without the leading `:`.
    public var description: String {
        var text = nick
        if let user { text += "!" + user }
        if let host { text += "@" + host }
        return text
    }
}

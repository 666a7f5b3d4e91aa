/// Cuts a long reply into `PRIVMSG` or `NOTICE` messages that each fit in one IRC line.
///
/// A line may hold 512 bytes with its CR LF, and when the server relays the bot's message it
/// puts `:nick!user@host ` in front, so each piece of text gets what is left after that
/// prefix, the command, the target and ` :`. Lines break at white space where they can, and
/// otherwise between grapheme clusters, so no UTF-8 sequence, emoji or accented letter is
/// cut. Every line break in the text (CR, LF, CR LF) starts a new message, NUL is dropped,
/// and blank lines are left out. The CTCP mark \u{1} is dropped too, so no line of a reply can
/// begin with `\u{1}ACTION` and show as a /me action.
///
/// ```swift
/// let splitter = ReplySplitter(maxLines: 4, continuation: "… (more: say “more”)")
/// let prefix = ReplySplitter.prefixLength(nick: "okrcoach")
/// let reply = splitter.lines(command: "PRIVMSG", target: "#team", text: answer, prefixLength: prefix)
/// reply.lines.forEach { send($0.serialized) }
/// pending = reply.rest   // send it with the same splitter when they say “more”
/// ```
public struct ReplySplitter: Sendable {
    /// The most bytes of an IRC line, CR LF included.
    public static let lineLimit = 512
    /// The length assumed for `user@host` when the bot does not know its own: a 10-byte user
    /// (`USERLEN` on most servers, `~` included) and a 63-byte host (`HOSTLEN`).
    public static let assumedUserHostLength = 74

    /// The most messages one reply becomes; the rest waits for the caller.
    public let maxLines: Int
    /// What ends the last message when text is left over, after a space.
    public let continuation: String

    /// - Parameters:
    ///   - maxLines: The most messages per reply; at least 1.
    ///   - continuation: The marker for text left over, such as `"… (more: say “more”)"`;
    ///     keep it short, it takes room from the last line.
    public init(maxLines: Int, continuation: String) {
        precondition(maxLines >= 1, "a reply needs at least one line")
        self.maxLines = maxLines
        self.continuation = IRCText.sanitized(continuation)
    }

    /// The bytes of the `:nick!user@host ` the server puts before a message it relays.
    ///
    /// - Parameters:
    ///   - nick: The bot's nick.
    ///   - userHost: The bot's `user@host` as the server shows it, or `nil` when unknown, in
    ///     which case ``assumedUserHostLength`` bytes are counted.
    /// - Returns: The prefix's length in bytes, its `:`, `!` and space included.
    public static func prefixLength(nick: String, userHost: String? = nil) -> Int {
        3 + nick.utf8.count + (userHost?.utf8.count ?? assumedUserHostLength)
    }

    /// Splits a reply into messages.
    ///
    /// When the text needs more than ``maxLines`` messages, the last one ends with
    /// ``continuation`` and the text after it is returned as `rest`. If the command, target
    /// and prefix leave fewer than 4 bytes for text, no message is made and the text is
    /// returned unchanged as `rest`.
    ///
    /// - Parameters:
    ///   - command: `PRIVMSG` or `NOTICE`.
    ///   - target: The channel or nick to send to.
    ///   - text: The reply; it may hold line breaks and anything a person wrote.
    ///   - prefixLength: The relay prefix's length, from ``prefixLength(nick:userHost:)``.
    /// - Returns: The messages to send now, and the text to send later or `nil` if none.
    public func lines(command: String, target: String, text: String, prefixLength: Int) -> (
        lines: [IRCMessage], rest: String?
    ) {
        let command = IRCText.sanitized(command)
        let target = IRCText.sanitized(target)
        let reply = Self.withoutCTCPMarks(text)
        let budget = Self.lineLimit - prefixLength - command.utf8.count - target.utf8.count - Self.separatorBytes
        guard budget >= Self.minimumBudget else { return ([], reply.isEmpty ? nil : reply) }
        let markedBudget = continuation.isEmpty ? budget : budget - 1 - continuation.utf8.count
        var text = WrappableText(reply, maxPieceBytes: markedBudget >= Self.minimumBudget ? markedBudget : budget)
        func message(_ line: String) -> IRCMessage {
            IRCMessage(command: command, params: [target, line])
        }

        var lines: [String] = []
        var piece = 0
        while let line = text.line(from: piece, budget: budget) {
            if lines.count == maxLines - 1, text.hasWords(from: line.next) {
                let last = markedLine(of: &text, from: piece, budget: budget, markedBudget: markedBudget)
                return ((lines + [last.line]).map(message), last.rest)
            }
            lines.append(line.text)
            piece = line.next
        }
        return (lines.map(message), nil)
    }

    /// The bytes of a relayed line besides prefix, command, target and text: the space after
    /// the command, ` :` before the text and CR LF.
    private static let separatorBytes = 5

    /// The text without \u{1}, which starts and ends a CTCP message (`\u{1}ACTION waves\u{1}`) and is never part of a reply.
    private static func withoutCTCPMarks(_ text: String) -> String {
        let mark: Unicode.Scalar = "\u{1}"
        guard text.unicodeScalars.contains(mark) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != mark }))
    }

    /// The room a line needs for one piece of text: the longest UTF-8 sequence.
    private static let minimumBudget = 4

    /// The last line when text is left over: what fits before the continuation, and the rest.
    ///
    /// When the continuation leaves no room, the line is the continuation alone, cut to fit.
    private func markedLine(
        of text: inout WrappableText, from piece: Int, budget: Int, markedBudget: Int
    ) -> (line: String, rest: String?) {
        guard markedBudget >= Self.minimumBudget, let line = text.line(from: piece, budget: markedBudget) else {
            var marker = WrappableText(continuation, maxPieceBytes: budget)
            return (marker.line(from: 0, budget: budget)?.text ?? "", text.rest(from: piece))
        }
        return (continuation.isEmpty ? line.text : line.text + " " + continuation, text.rest(from: line.next))
    }
}

/// Cuts a long reply into `PRIVMSG` or `NOTICE` messages that each fit in one IRC line.
///
/// A line may hold 512 bytes with its CR LF, and when the server relays the bot's message it
/// puts `:nick!user@host ` in front, so each piece of text gets what is left after that
/// prefix, the command, the target and ` :`. Lines break at white space where they can, and
/// otherwise between grapheme clusters, so no UTF-8 sequence, emoji or accented letter is
/// cut. Every line break in the text (CR, LF, CR LF) starts a new message, NUL is dropped,
/// and blank lines are left out.
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
    /// and prefix leave fewer than 4 bytes for text, no message is made and all text is `rest`.
    ///
    /// - Parameters:
    ///   - command: `PRIVMSG` or `NOTICE`.
    ///   - target: The channel or nick to send to.
    ///   - text: The reply; it may hold line breaks and anything a person wrote.
    ///   - prefixLength: The relay prefix's length, from ``prefixLength(nick:userHost:)``.
    /// - Returns: The messages to send now, and the text to send later or `nil` if none.
    public func lines(command: String, target: String, text: String, prefixLength: Int) -> (lines: [IRCMessage], rest: String?) {
        let command = IRCText.sanitized(command)
        let target = IRCText.sanitized(target)
        let budget = Self.lineLimit - 2 - prefixLength - command.utf8.count - 1 - target.utf8.count - 2
        let markedBudget = continuation.isEmpty ? budget : budget - 1 - continuation.utf8.count
        let minimumBudget = 4
        guard budget >= minimumBudget else {
            return ([], WrappableText(text, maxPieceBytes: minimumBudget).rest(from: 0))
        }
        let text = WrappableText(text, maxPieceBytes: markedBudget >= minimumBudget ? markedBudget : budget)
        func message(_ line: String) -> IRCMessage {
            IRCMessage(command: command, params: [target, line])
        }

        var messages: [IRCMessage] = []
        var piece = 0
        while let line = text.line(from: piece, budget: budget) {
            if messages.count == maxLines - 1, text.hasWords(from: line.next) {
                guard markedBudget >= minimumBudget, let marked = text.line(from: piece, budget: markedBudget) else {
                    let marker = WrappableText(continuation, maxPieceBytes: budget).line(from: 0, budget: budget)
                    return (messages + [message(marker?.text ?? "")], text.rest(from: piece))
                }
                let ending = continuation.isEmpty ? "" : " " + continuation
                return (messages + [message(marked.text + ending)], text.rest(from: marked.next))
            }
            messages.append(message(line.text))
            piece = line.next
        }
        return (messages, nil)
    }
}

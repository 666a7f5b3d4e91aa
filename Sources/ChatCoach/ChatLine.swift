/// One line said in chat, as an adapter (IRC, the line protocol) understood it.
public struct ChatLine: Sendable, Equatable {
    /// The network or bridge the line came over, part of who the speaker is.
    public var network: String
    /// The speaker's nick.
    public var speaker: String
    /// The speaker's account, where the server says it (IRCv3 account-tag): a steadier name than the nick.
    public var account: String?
    /// The channel it was said in; nil for a private message to the coach.
    public var channel: String?
    public var text: String
    /// The nick the coach has where the line was said, when the server gave it another than its own
    /// (IRC: "okrcoach_" while "okrcoach" is taken): a channel line is for the coach when it is
    /// addressed to that nick, not to the one someone else has now.
    public var nick: String?

    public init(
        network: String, speaker: String, account: String? = nil, channel: String? = nil, text: String,
        nick: String? = nil
    ) {
        self.network = network
        self.speaker = speaker
        self.account = account
        self.channel = channel
        self.text = text
        self.nick = nick
    }
}

/// One line the coach says back: to a person privately, or to a channel.
public struct ChatReply: Sendable, Equatable {
    public var target: String
    public var text: String
    /// The end of the last line sent when the reply is too long, in the speaker's language
    /// ("… (mer)"); the adapter's own when nil.
    public var more: String?

    public init(target: String, text: String, more: String? = nil) {
        self.target = target
        self.text = text
        self.more = more
    }
}

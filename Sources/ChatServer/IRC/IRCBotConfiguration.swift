import OKRCore

/// How the IRC bot connects and behaves; the defaults suit most servers.
public struct IRCBotConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var nick: String
    public var channels: [String]
    /// Whether to speak TLS; the server's certificate is checked against the system's trust
    /// roots, or against `caFile` when one is given.
    public var tls = false
    public var caFile: String?
    /// The SASL PLAIN password (from a file or the environment, never from the command line).
    public var password: String?
    /// The account SASL logs in as; the nick when nil.
    public var account: String?
    /// Outbound flood control: this many lines at once, then one every `floodInterval` seconds.
    public var floodBurst: Int = 4
    public var floodInterval: Double = 1
    /// Silence after which the bot sends its own PING, and after which it gives the connection up.
    public var pingAfter: Double = 90
    public var giveUpAfter: Double = 180
    /// Reconnecting waits from `retryMinimum` seconds, doubling up to `retryMaximum`, with jitter.
    public var retryMinimum: Double = 1
    public var retryMaximum: Double = 15
    /// The most reply lines that wait for one person or channel; more are left out.
    public var queueLimit: Int = 200
    /// What the bot says as it leaves (SIGTERM, SIGINT), in the bot's language (the locale's `irc_quit`).
    public var quitMessage = ""
    /// The text of its answer to a CTCP VERSION after the word VERSION, in the bot's language (the
    /// locale's `irc_version`); the version alone when none is given.
    public var versionReply = "okrcoach \(OKRCoachVersion.current)"
    /// While another has the bot's nick, it asks for it back after `nickRetryMinimum` seconds, doubling up
    /// to `nickRetryMaximum`; at once when it sees the other leave or change nick.
    public var nickRetryMinimum: Double = 15
    public var nickRetryMaximum: Double = 300
    /// Seconds between looks for check-in reminders that are due in the bot's channels.
    public var reminderInterval: Double = 1

    public init(host: String, port: Int, nick: String, channels: [String] = []) {
        self.host = host
        self.port = port
        self.nick = nick
        self.channels = channels
    }
}

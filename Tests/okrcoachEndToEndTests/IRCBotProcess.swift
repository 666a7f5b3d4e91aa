import Testing

/// `okrcoach irc` against a local test server, as the IRC end-to-end tests start it: in #growth,
/// with flood control and the inbound limit loose enough for a scripted conversation, and `extra`
/// options after those; returns once the bot has registered.
func startBot(
    port: Int, database: String, nick: String = "okrcoach", relay: String? = nil, clock: [String] = []
) throws -> RunningProgram {
    let bot = try RunningProgram(
        [
            "irc", "--server", "127.0.0.1:\(port)", "--nick", nick, "--channel", "#growth", "--db", database,
            "--flood-burst", "30", "--flood-interval", "0.05", "--inbound-burst", "50",
        ] + (relay.map { ["--relay", $0] } ?? []) + clock)
    #expect(bot.waitFor("registered as"), "\(bot.printed)")
    return bot
}

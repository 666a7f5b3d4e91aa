import Testing

/// `okrcoach irc` against a local test server, as the IRC end-to-end tests start it: in #growth,
/// with flood control and the inbound limit loose enough for a scripted conversation, on the clock
/// file `clockFile` names (`OKRCOACH_CLOCK_FILE`) if any; returns once the bot has registered.
func startBot(
    port: Int, database: String, nick: String = "okrcoach", relay: String? = nil, clockFile: String? = nil
) throws -> RunningProgram {
    let bot = try RunningProgram(
        [
            "irc", "--server", "127.0.0.1:\(port)", "--nick", nick, "--channel", "#growth", "--db", database,
            "--flood-burst", "30", "--flood-interval", "0.05", "--inbound-burst", "50",
        ] + (relay.map { ["--relay", $0] } ?? []), environment: clockFile.map { ["OKRCOACH_CLOCK_FILE": $0] } ?? [:])
    #expect(bot.waitFor("registered as"), "\(bot.printed)")
    return bot
}

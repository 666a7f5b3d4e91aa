import ArgumentParser
import ChatCoach
import CoachEngine

/// The options `okrcoach irc` and `okrcoach serve` share: who the coach is in chat,
/// whom relay bots speak for, how fast one person may write, and where sets are kept.
struct ChatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The coach's nick, which people address it by.", valueName: "nick"))
    var nick = "okrcoach"

    @Option(
        name: .customLong("relay"),
        help: ArgumentHelp(
            "The nick of a relay bot whose lines read '[bridge] <nick> text' (repeatable); the people it speaks for are known as bridge/nick.",
            valueName: "nick"))
    var relays: [String] = []

    @Option(
        help: ArgumentHelp(
            "Lines one person may send at once before the coach waits (serve --stdio has no limit).", valueName: "n"))
    var inboundBurst = 5

    @Option(help: ArgumentHelp("Seconds between one person's lines once the burst is used.", valueName: "seconds"))
    var inboundInterval = 1.0

    @OptionGroup var database: DatabaseOption

    func checkOptions() throws(CommandFailure) {
        try OptionRange.check(inboundBurst, "--inbound-burst")
        try OptionRange.check(inboundInterval, "--inbound-interval")
    }

    /// The chat coach these options describe; `fold` compares nicks and channels as the server does.
    /// `limited: false` answers every line however fast it comes (see `ServeCommand`).
    func chatCoach(
        _ coach: Coach, limited: Bool = true, fold: @escaping @Sendable (String) -> String = { $0.lowercased() }
    ) -> ChatCoach {
        ChatCoach(
            coach: coach, nick: nick, relayBots: relays,
            limit: limited ? InboundLimit(burst: inboundBurst, interval: inboundInterval) : .unlimited, fold: fold)
    }
}

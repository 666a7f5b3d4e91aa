import ArgumentParser
import ChatCoach
import ChatServer
import CoachEngine
import CoachStore
import Foundation
import IRCProtocol
import Logging
import OKRCore

/// `okrcoach irc`: the coach as a bot on an IRC server, and through IRC bridges in other chats.
struct IRCCommand: AsyncParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "irc",
        abstract: "Run the coach as a bot on an IRC server.",
        discussion: """
            People draft with the bot in private messages; in a channel it answers when addressed \
            ('okrcoach: show') and shows or checks the set the team shares. The SASL password is read \
            from --password-file or the OKRCOACH_IRC_PASSWORD environment variable, never from the \
            command line. Sessions are kept in the database, so a restart loses nothing.
            """
    )

    @Option(help: ArgumentHelp("The IRC server.", valueName: "host:port"))
    var server: String

    @Option(name: .customLong("channel"), help: ArgumentHelp("A channel to join (repeatable).", valueName: "#channel"))
    var channels: [String] = []

    @Flag(help: "Connect with TLS, checking the server's certificate against the system's trust roots.")
    var tls = false

    @Option(
        help: ArgumentHelp(
            "Check the server's TLS certificate against this CA file instead (implies --tls).", valueName: "file"))
    var caFile: String?

    @Option(help: ArgumentHelp("A file holding the SASL PLAIN password.", valueName: "file"))
    var passwordFile: String?

    @Option(help: ArgumentHelp("The account to log in as with SASL; the nick when absent.", valueName: "name"))
    var account: String?

    @Option(help: ArgumentHelp("Lines the bot may send at once before flood control paces it.", valueName: "n"))
    var floodBurst = 4

    @Option(help: ArgumentHelp("Seconds between paced lines.", valueName: "seconds"))
    var floodInterval = 1.0

    @Option(
        help: ArgumentHelp("Seconds of silence from the server after which the bot sends a PING.", valueName: "seconds")
    )
    var pingAfter = 90.0

    @Option(
        help: ArgumentHelp(
            "Seconds of silence after which the bot drops the connection and reconnects.", valueName: "seconds"))
    var giveUpAfter = 180.0

    @Option(help: ArgumentHelp("The longest wait in seconds between attempts to reconnect.", valueName: "seconds"))
    var reconnectMax = 15.0

    @OptionGroup var chat: ChatOptions
    @OptionGroup var data: DataOptions

    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        try chat.checkOptions()
        guard ServeCommand.address(server) != nil else {
            throw CommandFailure(.hostPort, ["option": "--server", "text": server, "example": "irc.example.org:6667"])
        }
        try OptionRange.check(floodBurst, "--flood-burst")
        try OptionRange.check(floodInterval, "--flood-interval")
        try OptionRange.check(pingAfter, "--ping-after")
        try OptionRange.check(giveUpAfter, "--give-up-after")
        try OptionRange.check(reconnectMax, "--reconnect-max")
        guard giveUpAfter > pingAfter else { throw CommandFailure(option: "--give-up-after", .giveUpAfterPing) }
    }

    func run() async throws {
        let (loaded, clock) = try data.coachAndClock()
        var coach = loaded
        let password = try readPassword()
        let store = try chat.database.saved.store()
        // The organisation saved last: its objectives are offered to the teams, and !tree shows them.
        coach.organisation = try store.organisations().first
        guard let address = ServeCommand.address(server) else { throw ExitCode(2) }
        var settings = IRCBotConfiguration(host: address.host, port: address.port, nick: chat.nick, channels: channels)
        settings.tls = tls || caFile != nil
        settings.caFile = caFile
        settings.password = password
        settings.account = account
        settings.floodBurst = floodBurst
        settings.floodInterval = floodInterval
        settings.pingAfter = pingAfter
        settings.giveUpAfter = giveUpAfter
        settings.retryMaximum = reconnectMax
        settings.retryMinimum = min(settings.retryMinimum, reconnectMax)
        // The bot's own words to the server are in the language of its locale settings (LANG).
        let messages = MessageLanguage(lang: nil, languages: try data.languages())
        settings.quitMessage = messages.text(.ircQuit)
        settings.versionReply = messages.text(.ircVersion, ["version": OKRCoachVersion.current])
        let chatCoach = chat.chatCoach(coach) { IRCCaseMapping.default.folded($0) }
        let desk = ChatDesk(
            chat: chatCoach, store: store, network: address.host, clock: clock)
        let bot = IRCBot(
            configuration: settings, desk: desk, logger: Logger(label: "okrcoach") { _ in TerminalLogHandler() })
        let running = Task { await bot.run() }
        // SIGTERM and SIGINT stop the bot, which says QUIT to the server before it leaves.
        let stops = StopSignals { running.cancel() }
        await running.value
        stops.cancel()
    }

    private func readPassword() throws(CommandFailure) -> String? {
        if let passwordFile {
            do {
                let text = try String(contentsOfFile: passwordFile, encoding: .utf8)
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            } catch {
                throw CommandFailure(.passwordFile, ["path": passwordFile, "reason": CommandFailure.reason(error)])
            }
        }
        return ProcessInfo.processInfo.environment["OKRCOACH_IRC_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

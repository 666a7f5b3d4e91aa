import ArgumentParser
import ChatCoach
import ChatServer
import CoachEngine
import CoachStore
import Foundation

/// `okrcoach serve`: the chat coach over a plain line protocol, for bridge scripts and tests,
/// on standard input and output or on a TCP port for many connections.
///
/// Lines are IRC-framed and the source names the person, so one stream carries
/// many people: `:alice PRIVMSG okrcoach :hello` in, `PRIVMSG alice :…` out.
struct ServeCommand: AsyncParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Talk to many people at once over an IRC-framed line protocol.",
        discussion: """
            Each input line is a PRIVMSG whose source is the person, to the coach's nick or to a \
            channel (where the coach answers when addressed): ':alice PRIVMSG okrcoach :hello'. \
            Each reply is a PRIVMSG to the person or the channel: 'PRIVMSG alice :…'. An IRCv3 \
            'account' tag names the person more steadily than the nick. Other lines are ignored. \
            A message longer than 16 KiB, or with a NUL or a carriage return inside, is not read: \
            its sender is asked to send it again. With --stdio every line is answered in order, with no \
            inbound limit; a --listen connection that shuts down its sending side gets every reply before \
            it is closed.
            """
    )

    @Flag(help: "Read lines from standard input and write replies to standard output.")
    var stdio = false

    @Option(help: ArgumentHelp("Listen for connections on this address, e.g. 127.0.0.1:6680.", valueName: "host:port"))
    var listen: String?

    @Option(
        help: ArgumentHelp("A name for where the lines come from; part of each person's identity.", valueName: "name"))
    var network = "line"

    @OptionGroup var chat: ChatOptions
    @OptionGroup var data: DataOptions

    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        try chat.checkOptions()
        guard stdio != (listen != nil) else { throw CommandFailure(.serveWhere) }
        if let listen, Self.address(listen) == nil {
            throw CommandFailure(.hostPort, ["option": "--listen", "text": listen, "example": "127.0.0.1:6680"])
        }
    }

    /// "127.0.0.1:6680" → host and port; "[::1]:6680" too.
    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        let host = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : (host, port)
    }

    func run() async throws {
        let (loaded, clock) = try data.coachAndClock()
        var coach = loaded
        let store = try chat.database.saved.store()
        // The organisation saved last: its objectives are offered to the teams, and !tree shows them.
        coach.organisation = try store.organisations().first
        // Standard input is one trusted client, a script, whose every line must be answered in
        // order: the inbound limit is there so that one person on a shared port cannot slow the
        // rest, and a script that floods only waits on itself (each line is answered before the
        // next is read). So stdio runs with no inbound limit rather than delaying lines, which
        // would make a 10,000-line script take hours; --listen keeps the limit.
        let desk = ChatDesk(
            chat: chat.chatCoach(coach, limited: listen != nil), store: store, network: network, clock: clock)
        if let listen, let address = Self.address(listen) {
            let listener = LineListener(desk: desk, host: address.host, port: address.port)
            let listening = Task {
                try await listener.run { port in
                    // A line scripts and okrcoach-load read, the same in every language.
                    Terminal.printError("okrcoach: listening on \(address.host):\(port)")
                }
            }
            // SIGTERM and SIGINT stop it taking lines; the replies to those it took are sent before it leaves.
            let stops = StopSignals { listening.cancel() }
            defer { stops.cancel() }
            try await listening.value
            return
        }
        for line in StandardInputLines(maximumLength: LineListener.maximumLineLength) {
            for reply in await desk.answer(line) {
                print(reply)
            }
            fflush(nil)
        }
    }
}

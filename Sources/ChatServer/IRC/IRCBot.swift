import Foundation
import IRCProtocol
import NIOCore
import NIOPosix
import NIOSSL

/// The coach as an IRC bot: connects, registers, joins its channels and answers through the desk;
/// reconnects with backoff when the connection is lost, and rejoins.
public final class IRCBot: Sendable {
    private let configuration: IRCBotConfiguration
    private let desk: ChatDesk
    private let log: @Sendable (String) -> Void

    /// - Parameters:
    ///   - configuration: the server, nick, channels and limits.
    ///   - desk: where lines are answered; its sessions outlive connections.
    ///   - log: where the bot says what it does (connects, nick in use, reconnects).
    public init(configuration: IRCBotConfiguration, desk: ChatDesk, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.desk = desk
        self.log = log
    }

    /// Runs until cancelled: connect, talk, and after any loss wait and connect again.
    public func run() async {
        var backoff = Backoff(minimum: configuration.retryMinimum, maximum: configuration.retryMaximum)
        while !Task.isCancelled {
            do {
                let registered = try await connectAndServe()
                if registered { backoff.reset() }
                log("connection to \(configuration.host):\(configuration.port) closed")
            } catch {
                log("connection to \(configuration.host):\(configuration.port) failed: \(error)")
            }
            let wait = backoff.next()
            log(String(format: "reconnecting in %.1f s", wait))
            try? await Task.sleep(for: .seconds(wait))
        }
    }

    /// The TLS client settings: the system's trust roots, or the given CA file.
    private func tlsContext() throws -> NIOSSLContext {
        var settings = TLSConfiguration.makeClientConfiguration()
        if let caFile = configuration.caFile {
            settings.trustRoots = .file(caFile)
        }
        return try NIOSSLContext(configuration: settings)
    }

    /// One connection, from connecting to closing; true when it got as far as registering.
    private func connectAndServe() async throws -> Bool {
        let tls = try configuration.tls ? tlsContext() : nil
        let host = configuration.host
        let channel = try await ClientBootstrap(group: .singletonMultiThreadedEventLoopGroup)
            .connect(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        // An IP address is checked against the certificate's IP names, a host name by SNI.
                        let name = host.contains(where: \.isLetter) ? host : nil
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: name))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineFrameDecoder(maximumLength: LineListener.maximumLineLength)))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(LineFrameEncoder()))
                    return try NIOAsyncChannel<String, String>(wrappingChannelSynchronously: channel)
                }
            }
        log("connected to \(configuration.host):\(configuration.port)")
        return try await channel.executeThenClose { lines, outbound in
            let connection = IRCConnection(configuration: configuration, desk: desk, outbound: outbound, log: log)
            return try await connection.serve(lines)
        }
    }
}

/// One IRC connection's conversation with the server.
private actor IRCConnection {
    private let configuration: IRCBotConfiguration
    private let desk: ChatDesk
    private let outbound: NIOAsyncChannelOutboundWriter<String>
    private let log: @Sendable (String) -> Void
    private let flood: FloodControl
    private var nick: String
    /// How the server compares nicks and channels (ISUPPORT CASEMAPPING); rfc1459 until it says.
    private var caseMapping = IRCCaseMapping.default
    private var registered = false
    private var offeredCapabilities: Set<String> = []
    private var lastHeard = ContinuousClock.now
    private var pinged = false
    /// The channels the bot is in now (folded), where it may post reminders.
    private var joined: Set<String> = []

    init(
        configuration: IRCBotConfiguration, desk: ChatDesk, outbound: NIOAsyncChannelOutboundWriter<String>,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.configuration = configuration
        self.desk = desk
        self.outbound = outbound
        self.log = log
        flood = FloodControl(burst: configuration.floodBurst, interval: configuration.floodInterval)
        nick = configuration.nick
    }

    /// Registers, then answers every line until the server or the watchdog closes the connection.
    func serve(_ lines: NIOAsyncChannelInboundStream<String>) async throws -> Bool {
        try await sendNow("CAP LS 302")
        try await sendNow("NICK \(nick)")
        try await sendNow("USER \(configuration.nick) 0 * :okrcoach, an OKR coach")
        // Reading, watching and reminding run side by side; whichever ends first ends the connection.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.read(lines) }
            group.addTask { try await self.watch() }
            group.addTask { try await self.remind() }
            defer { group.cancelAll() }
            try await group.next()
        }
        return registered
    }

    private func read(_ lines: NIOAsyncChannelInboundStream<String>) async throws {
        for try await line in lines {
            lastHeard = .now
            pinged = false
            guard let message = try? IRCMessage.parse(line) else { continue }
            try await handle(message, line: line)
        }
    }

    /// The server said nothing for too long, not even to a PING.
    struct Silent: Error, CustomStringConvertible {
        let seconds: Double
        var description: String { "no word from the server for \(Int(seconds)) s" }
    }

    /// The watchdog: a PING after a silence, and giving the connection up after a longer one.
    private func watch() async throws {
        while true {
            try await Task.sleep(for: .seconds(max(0.2, configuration.pingAfter / 4)))
            let silence = ContinuousClock.now - lastHeard
            if silence > .seconds(configuration.giveUpAfter) {
                throw Silent(seconds: configuration.giveUpAfter)
            }
            if silence > .seconds(configuration.pingAfter), !pinged {
                pinged = true
                try await sendNow("PING :okrcoach")
            }
        }
    }

    /// Looks for due check-in reminders every so often.
    private func remind() async throws {
        while true {
            try await Task.sleep(for: .seconds(configuration.reminderInterval))
            try await postReminders()
        }
    }

    /// Posts the check-in reminders that are due in the channels the bot is in.
    private func postReminders() async throws {
        let channels = configuration.channels.filter { joined.contains(caseMapping.folded($0)) }
        guard !channels.isEmpty else { return }
        let lines: [String]
        do {
            lines = try await desk.reminders(in: channels)
        } catch {
            log("cannot look for reminders: \(error)")
            return
        }
        for line in lines { try await send(line) }
    }

    private func handle(_ message: IRCMessage, line: String) async throws {
        switch message.command.uppercased() {
        case "PING":
            try await sendNow(IRCMessage(command: "PONG", params: message.params.isEmpty ? ["okrcoach"] : message.params).serialized)
        case "CAP":
            try await negotiate(message)
        case "AUTHENTICATE" where message.params.first == "+":
            try await sendNow("AUTHENTICATE \(saslPlain())")
        case "903", "904", "905", "906", "907":
            if message.command != "903" { log("SASL login failed (\(message.command)); going on without it") }
            try await sendNow("CAP END")
        case "001":
            registered = true
            nick = message.params.first ?? nick
            await desk.setPrefixLength(ReplySplitter.prefixLength(nick: nick))
            log("registered as \(nick)")
            for channel in configuration.channels { try await sendNow("JOIN \(channel)") }
        case "005":
            for token in message.params.dropFirst() where token.hasPrefix("CASEMAPPING=") {
                caseMapping = IRCCaseMapping(rawValue: String(token.dropFirst("CASEMAPPING=".count))) ?? caseMapping
            }
        case "433" where !registered:
            nick += "_"
            log("nick in use; trying \(nick)")
            try await sendNow("NICK \(nick)")
        case "PRIVMSG":
            try await privateMessage(message, line: line)
        case "JOIN" where message.source.map({ caseMapping.equal($0.nick, nick) }) == true:
            if let channel = message.params.first { joined.insert(caseMapping.folded(channel)) }
            // Back in a channel, say at once what came due while the bot was away.
            try await postReminders()
        case "PART" where message.source.map({ caseMapping.equal($0.nick, nick) }) == true:
            if let channel = message.params.first { joined.remove(caseMapping.folded(channel)) }
        case "KICK" where message.params.count >= 2 && caseMapping.equal(message.params[1], nick):
            joined.remove(caseMapping.folded(message.params[0]))
        default:
            break
        }
    }

    /// CAP LS → REQ of message-tags, account-tag (and sasl with a password) → ACK → CAP END.
    private func negotiate(_ message: IRCMessage) async throws {
        guard message.params.count >= 3 else { return }
        let subcommand = message.params[1].uppercased()
        let list = Set((message.params.last ?? "").split(separator: " ").map { String($0.split(separator: "=")[0]) })
        switch subcommand {
        case "LS":
            offeredCapabilities.formUnion(list)
            // "CAP * LS * :…" means more lines follow.
            guard message.params.count == 3 || message.params[2] != "*" else { return }
            var wanted = ["message-tags", "account-tag"].filter(offeredCapabilities.contains)
            if configuration.password != nil, offeredCapabilities.contains("sasl") { wanted.append("sasl") }
            try await sendNow(wanted.isEmpty ? "CAP END" : "CAP REQ :\(wanted.joined(separator: " "))")
        case "ACK":
            if list.contains("sasl") {
                try await sendNow("AUTHENTICATE PLAIN")
            } else {
                try await sendNow("CAP END")
            }
        case "NAK":
            try await sendNow("CAP END")
        default:
            break
        }
    }

    private func saslPlain() -> String {
        let account = configuration.account ?? configuration.nick
        let credentials = "\(account)\u{0}\(account)\u{0}\(configuration.password ?? "")"
        return Data(credentials.utf8).base64EncodedString()
    }

    /// A PRIVMSG: CTCP is answered by NOTICE, the bot's own echo ignored, the rest answered by the desk.
    private func privateMessage(_ message: IRCMessage, line: String) async throws {
        guard let source = message.source, message.params.count >= 2,
            !caseMapping.equal(source.nick, nick)
        else { return }
        let text = message.params[1]
        if text.hasPrefix("\u{1}") {
            let ctcp = text.trimmingCharacters(in: CharacterSet(charactersIn: "\u{1}"))
            let word = ctcp.split(separator: " ").first.map { $0.uppercased() } ?? ""
            let answer: String? =
                switch word {
                case "VERSION": "VERSION okrcoach 0.1, a rule-based OKR coach"
                case "PING": ctcp
                default: nil
                }
            if let answer {
                try await send(IRCMessage(command: "NOTICE", params: [source.nick, "\u{1}\(IRCText.sanitized(answer))\u{1}"]).serialized)
            }
            return
        }
        let recipient = message.params[0]
        let toMe = caseMapping.equal(recipient, nick)
        // The desk knows the coach by its configured nick: a private message goes to that nick, and in a
        // channel "okrcoach_: …" (the nick the bot has while the other is taken) is read as "okrcoach: …".
        var forDesk = message
        if toMe {
            forDesk.params[0] = configuration.nick
        } else if nick != configuration.nick, let rest = addressed(text) {
            forDesk.params[1] = (text.hasPrefix("@") ? "@" : "") + configuration.nick + rest
        }
        for reply in await desk.answer(forDesk.serialized) {
            try await send(reply)
        }
    }

    /// The text after the bot's own nick at the start of a channel line ("okrcoach_: show" → ": show").
    private func addressed(_ text: String) -> String? {
        let start = text.hasPrefix("@") ? text.dropFirst() : text[...]
        guard start.count > nick.count, caseMapping.equal(String(start.prefix(nick.count)), nick) else { return nil }
        let rest = start.dropFirst(nick.count)
        guard let mark = rest.first, mark == ":" || mark == "," || mark == " " else { return nil }
        return String(rest)
    }

    /// Sends a reply line through flood control.
    private func send(_ line: String) async throws {
        try await flood.take()
        try await outbound.write(line)
    }

    /// Sends a protocol line at once (registration, PONG): the server needs these in time.
    private func sendNow(_ line: String) async throws {
        try await outbound.write(line)
    }
}

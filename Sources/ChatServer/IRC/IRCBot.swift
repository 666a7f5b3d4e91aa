import ChatCoach
import Foundation
import IRCProtocol
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import OKRCore

/// The coach as an IRC bot: connects, registers, joins its channels and answers through the desk;
/// reconnects with backoff when the connection is lost, and rejoins.
public final class IRCBot: Sendable {
    private let configuration: IRCBotConfiguration
    private let desk: ChatDesk
    private let log: Logger

    /// - Parameters:
    ///   - configuration: the server, nick, channels and limits.
    ///   - desk: where lines are answered; its sessions outlive connections.
    ///   - logger: where the bot says what it does (connects, nick in use, reconnects), at its level.
    public init(configuration: IRCBotConfiguration, desk: ChatDesk, logger: Logger) {
        self.configuration = configuration
        self.desk = desk
        log = logger
    }

    /// Runs until cancelled: connect, talk, and after any loss wait and connect again.
    /// Cancelling it (SIGTERM, SIGINT) says QUIT to the server before the connection closes.
    public func run() async {
        var backoff = Backoff(minimum: configuration.retryMinimum, maximum: configuration.retryMaximum)
        while !Task.isCancelled {
            do {
                let registered = try await connectAndServe()
                if registered { backoff.reset() }
                log.notice("connection to \(configuration.host):\(configuration.port) closed")
            } catch {
                log.warning("connection to \(configuration.host):\(configuration.port) failed: \(error)")
            }
            guard !Task.isCancelled else { return }
            let wait = backoff.next()
            log.info("\(String(format: "reconnecting in %.1f s", wait))")
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
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: tls, serverHostname: name))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineFrameDecoder(maximumLength: LineListener.maximumLineLength)))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(LineFrameEncoder()))
                    return try NIOAsyncChannel<String, String>(wrappingChannelSynchronously: channel)
                }
            }
        log.info("connected to \(configuration.host):\(configuration.port)")
        let nioChannel = channel.channel
        return try await channel.executeThenClose { lines, outbound in
            let connection = IRCConnection(
                configuration: configuration, desk: desk, outbound: outbound, channel: nioChannel, log: log)
            return try await connection.serve(lines)
        }
    }
}

/// One IRC connection's conversation with the server.
///
/// Reading, writing, the watchdog and the reminders run side by side: the reader answers each
/// line and queues the replies, and only the writer waits, for flood control and the socket.
private actor IRCConnection {
    private let configuration: IRCBotConfiguration
    private let desk: ChatDesk
    private let outbound: NIOAsyncChannelOutboundWriter<String>
    private let channel: any Channel
    private let log: Logger
    private var queue: OutboundQueue
    /// Wakes the writer when a line is queued.
    private let wake: AsyncStream<Void>.Continuation
    private let wakes: AsyncStream<Void>
    private let started = ContinuousClock.now
    private var nick: String
    /// How the server compares nicks and channels (ISUPPORT CASEMAPPING); rfc1459 until it says.
    private var caseMapping = IRCCaseMapping.default
    private var registered = false
    private var offeredCapabilities: Set<String> = []
    /// When the server was last heard, in seconds since the connection began: what the watchdog goes by.
    private var lastRead = 0.0
    /// When the watchdog's PING was queued, if one is waiting for an answer.
    private var pingedAt: Double?
    /// The channels the bot is in now (folded), where it may post reminders.
    private var joined: Set<String> = []
    /// Why reminders could not be looked for last time, if they could not.
    private var reminderTrouble: String?
    /// Who is in the bot's channels, and who operates them: only they share, see or check in a channel's set.
    private var members = ChannelMembers(fold: IRCCaseMapping.default.folded)
    /// Channels (folded) whose NAMES list is being read: the first 353 line replaces what was known.
    private var namesUnderWay: Set<String> = []

    init(
        configuration: IRCBotConfiguration, desk: ChatDesk, outbound: NIOAsyncChannelOutboundWriter<String>,
        channel: any Channel, log: Logger
    ) {
        self.configuration = configuration
        self.desk = desk
        self.outbound = outbound
        self.channel = channel
        self.log = log
        queue = OutboundQueue(
            flood: TokenBucket(burst: Double(configuration.floodBurst), interval: configuration.floodInterval),
            limit: configuration.queueLimit)
        (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        nick = configuration.nick
    }

    /// Registers, then answers every line until the server or the watchdog closes the connection,
    /// or the task is cancelled, which says QUIT first.
    func serve(_ lines: NIOAsyncChannelInboundStream<String>) async throws -> Bool {
        sendNow("CAP LS 302")
        sendNow("NICK \(nick)")
        sendNow("USER \(configuration.nick) 0 * :okrcoach, an OKR coach")
        // Whichever ends first ends the connection.
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await self.read(lines) }
                group.addTask { try await self.write() }
                group.addTask { try await self.watch() }
                group.addTask { try await self.remind() }
                group.addTask { try await self.reclaimNick() }
                defer { group.cancelAll() }
                try await group.next()
            }
        } catch  where Task.isCancelled {
            // Stopping: the QUIT below says goodbye.
        }
        if Task.isCancelled {
            // The async writer ends with the task, so the QUIT goes straight to the channel.
            try? await channel.writeAndFlush("QUIT :\(configuration.quitMessage)").get()
            log.info("said QUIT")
        }
        return registered
    }

    /// Seconds since the connection began.
    private var now: Double {
        (ContinuousClock.now - started).inSeconds
    }

    private func read(_ lines: NIOAsyncChannelInboundStream<String>) async throws {
        for try await line in lines {
            lastRead = now
            pingedAt = nil
            guard let message = try? IRCMessage.parse(line) else { continue }
            try await handle(message)
        }
    }

    /// Sends what is queued, a line at a time, as flood control allows; the only place that waits to write.
    private func write() async throws {
        var wakeups = wakes.makeAsyncIterator()
        while true {
            switch queue.next(at: now) {
            case .send(let line):
                try await outbound.write(line)
            case .wait(let seconds):
                // A short nap at most, so that a PONG or the watchdog's PING queued meanwhile goes at once.
                try await Task.sleep(for: .seconds(min(seconds, 0.1)))
            case .idle:
                guard await wakeups.next(isolation: self) != nil else { return }
            }
        }
    }

    /// The server said nothing for too long, not even to a PING.
    struct Silent: Error, CustomStringConvertible {
        let seconds: Double
        var description: String { "no word from the server for \(Int(seconds)) s" }
    }

    /// The watchdog: a PING after a silence, and giving the connection up after a longer one.
    ///
    /// It goes by what was last read from the server, never by what the bot is still sending: the
    /// PING goes ahead of every queued reply, so a server that is there answers it however busy the bot is.
    private func watch() async throws {
        while true {
            try await Task.sleep(for: .seconds(max(0.05, configuration.pingAfter / 4)))
            let silence = now - lastRead
            if let pingedAt, silence > configuration.giveUpAfter,
                now - pingedAt >= configuration.giveUpAfter - configuration.pingAfter
            {
                throw Silent(seconds: silence)
            }
            if silence > configuration.pingAfter, pingedAt == nil {
                pingedAt = now
                sendNow("PING :okrcoach")
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

    /// Asks for the configured nick back now and then while another has it, less often as time goes by.
    private func reclaimNick() async throws {
        var backoff = Backoff(minimum: configuration.nickRetryMinimum, maximum: configuration.nickRetryMaximum)
        while true {
            try await Task.sleep(for: .seconds(backoff.next()))
            if registered, !caseMapping.equal(nick, configuration.nick) { sendNow("NICK \(configuration.nick)") }
        }
    }

    /// Posts the check-in reminders that are due in the channels the bot is in.
    private func postReminders() async throws {
        let channels = configuration.channels.filter { joined.contains(caseMapping.folded($0)) }
        guard !channels.isEmpty else { return }
        let lines: [String]
        do {
            lines = try await desk.reminders(in: channels)
            reminderTrouble = nil
        } catch {
            // Looked for every second: the same trouble is logged once, not every time.
            let trouble = "\(error)"
            if trouble != reminderTrouble { log.error("cannot look for reminders: \(trouble)") }
            reminderTrouble = trouble
            return
        }
        send(lines)
    }

    private func handle(_ message: IRCMessage) async throws {
        track(message)
        switch message.command.uppercased() {
        case "PING":
            sendNow(
                IRCMessage(command: "PONG", params: message.params.isEmpty ? ["okrcoach"] : message.params).serialized)
        case "CAP":
            try await negotiate(message)
        case "AUTHENTICATE" where message.params.first == "+":
            sendNow("AUTHENTICATE \(saslPlain())")
        case "903", "904", "905", "906", "907":
            if message.command != "903" { log.warning("SASL login failed (\(message.command)); going on without it") }
            sendNow("CAP END")
        case "001":
            registered = true
            nick = message.params.first ?? nick
            await desk.setPrefixLength(ReplySplitter.prefixLength(nick: nick))
            log.info("registered as \(nick)")
            for channel in configuration.channels { sendNow("JOIN \(channel)") }
        case "005":
            for token in message.params.dropFirst() where token.hasPrefix("CASEMAPPING=") {
                caseMapping = IRCCaseMapping(rawValue: String(token.dropFirst("CASEMAPPING=".count))) ?? caseMapping
                members = ChannelMembers(fold: caseMapping.folded)
            }
        case "433" where !registered:
            nick += "_"
            log.notice("nick in use; trying \(nick)")
            sendNow("NICK \(nick)")
        case "PRIVMSG":
            try await privateMessage(message)
        case "NICK" where message.source.map({ caseMapping.equal($0.nick, nick) }) == true:
            // The server took the bot's own change of nick.
            guard let new = message.params.first, !new.isEmpty else { break }
            nick = new
            await desk.setPrefixLength(ReplySplitter.prefixLength(nick: nick))
            log.notice("now known as \(nick)")
        case "NICK", "QUIT":
            // Whoever had the bot's nick left it: take it back.
            if registered, let source = message.source, caseMapping.equal(source.nick, configuration.nick),
                !caseMapping.equal(nick, configuration.nick)
            {
                sendNow("NICK \(configuration.nick)")
            }
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
            var wanted = ["message-tags", "account-tag", "extended-join", "multi-prefix"].filter(
                offeredCapabilities.contains)
            if configuration.password != nil, offeredCapabilities.contains("sasl") { wanted.append("sasl") }
            sendNow(wanted.isEmpty ? "CAP END" : "CAP REQ :\(wanted.joined(separator: " "))")
        case "ACK":
            if list.contains("sasl") {
                sendNow("AUTHENTICATE PLAIN")
            } else {
                sendNow("CAP END")
            }
        case "NAK":
            sendNow("CAP END")
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
    private func privateMessage(_ message: IRCMessage) async throws {
        guard let source = message.source, message.params.count >= 2,
            !caseMapping.equal(source.nick, nick)
        else { return }
        let text = message.params[1]
        if text.hasPrefix("\u{1}") {
            let ctcp = text.trimmingCharacters(in: CharacterSet(charactersIn: "\u{1}"))
            let word = ctcp.split(separator: " ").first.map { $0.uppercased() } ?? ""
            let answer: String? =
                switch word {
                case "VERSION": "VERSION \(configuration.versionReply)"
                case "PING": ctcp
                default: nil
                }
            if let answer {
                // The one line the bot sends that begins with \u{1}: a CTCP reply it means.
                send([
                    IRCMessage(command: "NOTICE", params: [source.nick, "\u{1}\(IRCText.sanitized(answer))\u{1}"])
                        .serialized
                ])
            }
            return
        }
        // The desk reads the message as it came; in a channel, "okrcoach_: …" is for the bot while it
        // has that nick (its own being taken), and "okrcoach: …" is for whoever has "okrcoach".
        let current = caseMapping.equal(nick, configuration.nick) ? nil : nick
        send(await desk.answer(message, nick: current, members: members))
    }

    /// Keeps `members` as the server tells who comes, goes, changes nick and operates a channel.
    private func track(_ message: IRCMessage) {
        let params = message.params
        let who = message.source?.nick ?? ""
        let isMe = caseMapping.equal(who, nick)
        switch message.command.uppercased() {
        case "353" where params.count >= 4:
            let channel = caseMapping.folded(params[2])
            if namesUnderWay.insert(channel).inserted { members.clear(channel) }
            members.names(params[3].split(separator: " ").map(String.init), channel: channel)
        case "366" where params.count >= 2:
            namesUnderWay.remove(caseMapping.folded(params[1]))
        case "JOIN" where !params.isEmpty:
            // extended-join: "JOIN #growth account :Real Name"; account-tag: the account in the tags.
            let account = params.count >= 3 ? params[1] : message.tags.first { $0.key == "account" }?.value
            if isMe { members.clear(params[0]) } else { members.join(who, account: account, channel: params[0]) }
        case "PART" where !params.isEmpty:
            if isMe { members.clear(params[0]) } else { members.part(who, channel: params[0]) }
        case "KICK" where params.count >= 2:
            if caseMapping.equal(params[1], nick) {
                members.clear(params[0])
            } else {
                members.part(params[1], channel: params[0])
            }
        case "QUIT":
            members.quit(who)
        case "NICK" where !params.isEmpty:
            members.rename(who, to: params[0])
        case "MODE" where params.count >= 3:
            trackModes(params[1], arguments: Array(params.dropFirst(2)), channel: params[0])
        default:
            break
        }
    }

    /// "MODE #growth +o-v alice bob": who became or stopped being an operator (o; owner q and admin a too).
    private func trackModes(_ modes: String, arguments: [String], channel: String) {
        var adding = true
        var rest = arguments[...]
        for mode in modes {
            switch mode {
            case "+": adding = true
            case "-": adding = false
            case "o", "q", "a":
                if let nick = rest.popFirst() { members.setOperator(nick, adding, channel: channel) }
            case "v", "h", "b", "e", "I", "k":
                _ = rest.popFirst()
            case "l" where adding:
                _ = rest.popFirst()
            default:
                break
            }
        }
    }

    /// Queues reply lines, each behind the lines already waiting for its target.
    private func send(_ lines: [String]) {
        var byTarget: [(target: String, lines: [String])] = []
        for line in lines {
            let target = (try? IRCMessage.parse(line))?.params.first.map(caseMapping.folded) ?? ""
            if let index = byTarget.firstIndex(where: { $0.target == target }) {
                byTarget[index].lines.append(line)
            } else {
                byTarget.append((target, [line]))
            }
        }
        for (target, lines) in byTarget {
            let left = queue.enqueue(lines, to: target)
            if left > 0 { log.warning("\(queue.limit) lines already wait for \(target); \(left) more left out") }
        }
        wake.yield()
    }

    /// Queues a protocol line (registration, PONG, JOIN) ahead of every reply: the server needs these in time.
    private func sendNow(_ line: String) {
        queue.sendFirst(line)
        wake.yield()
    }
}

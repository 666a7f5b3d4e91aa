import ChatCoach
import CoachEngine
import Foundation
import IRCProtocol

/// Where every line of the line protocol is answered: different people in parallel, each
/// person's lines in order.
///
/// Lines go to lanes (`DeskLane`), threads as many as the cores: a person's lines to the lane
/// their key picks, and a line that touches a team's shared set to the lane that set's key picks,
/// so each team's set is changed in the order its lines came. A lane answers the lines that
/// arrived meanwhile as one batch, on sessions kept in memory (`DeskSessions`), stores the
/// batch's turns in one transaction, and only then hands their replies back: an answer is on
/// disk before its reply is sent. When another process (a second bot, the terminal coach) saved
/// one of a line's sessions meanwhile, its save is refused, and the line is answered again on
/// what is stored now, so nobody's answer is wiped. Someone who only greets the coach is kept in
/// memory (the most recent `greetedLimit`), not stored.
public final class ChatDesk: Sendable {
    /// The most conversations kept in memory that nothing was answered in yet.
    public static let greetedLimit = 10_000
    /// The most stored sessions kept in memory; the least recently used are let go.
    public static let sessionLimit = 50_000

    private let chat: ChatCoach
    private let network: String
    private let splitter: ReplySplitter
    private let clock: CoachClock
    private let work: DeskWork
    private let lanes: [DeskLane]
    private let state = Locked(DeskState())

    /// What the desk keeps between lines besides sessions.
    private struct DeskState {
        /// What did not fit on a page, by the person it was for and the place it goes to, until they say "more".
        var rest: [String: ChatReply] = [:]
        /// What the server puts before each line it relays for the coach (":nick!user@host "), counted in its 512 bytes.
        var prefixLength = 0
        /// Who has said a line in which channel: the line protocol's membership, which knows no JOIN or PART.
        var spoken = ChannelMembers()
    }

    /// - Parameters:
    ///   - chat: the chat coach.
    ///   - store: where sessions are kept.
    ///   - network: a name for where the lines come from, part of each person's identity.
    ///   - maxLines: the most lines one turn's answer is sent as, a page; the rest waits for "more".
    ///   - clock: the local time, for dating check-ins and sending reminders.
    ///   - lanes: how many people are answered at once; one per core by default.
    ///   - sessionLimit: the most stored sessions kept in memory.
    public init(
        chat: ChatCoach, store: any SessionStore, network: String, maxLines: Int = 8, clock: CoachClock = .system,
        lanes: Int = ProcessInfo.processInfo.activeProcessorCount, sessionLimit: Int = ChatDesk.sessionLimit
    ) {
        self.chat = chat
        self.network = network
        self.clock = clock
        splitter = ReplySplitter(maxLines: maxLines, continuation: "… (more)")
        let work = DeskWork(
            chat: chat, store: store, network: network, clock: clock,
            sessions: DeskSessions(limit: sessionLimit, greetedLimit: Self.greetedLimit), buckets: Locked([:]))
        self.work = work
        self.lanes = (0..<max(1, lanes)).map { DeskLane(work: work, name: "okrcoach desk \($0 + 1)") }
    }

    deinit {
        for lane in lanes { lane.close() }
    }

    /// Stops taking lines, and returns once every line taken is answered: stored, and its reply
    /// handed back. A line given after this gets no answer, and nothing of it is stored.
    public func finish() {
        for lane in lanes { lane.close() }
        for lane in lanes { lane.waitUntilEnded() }
    }

    /// Sets the length of the prefix a server adds to the coach's lines (IRC), so replies still fit.
    public func setPrefixLength(_ length: Int) async {
        state.withLock { $0.prefixLength = length }
    }

    /// How many stored sessions (and ids known to have none) are kept in memory now.
    public var sessionsKept: Int {
        work.sessions.count
    }

    /// The lines to send back for one received line; none for a line that is not for the coach.
    ///
    /// When the store cannot read the speaker's session or save the turn, the line is not taken,
    /// and the speaker is told so in their language: one person's trouble never stops the desk.
    /// A line longer than `LineListener.maximumLineLength`, or with a NUL or a carriage return
    /// inside, is not read either; its speaker is told so. The line protocol gives no membership:
    /// there a line said in a channel proves its speaker is in it from then on (and a line a relay
    /// bot says, the relay).
    public func answer(_ line: String) async -> [String] {
        await withCheckedContinuation { continuation in
            answer(line) { continuation.resume(returning: $0) }
        }
    }

    /// The same as `answer(_:)`, without a task: `reply` is called once with the lines to send back,
    /// on this thread when the line needs no turn, else on a lane's thread once its batch is stored.
    /// The line listener answers so, with one hand-over to a lane and one back per line.
    public func answer(_ line: String, reply: @escaping @Sendable ([String]) -> Void) {
        guard line.utf8.count <= LineListener.maximumLineLength else { return reply(refuse(.tooLong, line)) }
        guard let message = try? IRCMessage.parse(line) else { return reply(refuse(.controlCharacter, line)) }
        let said = chatLine(message)
        let members = state.withLock { state in
            if let said, let channel = said.channel {
                state.spoken.join(said.speaker, account: said.account, channel: channel)
            }
            return state.spoken
        }
        answer(message, members: members, reply: reply)
    }

    /// The lines to send back for one message an adapter (IRC) read, with who is in which channel now,
    /// as it tracks it: only they share, see or check in a channel's set. The message is read as it
    /// came, never written out and read again. They come once the line's turn is stored.
    ///
    /// - Parameters:
    ///   - message: the message as the adapter parsed it.
    ///   - nick: the nick the coach has now, when the server gave it another than its own: a channel
    ///     line addressed to it is for the coach, and one addressed to its own nick is for whoever has that.
    ///   - members: who is in which channel.
    public func answer(_ message: IRCMessage, nick: String? = nil, members: ChannelMembers) async -> [String] {
        await withCheckedContinuation { continuation in
            answer(message, nick: nick, members: members) { continuation.resume(returning: $0) }
        }
    }

    private func answer(
        _ message: IRCMessage, nick: String? = nil, members: ChannelMembers,
        reply: @escaping @Sendable ([String]) -> Void
    ) {
        guard var chatLine = chatLine(message) else { return reply([]) }
        chatLine.nick = nick
        guard let speech = chat.speech(in: chatLine) else { return reply([]) }
        if chat.asksForMore(speech),
            let waiting = state.withLock({ $0.rest.removeValue(forKey: pendingKey(speech.key, speech.replyTarget)) })
        {
            return reply(page([waiting], for: speech.key))
        }
        lane(for: speech).submit(
            DeskLine(speech: speech, members: members) { [self] answer in
                switch answer {
                case .turn(let turn):
                    reply(page(turn.replies, for: speech.key))
                case .trouble(let key, let session):
                    reply(page([trouble(key, to: speech, in: session)], for: nil))
                }
            })
    }

    /// The lane of a line: that of the team's set it touches, if any, else the speaker's.
    private func lane(for speech: ChatCoach.Speech) -> DeskLane {
        guard lanes.count > 1 else { return lanes[0] }
        let keys = chat.keys(for: speech, network: network)
        var known: [String: Session] = [:]
        for key in keys {
            if case .some(.some(let session)) = work.sessions.stored(key) { known[key] = session }
        }
        // Every key but the speaker's own (their session, their check-in) is a shared set's.
        let shared = (keys + chat.followingKeys(for: speech, loaded: known)).first { !$0.hasPrefix(speech.key) }
        return lanes[Int(UInt(bitPattern: (shared ?? speech.key).hashValue) % UInt(lanes.count))]
    }

    /// What the person is told when the store failed them: the line was not taken, and why.
    private func trouble(_ key: String, to speech: ChatCoach.Speech, in session: Session?) -> ChatReply {
        let texts = chat.coach.texts(for: session ?? chat.coach.newSession(id: speech.key))
        return ChatReply(target: speech.replyTarget, text: speech.replyPrefix + texts.message(key))
    }

    /// A PRIVMSG with a source as the coach reads it; nil for other lines.
    private func chatLine(_ message: IRCMessage) -> ChatLine? {
        guard message.command.uppercased() == "PRIVMSG", message.params.count >= 2, let source = message.source else {
            return nil
        }
        let target = message.params[0]
        let isChannel = target.hasPrefix("#") || target.hasPrefix("&")
        let account = message.tags.first { $0.key == "account" }?.value
        return ChatLine(
            network: network, speaker: source.nick, account: account, channel: isChannel ? target : nil,
            text: message.params[1])
    }

    /// The reply to a line that is not read, too long or with a NUL or a carriage return inside
    /// (which IRC framing refuses), when what arrived of it is a message to the coach; none for any
    /// other line.
    private func refuse(_ refusal: ChatCoach.Refusal, _ line: String) -> [String] {
        let controls: Set<Unicode.Scalar> = ["\u{0}", "\r"]
        var scalars = line.unicodeScalars[...]
        if scalars.last == "\r" { scalars = scalars.dropLast() }
        guard refusal == .tooLong || scalars.contains(where: controls.contains) else { return [] }
        let cleaned = String(String.UnicodeScalarView(scalars.map { controls.contains($0) ? " " : $0 }))
        guard let message = try? IRCMessage.parse(cleaned), let chatLine = chatLine(message),
            let speech = chat.speech(in: chatLine)
        else { return [] }
        let session = (try? work.stored(speech.key)) ?? work.sessions.greeting(speech.key)
        var bucket = [speech.key: work.buckets.withLock { $0[speech.key] }].compactMapValues { $0 }
        let turn = chat.refuse(refusal, speech, session: session, buckets: &bucket, now: clock.elapsed)
        work.buckets.withLock { $0[speech.key] = bucket[speech.key] }
        return page(turn.replies, for: nil)
    }

    /// The reminders due now in these channels, as lines to send; each is marked sent before it is handed back.
    /// A channel whose team cannot be read or saved is left for the next call; the others are reminded.
    ///
    /// - Throws: the store's error when a team could not be read or saved and no reminder is due elsewhere.
    public func reminders(in channels: [String]) async throws -> [String] {
        let time = clock.moment
        var lines: [String] = []
        var failure: (any Error)?
        for channel in channels {
            do {
                guard let team = try work.store.session(id: chat.teamKey(network: network, channel: channel)),
                    let due = chat.dueReminder(of: team, in: channel, at: time)
                else { continue }
                var reminded = due.team
                try work.store.save(&reminded)
                work.sessions.keepSaved([reminded])
                lines += page([due.reply], for: nil)
            } catch {
                failure = failure ?? error
            }
        }
        if let failure, lines.isEmpty { throw failure }
        return lines
    }

    /// The lines of one turn's replies: those to one place make one page, and what does not fit
    /// waits for the speaker's "more", so nobody gets more than a page per line they send.
    private func page(_ replies: [ChatReply], for speaker: String?) -> [String] {
        var pages: [ChatReply] = []
        for reply in replies {
            if let index = pages.firstIndex(where: { $0.target == reply.target }) {
                pages[index].text += "\n" + reply.text
            } else {
                pages.append(reply)
            }
        }
        let prefixLength = state.withLock { $0.prefixLength }
        var rest: [String: ChatReply?] = [:]
        let lines = pages.flatMap { reply in
            let splitter =
                reply.more.map { ReplySplitter(maxLines: self.splitter.maxLines, continuation: $0) } ?? self.splitter
            let split = splitter.lines(
                command: "PRIVMSG", target: reply.target, text: reply.text, prefixLength: prefixLength)
            if let speaker {
                var left = reply
                left.text = split.rest ?? ""
                rest[pendingKey(speaker, reply.target)] = .some(left.text.isEmpty ? nil : left)
            }
            return split.lines.map { $0.serialized(trailingColon: true) }
        }
        if !rest.isEmpty {
            state.withLock { state in
                for (key, left) in rest { state.rest[key] = left }
            }
        }
        return lines
    }

    private func pendingKey(_ speaker: String, _ target: String) -> String {
        speaker + " " + target
    }
}

import ChatCoach
import CoachEngine
import IRCProtocol

/// Where every line of the line protocol is answered, one after another.
///
/// Lines from every connection come here, so one person's lines are answered in
/// order and their session is never changed by two lines at once; a team's shared
/// set is read afresh for every line, so members checking it in at once build on
/// each other's answers. Each session is saved before its replies are handed back. When another
/// process (a second bot, the terminal coach) saved one of the line's sessions meanwhile, the
/// line is answered again on what is stored now, so nobody's answer is wiped. Someone who only
/// greets the coach is kept in memory (the most recent `greetedLimit`), not stored.
public actor ChatDesk {
    /// The most conversations kept in memory that nothing was answered in yet.
    public static let greetedLimit = 10_000
    /// How many times a line is answered again when its sessions were saved elsewhere meanwhile.
    static let staleRetries = 5

    private let chat: ChatCoach
    private let store: any SessionStore
    private let network: String
    private var buckets: [String: InboundLimit.Bucket] = [:]
    /// What did not fit on a page, by the person it was for and the place it goes to, until they say "more".
    private var rest: [String: ChatReply] = [:]
    private let splitter: ReplySplitter
    /// What the server puts before each line it relays for the coach (":nick!user@host "), counted in its 512 bytes.
    private var prefixLength = 0
    private let clock: CoachClock
    /// Conversations started with nothing answered yet, by key, and their keys oldest first.
    private var greeted: [String: Session] = [:]
    private var greetedOrder: [String] = []
    /// Who has said a line in which channel: the line protocol's membership, which knows no JOIN or PART.
    private var spoken = ChannelMembers()

    /// - Parameters:
    ///   - chat: the chat coach.
    ///   - store: where sessions are kept.
    ///   - network: a name for where the lines come from, part of each person's identity.
    ///   - maxLines: the most lines one turn's answer is sent as, a page; the rest waits for "more".
    ///   - clock: the local time, for dating check-ins and sending reminders.
    public init(
        chat: ChatCoach, store: any SessionStore, network: String, maxLines: Int = 8, clock: CoachClock = .system
    ) {
        self.chat = chat
        self.store = store
        self.network = network
        self.clock = clock
        splitter = ReplySplitter(maxLines: maxLines, continuation: "… (more)")
    }

    /// Sets the length of the prefix a server adds to the coach's lines (IRC), so replies still fit.
    public func setPrefixLength(_ length: Int) {
        prefixLength = length
    }

    /// The lines to send back for one received line; none for a line that is not for the coach.
    ///
    /// When the store cannot read the speaker's session or save the turn, the line is not taken,
    /// and the speaker is told so in their language: one person's trouble never stops the desk.
    /// A line longer than `LineListener.maximumLineLength`, or with a NUL or a carriage return
    /// inside, is not read either; its speaker is told so. The line protocol gives no membership:
    /// there a line said in a channel proves its speaker is in it from then on (and a line a relay
    /// bot says, the relay).
    public func answer(_ line: String) -> [String] {
        guard line.utf8.count <= LineListener.maximumLineLength else { return refuse(.tooLong, line) }
        guard let message = try? IRCMessage.parse(line) else { return refuse(.controlCharacter, line) }
        if let said = chatLine(message), let channel = said.channel {
            spoken.join(said.speaker, account: said.account, channel: channel)
        }
        return answer(message, members: spoken)
    }

    /// The lines to send back for one message an adapter (IRC) read, with who is in which channel now,
    /// as it tracks it: only they share, see or check in a channel's set. The message is read as it
    /// came, never written out and read again.
    ///
    /// - Parameters:
    ///   - message: the message as the adapter parsed it.
    ///   - nick: the nick the coach has now, when the server gave it another than its own: a channel
    ///     line addressed to it is for the coach, and one addressed to its own nick is for whoever has that.
    ///   - members: who is in which channel.
    public func answer(_ message: IRCMessage, nick: String? = nil, members: ChannelMembers) -> [String] {
        guard var chatLine = chatLine(message) else { return [] }
        chatLine.nick = nick
        guard let speech = chat.speech(in: chatLine) else { return [] }
        if chat.asksForMore(speech), let waiting = rest.removeValue(forKey: pendingKey(speech.key, speech.replyTarget)) {
            return page([waiting], for: speech.key)
        }
        var attempt = 0
        var spoken: Session?
        do {
            while true {
                let allowance = buckets
                var sessions: [String: Session] = [:]
                for key in chat.keys(for: speech, network: network) {
                    sessions[key] = try store.session(id: key) ?? greeted[key]
                }
                for key in chat.followingKeys(for: speech, loaded: sessions) {
                    sessions[key] = try store.session(id: key) ?? greeted[key]
                }
                spoken = sessions[speech.key]
                let copies = chat.asksForCopies(speech) ? try store.sets().filter { chat.isCopy($0.id, of: speech) } : []
                let turn = chat.handle(
                    speech, network: network, sessions: sessions, members: members, buckets: &buckets,
                    now: clock.elapsed, time: clock.moment, copies: copies)
                var saving = turn.save
                do {
                    try store.save(&saving)
                } catch is StaleSessionError where attempt < Self.staleRetries {
                    buckets = allowance
                    attempt += 1
                    continue
                }
                for session in saving { greeted[session.id] = nil }
                if let session = turn.greeted { remember(session) }
                return page(turn.replies, for: speech.key)
            }
        } catch is UnreadableSession {
            return page([trouble("chat_unreadable", to: speech, in: nil)], for: nil)
        } catch {
            return page([trouble("chat_not_saved", to: speech, in: spoken)], for: nil)
        }
    }

    /// What the person is told when the store failed them: the line was not taken, and why.
    private func trouble(_ key: String, to speech: ChatCoach.Speech, in session: Session?) -> ChatReply {
        let texts = chat.coach.texts(for: session ?? chat.coach.newSession(id: speech.key))
        return ChatReply(target: speech.replyTarget, text: speech.replyPrefix + texts.message(key))
    }

    /// Keeps a greeted conversation in memory, forgetting the oldest past `greetedLimit`.
    private func remember(_ session: Session) {
        if greeted.updateValue(session, forKey: session.id) == nil { greetedOrder.append(session.id) }
        while greetedOrder.count > Self.greetedLimit {
            greeted[greetedOrder.removeFirst()] = nil
        }
        if greetedOrder.count > greeted.count * 2 { greetedOrder.removeAll { greeted[$0] == nil } }
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
        let session = (try? store.session(id: speech.key)) ?? greeted[speech.key]
        let turn = chat.refuse(refusal, speech, session: session, buckets: &buckets, now: clock.elapsed)
        return page(turn.replies, for: nil)
    }

    /// The reminders due now in these channels, as lines to send; each is marked sent before it is handed back.
    /// A channel whose team cannot be read or saved is left for the next call; the others are reminded.
    ///
    /// - Throws: the store's error when a team could not be read or saved and no reminder is due elsewhere.
    public func reminders(in channels: [String]) throws -> [String] {
        let time = clock.moment
        var lines: [String] = []
        var failure: (any Error)?
        for channel in channels {
            do {
                guard let team = try store.session(id: chat.teamKey(network: network, channel: channel)),
                    let due = chat.dueReminder(of: team, in: channel, at: time)
                else { continue }
                var reminded = due.team
                try store.save(&reminded)
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
        return pages.flatMap { reply in
            let splitter = reply.more.map { ReplySplitter(maxLines: self.splitter.maxLines, continuation: $0) } ?? self.splitter
            let split = splitter.lines(command: "PRIVMSG", target: reply.target, text: reply.text, prefixLength: prefixLength)
            if let speaker {
                var left = reply
                left.text = split.rest ?? ""
                rest[pendingKey(speaker, reply.target)] = left.text.isEmpty ? nil : left
            }
            return split.lines.map { $0.serialized(trailingColon: true) }
        }
    }

    private func pendingKey(_ speaker: String, _ target: String) -> String {
        speaker + " " + target
    }
}

import ChatCoach
import CoachEngine
import IRCProtocol

/// Where every line of the line protocol is answered, one after another.
///
/// Lines from every connection come here, so one person's lines are answered in
/// order and their session is never changed by two lines at once; a team's shared
/// set is read afresh for every line, so members checking it in at once build on
/// each other's answers. Each session is saved before its replies are handed back.
public actor ChatDesk {
    private let chat: ChatCoach
    private let store: any SessionStore
    private let network: String
    private var buckets: [String: InboundLimit.Bucket] = [:]
    /// What did not fit on a page, by the person it was for and the place it goes to, until they say "more".
    private var rest: [String: ChatReply] = [:]
    private let splitter: ReplySplitter
    /// What the server puts before each line it relays for the coach (":nick!user@host "), counted in its 512 bytes.
    private var prefixLength = 0
    private let clock: ChatClock

    /// - Parameters:
    ///   - chat: the chat coach.
    ///   - store: where sessions are kept.
    ///   - network: a name for where the lines come from, part of each person's identity.
    ///   - maxLines: the most lines one turn's answer is sent as, a page; the rest waits for "more".
    ///   - clock: the local time, for dating check-ins and sending reminders.
    public init(
        chat: ChatCoach, store: any SessionStore, network: String, maxLines: Int = 8, clock: ChatClock = ChatClock()
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
    /// - Throws: when the store cannot save a session (the line is then not answered).
    public func answer(_ line: String) throws -> [String] {
        guard let message = try? IRCMessage.parse(line), message.command.uppercased() == "PRIVMSG",
            message.params.count >= 2, let source = message.source
        else { return [] }
        let target = message.params[0]
        let isChannel = target.hasPrefix("#") || target.hasPrefix("&")
        let account = message.tags.first { $0.key == "account" }?.value
        let chatLine = ChatLine(
            network: network, speaker: source.nick, account: account, channel: isChannel ? target : nil,
            text: message.params[1])
        guard let speech = chat.speech(in: chatLine) else { return [] }
        if chat.asksForMore(speech), let waiting = rest.removeValue(forKey: pendingKey(speech.key, speech.replyTarget)) {
            return page([waiting], for: speech.key)
        }
        var sessions: [String: Session] = [:]
        for key in chat.keys(for: speech, network: network) {
            sessions[key] = try store.session(id: key)
        }
        for key in chat.followingKeys(for: speech, loaded: sessions) {
            sessions[key] = try store.session(id: key)
        }
        let turn = chat.handle(
            speech, network: network, sessions: sessions, buckets: &buckets, now: clock.elapsed, time: clock.moment)
        for session in turn.save {
            try store.save(session)
        }
        return page(turn.replies, for: speech.key)
    }

    /// The reminders due now in these channels, as lines to send; each is marked sent before it is handed back.
    ///
    /// - Throws: when the store cannot read or save a team's session.
    public func reminders(in channels: [String]) throws -> [String] {
        let time = clock.moment
        var lines: [String] = []
        for channel in channels {
            guard let team = try store.session(id: chat.teamKey(network: network, channel: channel)),
                let due = chat.dueReminder(of: team, in: channel, at: time)
            else { continue }
            try store.save(due.team)
            lines += page([due.reply], for: nil)
        }
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
            return split.lines.map(\.serialized)
        }
    }

    private func pendingKey(_ speaker: String, _ target: String) -> String {
        speaker + " " + target
    }
}

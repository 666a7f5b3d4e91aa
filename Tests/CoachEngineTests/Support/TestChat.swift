import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import IRCProtocol
import OKRCore

/// The chat coach as the IRC adapter drives it: each line goes to the real `ChatDesk` as a parsed
/// message with who is in which channel, the desk keeps the sessions in a store, and what it sends
/// comes back. Nothing of the desk's work is done here.
struct Chat {
    let coach: ChatCoach
    let store = InMemorySessionStore()
    private var desk: ChatDesk
    /// Who is in which channel; as on the line protocol, a line said in a channel puts its speaker in it.
    var members = ChannelMembers()
    /// Whether a line said in a channel puts its speaker in it; false for IRC, where only JOIN and NAMES do.
    var linesJoin = true
    /// The local time the lines are said at: Monday 16 November 2026, 10:00, unless a test moves it
    /// (which starts the desk again on the same store, as a restarted bot would).
    var time = Moment(day: Day(year: 2026, month: 11, day: 16), minute: 600) {
        didSet { desk = Self.desk(coach, store, time) }
    }

    /// - Parameters:
    ///   - limit: how many lines one person may send how fast; none by default, since the desk's
    ///     clock runs in real time and a test sends its lines at once.
    ///   - sessions: what the store holds when the bot starts: a run before this one.
    ///   - engine: the coach, with the organisation it knows.
    init(limit: InboundLimit = .unlimited, keeping sessions: [Session] = [], engine: Coach = TestCoach.coach) {
        coach = ChatCoach(coach: engine, nick: "okrcoach", relayBots: ["Bridge"], limit: limit)
        var kept = sessions.map { session in
            var fresh = session
            fresh.revision = 0
            return fresh
        }
        try! store.save(&kept)
        desk = Self.desk(coach, store, time)
    }

    private static func desk(_ coach: ChatCoach, _ store: InMemorySessionStore, _ time: Moment) -> ChatDesk {
        let parts = DateComponents(
            year: time.day.year, month: time.day.month, day: time.day.day, hour: time.minute / 60,
            minute: time.minute % 60)
        return ChatDesk(
            chat: coach, store: store, network: "testnet", maxLines: 1_000,
            clock: CoachClock { [start = Calendar.current.date(from: parts)!] in start })
    }

    /// The saved sessions by id.
    var saved: [String: Session] {
        Dictionary(store.sessions().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `speaker` drafts, in private, the Growth set the chat tests share: one objective with its
    /// reason and one key result, the cycle and the higher-level objective left to their defaults.
    mutating func draftGrowthSet(as speaker: String) async {
        for line in [
            "hi", "Growth", "", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March",
        ] {
            await say(speaker, line)
        }
    }

    /// Says a line; returns the lines the desk sends, each as "target: text".
    @discardableResult
    mutating func say(_ speaker: String, _ text: String, in channel: String? = nil, account: String? = nil) async
        -> [String]
    {
        if let channel, linesJoin { members.join(speaker, account: account, channel: channel) }
        let message = IRCMessage(
            command: "PRIVMSG", params: [channel ?? "okrcoach", text], source: IRCSource(nick: speaker),
            tags: account.map { [IRCTag(key: "account", value: $0)] } ?? [])
        return await desk.answer(message, members: members).compactMap { line in
            guard let sent = try? IRCMessage.parse(line), sent.params.count == 2 else { return nil }
            return "\(sent.params[0]): \(sent.params[1])"
        }
    }

    /// The team session of a channel.
    func team(_ channel: String) -> Session? {
        saved[coach.teamKey(network: "testnet", channel: channel)]
    }

    /// Puts people in a channel, as a JOIN would.
    mutating func join(_ channel: String, _ nicks: String...) {
        for nick in nicks { members.join(nick, channel: channel) }
    }

    /// Drafts a set with one key result in private, in English or in Norwegian, and shares it with a channel.
    mutating func share(_ channel: String, by speaker: String, norwegian: Bool = false) async {
        await say(speaker, "hi")
        let lines =
            norwegian
            ? [
                "Vekst", "-", "-", "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss",
                "Øke NPS fra 30 til 45 innen mars",
            ]
            : ["Growth", "-", "-", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"]
        for line in lines { await say(speaker, line) }
        join(channel, speaker)
        await say(speaker, norwegian ? "del \(channel)" : "share \(channel)")
    }
}

import ChatCoach
import CoachEngine
import OKRCore

/// A chat adapter in miniature: keeps sessions as a store would and feeds lines to the chat coach.
struct Chat {
    let coach = ChatCoach(
        coach: TestCoach.coach, nick: "okrcoach", relayBots: ["Bridge"], limit: InboundLimit(burst: 5, interval: 1))
    var saved: [String: Session] = [:]
    /// Conversations started with nothing answered yet: kept, as the desk keeps them, but not saved.
    var greeted: [String: Session] = [:]
    var buckets: [String: InboundLimit.Bucket] = [:]
    /// Who is in which channel; as on the line protocol, a line said in a channel puts its speaker in it.
    var members = ChannelMembers()
    /// Whether a line said in a channel puts its speaker in it; false for IRC, where only JOIN and NAMES do.
    var linesJoin = true
    var now = 0.0
    /// The local time the lines are said at: Monday 16 November 2026, 10:00, unless a test moves it.
    var time = Moment(day: Day(year: 2026, month: 11, day: 16), minute: 600)

    /// Says a line; returns the coach's replies as "target: text".
    @discardableResult
    mutating func say(_ speaker: String, _ text: String, in channel: String? = nil, account: String? = nil) -> [String] {
        let line = ChatLine(network: "testnet", speaker: speaker, account: account, channel: channel, text: text)
        if let channel, linesJoin { members.join(speaker, account: account, channel: channel) }
        guard let speech = coach.speech(in: line) else { return [] }
        var sessions: [String: Session] = [:]
        for key in coach.keys(for: speech, network: "testnet") { sessions[key] = saved[key] ?? greeted[key] }
        for key in coach.followingKeys(for: speech, loaded: sessions) { sessions[key] = saved[key] ?? greeted[key] }
        let turn = coach.handle(
            speech, network: "testnet", sessions: sessions, members: members, buckets: &buckets, now: now, time: time)
        for session in turn.save { saved[session.id] = session }
        if let session = turn.greeted { greeted[session.id] = session }
        now += 2
        return turn.replies.map { "\($0.target): \($0.text)" }
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
    mutating func share(_ channel: String, by speaker: String, norwegian: Bool = false) {
        say(speaker, "hi")
        let lines =
            norwegian
            ? ["Vekst", "", "", "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss",
                "Øke NPS fra 30 til 45 innen mars"]
            : ["Growth", "", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"]
        for line in lines { say(speaker, line) }
        join(channel, speaker)
        say(speaker, norwegian ? "del \(channel)" : "share \(channel)")
    }
}

import CoachEngine
import Foundation
import OKRCore

/// The coach in team chat: many people at once, each with their own draft.
///
/// A private message is always for the coach. In a channel it answers only when
/// addressed (`okrcoach: …`, `okrcoach, …`, `@okrcoach …`), and there anyone can
/// show and check the set the team shares; drafting goes on in private. People
/// whom a relay bot speaks for (`[slack] <alice> okrcoach: …`) draft in the channel,
/// since they cannot write to the coach directly; they are known as `slack/alice`, a name
/// that is only shown, and their private lines are answered to the relay bot.
///
/// Pure: the adapter loads the sessions `keys(for:network:)` and then
/// `followingKeys(for:loaded:)` name, calls `handle`, and saves what the turn says
/// to save before it sends the replies.
public struct ChatCoach: Sendable {
    public let coach: Coach
    public let nick: String
    public let limit: InboundLimit
    private let relayBots: Set<String>
    private let fold: @Sendable (String) -> String

    /// - Parameters:
    ///   - coach: the coaching engine.
    ///   - nick: the coach's own nick, which people address it by.
    ///   - relayBots: nicks of relay bots whose lines are read in matterbridge's form.
    ///   - limit: how many lines one person may send how fast.
    ///   - fold: the server's case mapping, for comparing nicks and channels.
    public init(
        coach: Coach, nick: String, relayBots: [String] = [], limit: InboundLimit = InboundLimit(),
        fold: @escaping @Sendable (String) -> String = { $0.lowercased() }
    ) {
        self.coach = coach
        self.nick = nick
        self.limit = limit
        self.fold = fold
        self.relayBots = Set(relayBots.map(fold))
    }

    /// Who is speaking and what they said, once relays are unwrapped and the address removed.
    public struct Speech: Sendable, Equatable {
        /// The key of the speaker's session: account or nick, with the network or bridge.
        public var key: String
        /// The speaker's nick, or for a relayed person their name in the relay's namespace (`slack/alice`),
        /// which is only ever shown, never written to.
        public var name: String
        /// Where replies to the speaker go: their nick, or for relayed people the channel or relay bot that carried the line.
        public var replyTarget: String
        /// "alice: " before replies in a channel, so the person sees they are meant.
        public var replyPrefix: String
        public var channel: String?
        public var text: String
        /// Whether the speaker drafts here (privately, or through a relay).
        public var drafts: Bool
        /// The nick that sent the line (the relay bot's, for relayed people): whose membership counts.
        public var sender: String
        /// The sender's account, where the server says it.
        public var account: String?
    }

    /// Reads a line: nil when it is not for the coach (a channel line not addressed to it,
    /// a relay bot's own chatter).
    public func speech(in line: ChatLine) -> Speech? {
        var speaker = line.speaker
        var text = line.text
        var key = line.account.map { "account:\(line.network):\($0)" } ?? "nick:\(line.network):\(fold(speaker))"
        var relayed = false
        if relayBots.contains(fold(line.speaker)) {
            guard let relay = RelayLine.parse(line.text) else { return nil }
            speaker = RelayLine.displayName(bridge: relay.bridge, speaker: relay.speaker)
            text = relay.text
            key = "relay:\(line.network):\(relay.bridge):\(fold(relay.speaker))"
            relayed = true
        }
        guard let channel = line.channel else {
            // A relayed person's private line is answered to the relay that carried it, addressed to them.
            return Speech(
                key: key, name: speaker, replyTarget: relayed ? line.speaker : speaker,
                replyPrefix: relayed ? "\(speaker): " : "", channel: nil, text: text, drafts: true,
                sender: line.speaker, account: line.account)
        }
        guard let addressed = removingAddress(text, to: line.nick ?? nick) else { return nil }
        return Speech(
            key: key, name: speaker, replyTarget: channel, replyPrefix: "\(speaker): ", channel: channel,
            text: addressed,
            drafts: relayed, sender: line.speaker, account: line.account)
    }

    /// Whether a line asks for the rest of a long reply ("more", "mer", "meer").
    public func asksForMore(_ speech: Speech) -> Bool {
        let line = Self.engineLine(speech.text).lowercased()
        return coach.allTexts.contains { $0.moreWords.contains(line.hasPrefix("/") ? String(line.dropFirst()) : line) }
    }

    /// The keys of the sessions a line needs: the speaker's, their check-in of a team's set, the team
    /// set of its channel, and that of a channel it names ("share #growth", "checkin #growth").
    public func keys(for speech: Speech, network: String) -> [String] {
        var keys = [speech.key]
        if speech.drafts { keys.append(checkInKey(speech)) }
        for channel in [speech.channel, namedChannel(speech.text)].compactMap({ $0 }) {
            let key = teamKey(network: network, channel: channel)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The keys a line needs once those of `keys(for:network:)` are loaded: the team set that the
    /// speaker's check-in under way is about. The adapter loads it afresh for every line, so
    /// members checking in at once each see the others' answers.
    public func followingKeys(for speech: Speech, loaded sessions: [String: Session]) -> [String] {
        guard let checkIn = sessions[checkInKey(speech)], checkIn.activity != nil, let team = checkIn.sharedSet,
            sessions[team] == nil
        else { return [] }
        return [team]
    }

    /// The key of the set a channel shares.
    public func teamKey(network: String, channel: String) -> String {
        "team:\(network):\(fold(channel))"
    }

    /// "okrcoach: hi", "okrcoach, hi", "@okrcoach hi" → "hi"; nil when not addressed to `nick`.
    /// The one reader of addresses: the IRC bot hands on the nick it has, and never reads them itself.
    private func removingAddress(_ text: String, to nick: String) -> String? {
        var rest = text.drop { $0 == " " }
        let mention = rest.hasPrefix("@")
        if mention { rest = rest.dropFirst() }
        let name = rest.prefix(nick.count)
        guard name.count == nick.count, fold(String(name)) == fold(nick) else { return nil }
        rest = rest.dropFirst(nick.count)
        guard let mark = rest.first else { return "" }
        // "okrcoach: …", "okrcoach, …", "@okrcoach …"; "okrcoach is great" talks about the coach, not to it.
        guard mark == ":" || mark == "," || (mention && mark == " ") else { return nil }
        return String(rest.dropFirst().drop { $0 == " " })
    }
}

/// What the coach answers to one chat line, and the sessions to save before sending it.
public struct ChatTurn: Sendable, Equatable {
    public var replies: [ChatReply] = []
    public var save: [Session] = []
    /// A conversation a first line started, with nothing answered yet: the adapter keeps it in
    /// memory, not in the store, so people who only say hi leave nothing behind.
    public var greeted: Session?
}

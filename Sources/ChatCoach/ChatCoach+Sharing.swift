import CoachEngine
import OKRCore

/// Who may share a set with a channel, replace it, see it and check it in.
///
/// Only people in the channel (`ChannelMembers`) do any of these. A channel's set is replaced
/// only by the person who shared it or by a channel operator; the set it replaces is archived
/// with every check-in under `team:<network>:<#channel>#archived-<n>`, where the terminal coach's
/// `/list` on the bot's database finds it, and a member's check-in under way when it is replaced
/// is ended without storing the answer on the new set.
extension ChatCoach {
    /// The longest channel name the coach takes (IRC servers allow 50 characters; some more).
    static let channelNameLimit = 200

    /// Whether the person who sent a line is in a channel now; nobody is in a channel whose name
    /// no server gives (control characters, spaces, commas, over `channelNameLimit` characters).
    func isMember(_ speech: Speech, of channel: String, _ members: ChannelMembers) -> Bool {
        Self.isChannelName(channel) && members.contains(speech.sender, account: speech.account, in: channel)
    }

    /// Whether a name can be a channel's: "#growth", "&ops".
    public static func isChannelName(_ name: String) -> Bool {
        (name.hasPrefix("#") || name.hasPrefix("&")) && name.count <= channelNameLimit
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == " " || $0 == "," }
    }

    /// The refusal to someone who is not in the channel whose set they asked for; a long name is cut short.
    func outsider(_ speech: Speech, channel: String, texts: CoachTexts) -> ChatTurn {
        let shown = channel.count > 50 ? channel.prefix(50) + "…" : channel
        return ChatTurn(replies: [reply(texts.message("chat_members_only", ["channel": String(shown)]), to: speech)])
    }

    /// The key of the `number`th set a channel had replaced.
    func archiveKey(network: String, channel: String, number: Int) -> String {
        teamKey(network: network, channel: channel) + "#archived-\(number)"
    }

    /// The channel a team's key names: "team:net:#growth" → "#growth" (folded).
    func channel(ofTeamKey key: String, network: String) -> String? {
        let prefix = "team:\(network):"
        return key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : nil
    }

    /// Shares a person's set with a channel they are in. A set the channel already shares is
    /// replaced only by its sharer or a channel operator, and archived with its check-ins; the
    /// channel's reminder stays with the new set.
    func share(
        _ session: Session, with channel: String, team existing: Session?, network: String, members: ChannelMembers,
        speech: Speech
    ) -> ChatTurn {
        let texts = coach.texts(for: session)
        guard isMember(speech, of: channel, members) else { return outsider(speech, channel: channel, texts: texts) }
        guard !session.set.objectives.isEmpty else {
            return ChatTurn(replies: [reply(texts.message("chat_nothing_to_share"), to: speech)])
        }
        var team = coach.newSession(id: teamKey(network: network, channel: channel), language: session.language)
        team.set = session.set
        // Members who speak another language check it in; the coach reads its texts in the one they are written in.
        team.set.lang = session.set.lang ?? coach.writtenLanguage(of: session.set) ?? texts.language
        team.finished = true
        team.reminder = existing?.reminder
        team.sharedBy = speech.key
        team.archived = existing?.archived
        // It takes the place of the stored one: saved over the revision that was read.
        team.revision = existing?.revision ?? 0
        var save: [Session] = []
        var replies: [ChatReply] = []
        if var replaced = existing, !replaced.set.objectives.isEmpty {
            let mayReplace =
                replaced.sharedBy == speech.key
                || members.isOperator(speech.sender, account: speech.account, in: channel)
            guard mayReplace else {
                return ChatTurn(replies: [
                    reply(texts.message("chat_replace_refused", ["channel": channel]), to: speech)
                ])
            }
            let number = (replaced.archived ?? 0) + 1
            team.archived = number
            // The team's set as it was, every check-in in it, under a key of its own; no reminders from it.
            replaced.id = archiveKey(network: network, channel: channel, number: number)
            replaced.revision = 0
            replaced.reminder = nil
            save.append(replaced)
            let count = replaced.set.objectives.flatMap(\.keyResults).map(\.checkIns.count).reduce(0, +)
            let archived = texts.message(
                "chat_archived", ["count": String(count), "number": String(number), "channel": channel])
            replies.append(reply(archived, to: speech))
        }
        save.insert(team, at: 0)
        let name = session.set.team.flatMap { $0.isEmpty ? nil : $0 } ?? channel
        let message = texts.message("chat_shared", ["team": name, "channel": channel, "sharer": speech.name])
        // The channel's line begins with the coach's own words, never with what the sharer wrote.
        return ChatTurn(
            replies: [reply(message, to: speech)] + replies + [ChatReply(target: channel, text: message)], save: save)
    }
}

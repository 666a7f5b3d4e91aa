import CoachEngine
import OKRCore

/// A member's check-in of the set their team shares: "checkin #growth" in private.
///
/// The conversation is the member's own, in a session of its own beside their draft
/// (`checkInKey`), which names the team's session in `sharedSet`. For each line the
/// team's set, as saved now, is put into that conversation; the answers go back into
/// the team's set and the rest stays with the member. Members checking in at once
/// each build on the others' answers, and a member's turn never removes another's
/// check-in, even on the same day.
extension ChatCoach {
    /// The key of a person's check-in of a team's set.
    func checkInKey(_ speech: Speech) -> String {
        "\(speech.key)/checkin"
    }

    /// Starts a check-in of the set a channel shares, or goes on with the one under way.
    func startTeamCheckIn(
        of channel: String, speech: Speech, sessions: [String: Session], network: String, texts: CoachTexts, today: Day
    ) -> ChatTurn {
        let key = teamKey(network: network, channel: channel)
        guard let team = sessions[key], !team.set.objectives.isEmpty else {
            return ChatTurn(replies: [reply(texts.message("chat_no_team_set", ["channel": channel]), to: speech)])
        }
        guard team.set.objectives.contains(where: { !$0.keyResults.isEmpty }) else {
            return ChatTurn(replies: [reply("nothing_to_check_in", in: texts, to: speech)])
        }
        var checkIn: Session
        if let underWay = sessions[checkInKey(speech)], underWay.activity != nil, underWay.sharedSet == key,
            underWay.archived == team.archived
        {
            checkIn = underWay
        } else {
            checkIn = coach.newSession(
                id: checkInKey(speech), language: language(for: speech, team: team, sessions: sessions))
            // No drafting question to go back to when it ends.
            checkIn.step = ""
            checkIn.finished = true
            checkIn.sharedSet = key
            // The version of the set it is tied to: a replaced set ends it.
            checkIn.archived = team.archived
            // A new check-in takes the place of the member's last one, stored at its revision.
            checkIn.revision = sessions[checkInKey(speech)]?.revision ?? 0
        }
        checkIn.set = team.set
        return result(of: coach.begin(.checkIn, in: checkIn, today: today), team: team, speech: speech)
    }

    /// Answers a line of a check-in under way, on the team's set as it is saved now. A member who
    /// left the channel, or whose set was replaced meanwhile, is told so, and the check-in ends
    /// without storing the line: an answer never lands on another set's key result.
    func continueTeamCheckIn(
        _ checkIn: Session, team: Session, speech: Speech, network: String, members: ChannelMembers, today: Day
    ) -> ChatTurn {
        let texts = coach.texts(for: checkIn)
        let channel = self.channel(ofTeamKey: team.id, network: network) ?? team.id
        var ended = checkIn
        ended.activity = nil
        guard isMember(speech, of: channel, members) else {
            var turn = outsider(speech, channel: channel, texts: texts)
            turn.save = [ended]
            return turn
        }
        guard checkIn.archived == team.archived else {
            let message = texts.message(
                "chat_checkin_replaced", ["channel": channel, "command": checkInCommand(channel, texts: texts)])
            return ChatTurn(replies: [reply(message, to: speech)], save: [ended])
        }
        var working = checkIn
        working.set = team.set
        return result(
            of: coach.respond(to: Self.engineLine(speech.text), in: working, today: today), team: team, speech: speech)
    }

    /// The replies of a check-in turn, and both sessions to save: the team's with the answers, the member's with the rest.
    private func result(of turn: Turn, team: Session, speech: Speech) -> ChatTurn {
        var team = team
        team.set = merged(turn.session.set, over: team.set, author: speech.name)
        var replies = turn.replies.map { reply($0, to: speech) }
        for case .export(let content, _, _) in turn.effects {
            replies += content.split(separator: "\n").map { reply(String($0), to: speech) }
        }
        return ChatTurn(replies: replies, save: [team, turn.session])
    }

    /// The team's set after a member's turn: the turn's changes, with the member's new check-ins
    /// signed with their name, and every check-in of another member kept.
    func merged(_ after: OKRSet, over before: OKRSet, author: String) -> OKRSet {
        var set = after
        for o in set.objectives.indices where before.objectives.indices.contains(o) {
            let old = before.objectives[o].keyResults
            for k in set.objectives[o].keyResults.indices where old.indices.contains(k) {
                let previous = old[k].checkIns
                let now = set.objectives[o].keyResults[k].checkIns
                let kept = previous.filter { now.contains($0) || ($0.author != nil && $0.author != author) }
                let added = now.filter { !previous.contains($0) }.map { checkIn in
                    var signed = checkIn
                    signed.author = signed.author ?? author
                    return signed
                }
                set.objectives[o].keyResults[k].checkIns = kept + added
            }
        }
        return set
    }

    /// The language of a member's check-in: theirs where they chose one, else the team's when the
    /// check-in word is the team's, else that of the word.
    private func language(for speech: Speech, team: Session, sessions: [String: Session]) -> LanguageCode? {
        if let own = sessions[speech.key], own.languageChosen { return own.language }
        let word = commandWord(speech.text)
        let teamTexts = coach.texts(for: team)
        if teamTexts.words(for: .checkIn).contains(word) { return teamTexts.language }
        return coach.allTexts.first { $0.words(for: .checkIn).contains(word) }?.language ?? teamTexts.language
    }
}

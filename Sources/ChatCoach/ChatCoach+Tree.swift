import CoachEngine
import OKRCore

extension ChatCoach {
    /// `!tree`: the company objectives of the cycle and the teams that serve each, as far as the
    /// sets at hand tell (the channel's team set and the speaker's own). The cycle is the first
    /// of those sets', else the quarter of `today` where the organisation has objectives for it,
    /// else the organisation's last cycle.
    func treeTurn(_ speech: Speech, sets: [OKRSet], texts: CoachTexts, today: Day) -> ChatTurn {
        guard let organisation = coach.organisation else {
            return ChatTurn(replies: [reply("chat_tree_no_organisation", in: texts, to: speech)])
        }
        let current = organisation.cycle(named: today.quarter) == nil ? organisation.cycles.last?.cycle : nil
        let cycle =
            sets.lazy.compactMap { $0.cycle?.trimmingWhitespace() }.first { !$0.isEmpty } ?? current ?? today.quarter
        var replies = [reply("choices_company_objectives", ["cycle": cycle], in: texts, to: speech)]
        for objective in organisation.cycle(named: cycle)?.objectives ?? [] {
            let teams = Self.teams(serving: objective.id, in: sets, cycle: cycle)
            let named = teams.isEmpty ? texts.message("chat_tree_no_team") : teams.joined(separator: ", ")
            replies.append(
                reply(
                    "chat_tree_line",
                    ["id": VisibleText.line(objective.id), "title": VisibleText.line(objective.title), "teams": named],
                    in: texts, to: speech))
        }
        return ChatTurn(replies: replies)
    }

    /// The teams of `sets` for `cycle` with an objective serving `id`, each named once, in order.
    static func teams(serving id: String, in sets: [OKRSet], cycle: String) -> [String] {
        var teams: [String] = []
        for set in sets {
            guard set.isFor(cycle: cycle), set.objectives.contains(where: { $0.parent == id }),
                let team = set.team.map(VisibleText.line), !team.isEmpty, !teams.contains(team)
            else { continue }
            teams.append(team)
        }
        return teams
    }
}

import ArgumentParser
import CoachEngine
import OKRCore

/// `--team`: a saved set chosen by its team's name rather than by its number, which moves
/// whenever another set is saved (a check-in saves its set, so it becomes number 1).
extension SavedSets {
    /// The longest team name `--team` takes: a team is named in a few words, not a document.
    static let teamNameLimit = 1000

    /// `--team`'s help, the same wherever a saved set is chosen.
    static let teamHelp = ArgumentHelp(
        "The saved set by its team instead of its number: the team's most recently saved set with key results (case does not matter).",
        valueName: "name")

    /// Refuses `--team` with `--set`, and a team name that is empty, over-long or holds a control character.
    static func checkTeam(_ team: String?, set: Int?) throws(CommandFailure) {
        guard let team else { return }
        if set != nil { throw CommandFailure(.setOrTeam) }
        guard team.count <= teamNameLimit else {
            throw CommandFailure(option: "--team", .tooLong, ["limit": "\(teamNameLimit)"])
        }
        guard !team.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw CommandFailure(option: "--team", .controlCharacter)
        }
        guard !team.trimmingWhitespace().isEmpty else { throw CommandFailure(option: "--team", .emptyTeam) }
    }

    /// The set `--team` names when given, else the one `--set` numbers (see `session(number:needsKeyResults:in:)`).
    func session(number: Int?, team: String?, needsKeyResults: Bool = false, in sessions: [Session]) throws -> Session {
        guard let team else { return try session(number: number, needsKeyResults: needsKeyResults, in: sessions) }
        let teamSets = sessions.filter { ($0.level ?? .team) == .team }
        return teamSets[try Self.newest(ofTeam: team, in: teamSets.map(\.set))]
    }

    /// The index of the most recently saved set of `team` that has key results, among `sets` ordered
    /// most recent first; the team matches case-insensitively, after trimming. When two sets are the
    /// team's, the most recent wins.
    ///
    /// - Throws: `CommandFailure` (exit 1) naming the teams there are, when none is that team's.
    static func newest(ofTeam team: String, in sets: [OKRSet]) throws(CommandFailure) -> Int {
        let wanted = team.trimmingWhitespace().lowercased()
        let finished = sets.indices.filter { sets[$0].objectives.contains { !$0.keyResults.isEmpty } }
        if let index = finished.first(where: { (sets[$0].team ?? "").trimmingWhitespace().lowercased() == wanted }) {
            return index
        }
        var teams: [String: String] = [:]
        for index in finished {
            let name = (sets[index].team ?? "").trimmingWhitespace()
            if !name.isEmpty, teams[name.lowercased()] == nil { teams[name.lowercased()] = name }
        }
        guard !teams.isEmpty else { throw CommandFailure(.noTeamYet, ["team": team], status: ExitCode(1)) }
        let known = teams.sorted { $0.key < $1.key }.map(\.value).joined(separator: ", ")
        throw CommandFailure(.noSuchTeam, ["team": team, "teams": known], status: ExitCode(1))
    }
}

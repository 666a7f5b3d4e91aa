import OKRCore

/// The whole pyramid for one cycle: the mission, the one-year objectives of the cycle's year,
/// the company objectives of the cycle under the one-year objective each serves, and the teams'
/// objectives under the company objective each serves (`parent`).
///
/// Each level rolls up its children: its progress and its grade are the mean of its children's
/// (each team objective's own are the weighted mean of its key results, `ObjectiveStatus`); a level
/// with no child that has one shows its own key results' instead. Team objectives that serve no
/// company objective of the cycle, and company objectives that serve no one-year objective, are
/// listed apart, so nothing drafted is left out.
public struct PyramidTree: Sendable {
    /// One objective of the pyramid (or the mission at its top).
    public struct Node: Sendable {
        public enum Level: String, Sendable {
            case mission, yearly, company, team
        }

        public let level: Level
        /// The organisation's id (`Y1`, `C2`); for a team's objective, nil.
        public let id: String?
        public let title: String
        /// The team whose objective it is.
        public let team: String?
        /// The mean of the children's progress (each held to 0...1); nil before any check-in.
        public let progress: Double?
        /// The mean of the children's grades; nil before any review.
        public let grade: Double?
        public let children: [Node]

        /// A node whose figures are its children's mean, else its own key results'.
        init(
            _ level: Level, id: String?, title: String, team: String? = nil, own: ObjectiveStatus?, children: [Node]
        ) {
            self.level = level
            self.id = id
            self.title = title
            self.team = team
            self.children = children
            progress = Self.mean(children.compactMap(\.progress)) ?? own?.progress
            grade = Self.mean(children.compactMap(\.grade)) ?? own?.grade
        }

        private static func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }

    /// The cycle, as the report names it.
    public let cycle: String
    /// The organisation's name, when it has one.
    public let organisation: String?
    /// The mission at the top, with the one-year objectives beneath it.
    public let root: Node
    /// Company objectives of the cycle that serve no one-year objective of its year.
    public let companyUnaligned: [Node]
    /// Teams' objectives of the cycle that serve no company objective of it.
    public let teamUnaligned: [Node]

    /// - Parameters:
    ///   - organisation: the mission, one-year and company objectives.
    ///   - sets: the teams' sets; those of other cycles are left out ("Q1 2027" is 2027-Q1).
    ///   - cycle: the cycle ("2027-Q1"); its year picks the one-year objectives.
    ///   - today: the day of the figures.
    public init(organisation: Organisation, sets: [OKRSet], cycle: String, today: Day) {
        self.cycle = cycle
        self.organisation = organisation.name
        let report = CycleReport(sets: sets.filter { $0.isFor(cycle: cycle) }, cycle: cycle, today: today)
        var teamObjectives: [(parent: String?, node: Node)] = []
        for section in report.sections {
            for status in section.objectives {
                let node = Node(
                    .team, id: nil, title: status.objective.title, team: section.set.team, own: status, children: [])
                teamObjectives.append((status.objective.parent, node))
            }
        }
        let companyObjectives = organisation.cycle(named: cycle)?.objectives ?? []
        let companyIDs = Set(companyObjectives.map(\.id))
        let company = companyObjectives.map { objective in
            (
                parent: objective.parent,
                node: Node(
                    .company, id: objective.id, title: objective.title,
                    own: ObjectiveStatus(objective.objective, watch: nil),
                    children: teamObjectives.filter { $0.parent == objective.id }.map(\.node))
            )
        }
        let yearly = CyclePeriod(cycle).map { organisation.objectives(ofYear: $0.year) } ?? []
        let yearlyIDs = Set(yearly.map(\.id))
        let yearlyNodes = yearly.map { objective in
            Node(
                .yearly, id: objective.id, title: objective.title,
                own: ObjectiveStatus(objective.objective, watch: nil),
                children: company.filter { $0.parent == objective.id }.map(\.node))
        }
        root = Node(.mission, id: nil, title: organisation.mission?.text ?? "", own: nil, children: yearlyNodes)
        companyUnaligned = company.filter { !yearlyIDs.contains($0.parent ?? "") }.map(\.node)
        teamUnaligned = teamObjectives.filter { !companyIDs.contains($0.parent ?? "") }.map(\.node)
    }
}

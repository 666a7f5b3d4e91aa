/// A set of OKRs for one team and one cycle: what a check file or an outline holds.
public struct OKRSet: Sendable, Equatable, Codable {
    /// The language the set is written in; detected from the text when absent.
    public var lang: LanguageCode?
    /// The period the set covers ("2027-Q1"); when present it is every key result's deadline.
    public var cycle: String?
    public var team: String?
    /// The higher-level objectives this set serves.
    public var parents: [ParentObjective]
    public var objectives: [Objective]

    public init(
        lang: LanguageCode? = nil,
        cycle: String? = nil,
        team: String? = nil,
        parents: [ParentObjective] = [],
        objectives: [Objective] = []
    ) {
        self.lang = lang
        self.cycle = cycle
        self.team = team
        self.parents = parents
        self.objectives = objectives
    }

    /// True when the set names a cycle, which gives every key result its deadline.
    public var hasCycle: Bool {
        !(cycle ?? "").trimmingWhitespace().isEmpty
    }
}

/// A higher-level objective that a set aligns to, named by an id.
public struct ParentObjective: Sendable, Equatable, Codable {
    public var id: String
    public var title: String

    public init(id: String, title: String = "") {
        self.id = id
        self.title = title
    }
}

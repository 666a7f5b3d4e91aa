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
    /// The day the set was graded, once it has been.
    public var reviewed: Day?
    /// The retrospective's answers, in the order asked.
    public var retro: [RetroNote]

    public init(
        lang: LanguageCode? = nil,
        cycle: String? = nil,
        team: String? = nil,
        parents: [ParentObjective] = [],
        objectives: [Objective] = [],
        reviewed: Day? = nil,
        retro: [RetroNote] = []
    ) {
        self.lang = lang
        self.cycle = cycle
        self.team = team
        self.parents = parents
        self.objectives = objectives
        self.reviewed = reviewed
        self.retro = retro
    }

    private enum CodingKeys: String, CodingKey {
        case lang, cycle, team, parents, objectives, reviewed, retro
    }

    /// Reads sessions saved before sets had a review and a retrospective.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lang = try container.decodeIfPresent(LanguageCode.self, forKey: .lang)
        cycle = try container.decodeIfPresent(String.self, forKey: .cycle)
        team = try container.decodeIfPresent(String.self, forKey: .team)
        parents = try container.decodeIfPresent([ParentObjective].self, forKey: .parents) ?? []
        objectives = try container.decodeIfPresent([Objective].self, forKey: .objectives) ?? []
        reviewed = try container.decodeIfPresent(Day.self, forKey: .reviewed)
        retro = try container.decodeIfPresent([RetroNote].self, forKey: .retro) ?? []
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

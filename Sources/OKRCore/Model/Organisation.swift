/// The levels above the teams' sets: an organisation's mission, its one-year objectives and the
/// company objectives of each cycle. Team sets serve it by naming a company objective's id in
/// their objectives' `parent`.
///
/// The pyramid reads from the top: the mission says what the organisation is for; each one-year
/// objective (for a year such as 2027) says what the year must bring; each company objective says
/// what one cycle (such as 2027-Q1) must bring, and links with `parent` to the one-year objective of
/// its year that it serves. Ids are unique across the whole organisation.
///
/// The organisation file, as a coach writes it (`OrganisationReader` reads it):
///
/// ```yaml
/// organisation: Acme Clinics     # optional: its name
/// lang: en                       # optional: en, nb, sv or nl; detected when absent
/// mission: Give every small clinic the calm of a well-run hospital
/// years:
///   - year: 2027                 # four digits, 1900 to 2200
///     objectives:
///       - id: Y1                 # unique in the file: letters, digits, '-', '_', '.'
///         title: Become the first choice for small clinics in Scandinavia
///         key_results:
///           - Grow paying clinics from 120 to 400 by December 2027
/// cycles:
///   - cycle: 2027-Q1             # a year, or a year and its quarter (Q1, K1), tertial (T1),
///                                # half (H1) or month (2027-03)
///     objectives:
///       - id: C1
///         parent: Y1             # the one-year objective of the cycle's year it serves
///         title: Win the clinics of Oslo in order to prove the model
///         key_results:
///           - Increase paying clinics in Oslo from 12 to 40 by 31 March
/// ```
///
/// Key results are written as in a check file: text, or a mapping with `text`, `owner`,
/// `type`, `baseline`, `target`, `weight`, `grade` and `check_ins`. A check file aligns to it
/// with `parents_from: ../company/okrs-2027.yaml` instead of copying `parents`.
public struct Organisation: Sendable, Equatable, Codable {
    /// Its name ("Acme Clinics"); nil when the file gives none.
    public var name: String?
    /// The language it is written in; detected from the text when absent.
    public var lang: LanguageCode?
    /// What the organisation is for, in a sentence or two.
    public var mission: Mission?
    /// The one-year objectives, by year, in the order written.
    public var years: [OrganisationYear]
    /// The company objectives, by cycle, in the order written.
    public var cycles: [CompanyCycle]

    public init(
        name: String? = nil, lang: LanguageCode? = nil, mission: Mission? = nil, years: [OrganisationYear] = [],
        cycles: [CompanyCycle] = []
    ) {
        self.name = name
        self.lang = lang
        self.mission = mission
        self.years = years
        self.cycles = cycles
    }

    /// Every one-year objective, year by year.
    public var yearlyObjectives: [OrganisationObjective] {
        years.flatMap(\.objectives)
    }

    /// Every company objective, cycle by cycle.
    public var companyObjectives: [OrganisationObjective] {
        cycles.flatMap(\.objectives)
    }

    /// The company cycle a team set's `cycle` names ("2027-Q1", "Q1 2027" and "2027 K1" are one
    /// cycle); nil when the organisation has none such.
    public func cycle(named name: String) -> CompanyCycle? {
        guard let period = CyclePeriod(name) else {
            return cycles.first { $0.cycle == name }
        }
        return cycles.first { CyclePeriod($0.cycle) == period }
    }

    /// The one-year objectives of a year.
    public func objectives(ofYear year: Int) -> [OrganisationObjective] {
        years.filter { $0.year == year }.flatMap(\.objectives)
    }

    /// The higher-level objectives a team set of `cycle` serves: the company objectives of that
    /// cycle; with no cycle given, every company objective.
    ///
    /// - Returns: nil when `cycle` names a cycle the organisation has no objectives for.
    public func parents(forCycle cycle: String?) -> [ParentObjective]? {
        let trimmed = cycle?.trimmingWhitespace() ?? ""
        let objectives: [OrganisationObjective]
        if trimmed.isEmpty {
            objectives = companyObjectives
        } else {
            guard let found = self.cycle(named: trimmed) else { return nil }
            objectives = found.objectives
        }
        return objectives.map { ParentObjective(id: $0.id, title: $0.title) }
    }
}

/// What an organisation is for, in a sentence or two.
public struct Mission: Sendable, Equatable, Codable {
    public var text: String
    /// The line of the organisation file it was read from, 1-based.
    public var line: Int?

    public init(_ text: String, line: Int? = nil) {
        self.text = text
        self.line = line
    }
}

/// One year's objectives: what the year must bring.
public struct OrganisationYear: Sendable, Equatable, Codable {
    /// The year, from 1900 to 2200 (`Day.years`).
    public var year: Int
    public var objectives: [OrganisationObjective]
    /// The line of the organisation file it was read from, 1-based.
    public var line: Int?

    public init(year: Int, objectives: [OrganisationObjective] = [], line: Int? = nil) {
        self.year = year
        self.objectives = objectives
        self.line = line
    }
}

/// One cycle's company objectives, each serving a one-year objective of the cycle's year.
public struct CompanyCycle: Sendable, Equatable, Codable {
    /// The cycle as written ("2027-Q1"); `CyclePeriod` reads its year.
    public var cycle: String
    public var objectives: [OrganisationObjective]
    /// The line of the organisation file it was read from, 1-based.
    public var line: Int?

    public init(cycle: String, objectives: [OrganisationObjective] = [], line: Int? = nil) {
        self.cycle = cycle
        self.objectives = objectives
        self.line = line
    }

    /// The year the cycle falls in; nil for a cycle written without one.
    public var year: Int? { CyclePeriod(cycle)?.year }
}

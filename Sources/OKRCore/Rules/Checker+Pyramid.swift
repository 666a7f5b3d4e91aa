/// The rules across the levels of the pyramid: an organisation's one-year and company objectives,
/// and the team sets that serve them.
///
/// An organisation is checked as its levels: each year's objectives and each cycle's company
/// objectives under the set rules (a cycle's parents are the one-year objectives of its year),
/// with too-many-company-objectives in too-many-objectives' place for a cycle, and
/// yearly-objective-idle and company-objective-unserved across the levels. A team set aligned to
/// an organisation (its `parents` the company objectives of its cycle) gets objective-serves-nothing
/// in objective-not-aligned's place, and duplicate-kr-across-teams against the sets checked before it.
extension Checker {
    /// A team set as the pyramid check knows it: its name in messages and its set.
    public struct AlignedTeam: Sendable, Equatable {
        /// The team's name, else its file's: what another team's finding calls it.
        public var name: String
        public var set: OKRSet

        public init(name: String, set: OKRSet) {
            self.name = name
            self.set = set
        }
    }

    /// The findings in an organisation, its objectives numbered in reading order: the one-year
    /// objectives year by year, then the company objectives cycle by cycle.
    ///
    /// - Parameters:
    ///   - teams: the team sets checked with it, for company-objective-unserved; with none, that rule is silent.
    ///   - language: overrides the organisation's own language when given.
    public func check(
        _ organisation: Organisation, teams: [AlignedTeam], language: LanguageCode? = nil,
        suppressions: InlineSuppressions = InlineSuppressions()
    ) -> Report {
        let flat = OKRSet(
            lang: organisation.lang,
            objectives: (organisation.yearlyObjectives + organisation.companyObjectives).map(\.objective))
        let code = language ?? organisation.lang ?? detectedLanguage(of: organisation, flat)
        let catalog = languages.catalog(for: code)
        func keep(_ finding: Finding) -> Finding? {
            kept(finding, suppressions)
        }
        var findings: [Finding] = []
        if let mission = organisation.mission {
            findings += MissionRules.findings(for: mission.text, catalog: catalog).compactMap { finding in
                var placed = finding
                placed.line = mission.line
                return keep(placed)
            }
        }
        var numbers: [String: Int] = [:]
        var offset = 0
        for year in organisation.years {
            let set = OKRSet(lang: code, cycle: "\(year.year)", objectives: year.objectives.map(\.objective))
            findings += Self.placed(
                check(set, language: code, suppressions: suppressions).findings, in: year.objectives, after: offset,
                catalog: catalog)
            for (index, objective) in year.objectives.enumerated() { numbers[objective.id] = offset + index + 1 }
            offset += year.objectives.count
        }
        for cycle in organisation.cycles {
            let parents = organisation.objectives(ofYear: cycle.year ?? 0).map {
                ParentObjective(id: $0.id, title: $0.title)
            }
            let set = OKRSet(
                lang: code, cycle: cycle.cycle, parents: parents, objectives: cycle.objectives.map(\.objective))
            let own = check(set, language: code, suppressions: suppressions).findings.filter {
                $0.rule != .tooManyObjectives
            }
            findings += Self.placed(own, in: cycle.objectives, after: offset, catalog: catalog)
            for (index, objective) in cycle.objectives.enumerated() { numbers[objective.id] = offset + index + 1 }
            offset += cycle.objectives.count
            if cycle.objectives.count > options.maxObjectives {
                let tooMany = catalog.finding(
                    .tooManyCompanyObjectives, objective: nil, line: cycle.objectives[options.maxObjectives].line,
                    values: [
                        "count": String(cycle.objectives.count), "max": String(options.maxObjectives),
                        "cycle": cycle.cycle,
                    ])
                findings += [tooMany].compactMap(keep)
            }
        }
        findings += Self.idleYearlyObjectives(in: organisation, numbers: numbers, catalog: catalog).compactMap(keep)
        findings += Self.unservedCompanyObjectives(in: organisation, teams: teams, numbers: numbers, catalog: catalog)
            .compactMap(keep)
        // Each finding is labelled with its objective's id, as the messages name it (A2, not O2).
        let ids = Dictionary(numbers.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        for index in findings.indices where findings[index].objectiveID == nil {
            findings[index].objectiveID = findings[index].objective.flatMap { ids[$0] }
        }
        return Report(language: code, findings: Self.inReadingOrder(findings), set: flat)
    }

    /// A team set aligned to an organisation: the set rules, objective-serves-nothing for each
    /// objective whose `parent` names none of its `parents` (the organisation's company objectives for
    /// its cycle) in objective-not-aligned's place, and duplicate-kr-across-teams for each key result
    /// that stands in one of `earlier`.
    public func check(
        _ set: OKRSet, alignedAfter earlier: [AlignedTeam], language: LanguageCode? = nil,
        suppressions: InlineSuppressions = InlineSuppressions()
    ) -> Report {
        let report = check(set, language: language, suppressions: suppressions)
        let catalog = languages.catalog(for: report.language)
        func keep(_ finding: Finding) -> Finding? {
            kept(finding, suppressions)
        }
        var findings = report.findings.filter { $0.rule != .objectiveNotAligned }
        let ids = set.parents.map(\.id)
        let parents = ids.isEmpty ? "–" : ids.joined(separator: catalog.report.listSeparator)
        var seen: [String: (team: String, objective: Int, keyResult: Int)] = [:]
        for team in earlier {
            for (objectiveOffset, objective) in team.set.objectives.enumerated() {
                for (keyResultOffset, keyResult) in objective.keyResults.enumerated() {
                    let key = Self.comparable(keyResult.text)
                    guard !key.isEmpty, seen[key] == nil else { continue }
                    seen[key] = (team.name, objectiveOffset + 1, keyResultOffset + 1)
                }
            }
        }
        for (objectiveOffset, objective) in set.objectives.enumerated()
        where !objective.title.trimmingWhitespace().isEmpty {
            let number = objectiveOffset + 1
            if !ids.contains(objective.parent ?? "") {
                let finding = catalog.finding(
                    .objectiveServesNothing, objective: number, line: objective.line, values: ["parents": parents])
                findings += [finding].compactMap(keep)
            }
            for (keyResultOffset, keyResult) in objective.keyResults.enumerated() {
                guard let other = seen[Self.comparable(keyResult.text)] else { continue }
                let location = catalog.label(objective: other.objective, keyResult: other.keyResult) ?? ""
                let finding = catalog.finding(
                    .duplicateKeyResultAcrossTeams, objective: number, keyResult: keyResultOffset + 1,
                    line: keyResult.line, values: ["team": other.team, "location": location])
                findings += [finding].compactMap(keep)
            }
        }
        return Report(language: report.language, findings: Self.inReadingOrder(findings), set: set)
    }

    /// The language of an organisation with no `lang`: that of its mission and objectives together.
    private func detectedLanguage(of organisation: Organisation, _ flat: OKRSet) -> LanguageCode {
        var texts = flat
        if let mission = organisation.mission { texts.objectives.append(Objective(title: mission.text)) }
        return language(of: texts)
    }

    /// yearly-objective-idle: each one-year objective that no company objective of a cycle of its year serves.
    private static func idleYearlyObjectives(
        in organisation: Organisation, numbers: [String: Int], catalog: Catalog
    ) -> [Finding] {
        organisation.cycles.flatMap { cycle -> [Finding] in
            guard let year = cycle.year else { return [] }
            let served = Set(cycle.objectives.compactMap(\.parent))
            return organisation.objectives(ofYear: year).filter { !served.contains($0.id) }.map { objective in
                catalog.finding(
                    .yearlyObjectiveIdle, objective: numbers[objective.id], line: objective.line,
                    values: ["id": objective.id, "cycle": cycle.cycle])
            }
        }
    }

    /// company-objective-unserved: each company objective of a cycle some team set is in (a set
    /// with no cycle is in every one) that no objective of those sets names as its `parent`.
    private static func unservedCompanyObjectives(
        in organisation: Organisation, teams: [AlignedTeam], numbers: [String: Int], catalog: Catalog
    ) -> [Finding] {
        organisation.cycles.flatMap { cycle -> [Finding] in
            let inCycle = teams.filter { team in
                !team.set.hasCycle || organisation.cycle(named: team.set.cycle ?? "")?.cycle == cycle.cycle
            }
            guard !inCycle.isEmpty else { return [] }
            let served = Set(inCycle.flatMap { $0.set.objectives.compactMap(\.parent) })
            return cycle.objectives.filter { !served.contains($0.id) }.map { objective in
                catalog.finding(
                    .companyObjectiveUnserved, objective: numbers[objective.id], line: objective.line,
                    values: ["id": objective.id, "cycle": cycle.cycle])
            }
        }
    }

    /// Findings of a year's or a cycle's objectives: counted on from `offset` in the file, labelled
    /// with their objective's id, and a duplicate key result's message naming the first one by its
    /// objective's id too ("S1 KR1", not the part's own "O1 KR1").
    private static func placed(
        _ findings: [Finding], in objectives: [OrganisationObjective], after offset: Int, catalog: Catalog
    ) -> [Finding] {
        findings.map { finding in
            var moved = finding
            moved.objective = finding.objective.map { $0 + offset }
            guard let number = finding.objective, objectives.indices.contains(number - 1) else { return moved }
            moved.objectiveID = objectives[number - 1].id
            guard finding.rule == .duplicateKeyResult, let keyResult = finding.keyResult,
                let first = firstOccurrence(of: objectives[number - 1].keyResults, keyResult, in: objectives)
            else { return moved }
            var values = finding.values
            values["location"] = catalog.format.findingLabel(
                objectiveLabel: objectives[first.objective].id, keyResult: first.keyResult + 1)
            var said = catalog.finding(
                finding.rule, objective: moved.objective, keyResult: keyResult, line: finding.line, values: values)
            said.severity = finding.severity
            said.objectiveID = moved.objectiveID
            return said
        }
    }

    /// Where the key result numbered `keyResult` among `keyResults` first stands in `objectives`, as
    /// duplicate-kr compares them; nil where it is out of range.
    private static func firstOccurrence(
        of keyResults: [KeyResult], _ keyResult: Int, in objectives: [OrganisationObjective]
    ) -> (objective: Int, keyResult: Int)? {
        guard keyResults.indices.contains(keyResult - 1) else { return nil }
        let key = comparable(keyResults[keyResult - 1].text)
        for (objectiveOffset, objective) in objectives.enumerated() {
            if let found = objective.keyResults.firstIndex(where: { comparable($0.text) == key }) {
                return (objectiveOffset, found)
            }
        }
        return nil
    }

    /// Findings by the objective and key result they point at; those of the whole set first, and
    /// the order made kept where they point at the same place.
    private static func inReadingOrder(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            let left = (a.element.objective ?? 0, a.element.keyResult ?? 0, a.offset)
            let right = (b.element.objective ?? 0, b.element.keyResult ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// The text duplicate-kr-across-teams compares, as duplicate-kr does.
    private static func comparable(_ text: String) -> String {
        SetRules.comparable(LoweredText(text.trimmingWhitespace()))
    }
}

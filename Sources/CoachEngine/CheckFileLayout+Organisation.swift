import OKRCore

extension CheckFileLayout {
    /// An organisation laid out as its file (`Organisation` documents it): `OrganisationReader` reads
    /// every field back. `language` is written as its `lang`.
    init(organisation: Organisation, language: LanguageCode) {
        var fields: [(String, CheckFileLayout)] = []
        if let name = organisation.name, !name.isEmpty { fields.append(("organisation", .text(name))) }
        fields.append(("lang", .text(language.rawValue)))
        if let mission = organisation.mission { fields.append(("mission", .text(mission.text))) }
        let years = organisation.years.map { year -> CheckFileLayout in
            .fields([("year", .number(Double(year.year))), ("objectives", Self.objectives(year.objectives))])
        }
        if !years.isEmpty { fields.append(("years", .list(years))) }
        let cycles = organisation.cycles.map { cycle -> CheckFileLayout in
            .fields([("cycle", .text(cycle.cycle)), ("objectives", Self.objectives(cycle.objectives))])
        }
        if !cycles.isEmpty { fields.append(("cycles", .list(cycles))) }
        self = .fields(fields)
    }

    private static func objectives(_ objectives: [OrganisationObjective]) -> CheckFileLayout {
        .list(
            objectives.map { objective in
                var fields: [(String, CheckFileLayout)] = [("id", .text(objective.id))]
                if let parent = objective.parent { fields.append(("parent", .text(parent))) }
                fields.append(("title", .text(objective.title)))
                fields.append(("key_results", .list(objective.keyResults.map(CheckFileLayout.init(keyResult:)))))
                return .fields(fields)
            })
    }
}

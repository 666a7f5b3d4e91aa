import OKRCore

extension CheckFileLayout {
    /// An organisation laid out as its file is (`Organisation`): name, lang, mission, years, cycles.
    init(organisation: Organisation, language: LanguageCode) {
        var fields: [(String, CheckFileLayout)] = []
        if let name = organisation.name, !name.isEmpty { fields.append(("organisation", .text(name))) }
        fields.append(("lang", .text((organisation.lang ?? language).rawValue)))
        if let mission = organisation.mission { fields.append(("mission", .text(mission.text))) }
        if !organisation.years.isEmpty {
            fields.append(
                ("years",
                    .list(organisation.years.map { year in
                        .fields([
                            ("year", .number(Double(year.year))),
                            ("objectives", .list(year.objectives.map(Self.init(organisationObjective:)))),
                        ])
                    })))
        }
        if !organisation.cycles.isEmpty {
            fields.append(
                ("cycles",
                    .list(organisation.cycles.map { cycle in
                        .fields([
                            ("cycle", .text(cycle.cycle)),
                            ("objectives", .list(cycle.objectives.map(Self.init(organisationObjective:)))),
                        ])
                    })))
        }
        self = .fields(fields)
    }

    private init(organisationObjective objective: OrganisationObjective) {
        var fields: [(String, CheckFileLayout)] = [("id", .text(objective.id))]
        if let parent = objective.parent { fields.append(("parent", .text(parent))) }
        fields.append(("title", .text(objective.title)))
        fields.append(("key_results", .list(objective.keyResults.map(Self.init(keyResult:)))))
        self = .fields(fields)
    }
}

extension SetExport {
    /// An organisation as its YAML file, which `okrcoach check` and the coach read back.
    public static func yaml(_ organisation: Organisation, language: LanguageCode) -> String {
        yamlText(CheckFileLayout(organisation: organisation, language: language))
    }
}

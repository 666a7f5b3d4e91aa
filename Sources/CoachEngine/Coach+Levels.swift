import OKRCore

/// Drafting the organisation's levels (`prompts/mission.yaml`, `yearly.yaml`, `company.yaml`):
/// the mission statement's actions, and the end of a level, which hands the organisation with
/// the drafted level in it to the adapter to keep.
extension Coach {
    /// The actions of the levels above a team, with what each returns and says.
    static func registerLevelActions(in registry: inout ActionRegistry) {
        registry.register(
            "review_mission", outcomes: ["clean", "findings"], says: ["findings_intro", "mission_saved"]
        ) { coach, answer, output in coach.reviewMission(answer ?? "", &output) }
        registry.register("keep_mission", outcomes: ["kept"], says: ["mission_saved"]) { coach, _, output in
            coach.keepMission(&output)
        }
        registry.register(
            "finish_level", outcomes: ["finished"],
            says: ["summary_yearly", "summary_company", "score", "mission_summary", "level_saved"]
        ) { coach, _, output in coach.finishLevel(&output) }
    }

    private func reviewMission(_ text: String, _ output: inout Output) -> String {
        output.session.draft.language = output.session.draft.language ?? languageOfNewText(text, output.session)
        output.session.draft.objective = text
        let findings = checker.review(mission: text, language: writingLanguage(output.session))
        guard !findings.isEmpty else { return saveMission(text, &output) }
        say(.say, "findings_intro", &output)
        for finding in findings {
            output.replies.append(Reply(.finding, finding.message))
            output.replies.append(Reply(.hint, finding.hint))
        }
        return "findings"
    }

    private func keepMission(_ output: inout Output) -> String {
        _ = saveMission(output.session.draft.objective ?? "", &output)
        return "kept"
    }

    private func saveMission(_ text: String, _ output: inout Output) -> String {
        output.session.set.lang = output.session.set.lang ?? writingLanguage(output.session)
        output.session.mission = text
        output.session.draft = Draft()
        say(.say, "mission_saved", ["text": text], &output)
        return "clean"
    }

    /// Shows what was drafted (the mission, or the objectives with their findings and score)
    /// and asks the adapter to keep the organisation with it.
    private func finishLevel(_ output: inout Output) -> String {
        let session = output.session
        if session.level == .mission {
            let name = session.set.team ?? texts(for: session).compose.untitled
            say(.summary, "mission_summary", ["organisation": name, "text": session.mission ?? ""], &output)
        } else {
            let level = session.level ?? .team
            output.replies += summary(of: session, today: output.today, heading: "summary_\(level.rawValue)")
        }
        output.effects.append(.saveOrganisation(organisation(with: session)))
        say(.say, "level_saved", &output)
        output.session.finished = true
        return "finished"
    }

    /// The coach's organisation (or a new one) with what a session drafted at its level added:
    /// the mission and the organisation's name, a year's one-year objectives, or a cycle's company
    /// objectives, each under the next free id (`Y3`, `C4`).
    public func organisation(with session: Session) -> Organisation {
        var organisation = self.organisation ?? Organisation()
        organisation.lang = organisation.lang ?? session.set.lang
        switch session.level ?? .team {
        case .team:
            break
        case .mission:
            if let name = session.set.team, !name.isEmpty { organisation.name = name }
            if let mission = session.mission { organisation.mission = Mission(mission) }
        case .yearly:
            guard let year = session.set.cycle.flatMap({ CyclePeriod($0)?.year }) else { break }
            let ids = freeIDs("Y", count: session.set.objectives.count, in: organisation)
            let drafted = zip(ids, session.set.objectives).map { id, objective in
                OrganisationObjective(id: id, title: objective.title, keyResults: objective.keyResults)
            }
            if let index = organisation.years.firstIndex(where: { $0.year == year }) {
                organisation.years[index].objectives += drafted
            } else {
                organisation.years.append(OrganisationYear(year: year, objectives: drafted))
            }
        case .company:
            guard let cycle = session.set.cycle else { break }
            let ids = freeIDs("C", count: session.set.objectives.count, in: organisation)
            let drafted = zip(ids, session.set.objectives).map { id, objective in
                OrganisationObjective(
                    id: id, title: objective.title, parent: objective.parent, keyResults: objective.keyResults)
            }
            let period = CyclePeriod(cycle)
            if let index = organisation.cycles.firstIndex(where: {
                $0.cycle == cycle || (period != nil && CyclePeriod($0.cycle) == period)
            }) {
                organisation.cycles[index].objectives += drafted
            } else {
                organisation.cycles.append(CompanyCycle(cycle: cycle, objectives: drafted))
            }
        }
        return organisation
    }

    /// `count` ids of `prefix` and a number that no objective of the organisation has yet, lowest first.
    private func freeIDs(_ prefix: String, count: Int, in organisation: Organisation) -> [String] {
        let taken = Set(organisation.yearlyObjectives.map(\.id) + organisation.companyObjectives.map(\.id))
        var ids: [String] = []
        var number = 1
        while ids.count < count {
            if !taken.contains("\(prefix)\(number)") { ids.append("\(prefix)\(number)") }
            number += 1
        }
        return ids
    }
}

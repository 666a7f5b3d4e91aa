import OKRCore

/// Drafting the organisation's levels (`prompts/mission.yaml`, `yearly.yaml`, `company.yaml`):
/// the mission statement's actions, and the end of a level, which hands the organisation with
/// the drafted level in it to the adapter to keep.
extension Coach {
    /// The actions of the levels above a team, with what each returns and says.
    static func registerLevelActions(in registry: inout ActionRegistry) {
        registry.register("review_mission", outcomes: ["clean", "findings"], says: ["findings_intro"]) {
            coach, answer, output in coach.reviewMission(answer ?? "", &output)
        }
        registry.register("keep_mission", outcomes: ["kept"]) { coach, _, output in coach.keepMission(&output) }
        registry.register(
            "finish_level", outcomes: ["finished"],
            says: [
                "summary_yearly", "summary_company", "summary_yearly_unnamed", "summary_company_unnamed", "score",
                "mission_summary", "level_saved",
            ]
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

    /// Keeps the mission in the session; the end of the level shows it, once.
    private func saveMission(_ text: String, _ output: inout Output) -> String {
        output.session.set.lang = output.session.set.lang ?? writingLanguage(output.session)
        output.session.mission = text
        output.session.draft = Draft()
        return "clean"
    }

    /// Shows what was drafted (the mission, or the objectives with their findings and score)
    /// and asks the adapter to keep the organisation with it. Finishing again after /back
    /// replaces what the session kept the first time, under the same ids.
    private func finishLevel(_ output: inout Output) -> String {
        let session = output.session
        let (organisation, ids) = drafted(session)
        if session.level == .mission {
            let name = session.set.team ?? texts(for: session).compose.untitled
            say(.summary, "mission_summary", ["organisation": name, "text": session.mission ?? ""], &output)
        } else {
            let level = session.level ?? .team
            // An organisation without a name yet (no /mission drafted) is not "a set without a team".
            let named = !(session.set.team ?? "").trimmingWhitespace().isEmpty
            let heading = "summary_\(level.rawValue)" + (named ? "" : "_unnamed")
            // The objectives are labelled with the ids they are saved under, as the export and the tree show them.
            output.replies += summary(of: session, today: output.today, heading: heading, ids: ids)
        }
        output.effects.append(.saveOrganisation(organisation))
        output.session.levelIDs = ids
        say(.say, "level_saved", &output)
        output.session.finished = true
        return "finished"
    }

    /// What leaving says of a saved session: a team's set is saved (`left_saved`); a level of the
    /// organisation is saved in it once finished (`left_level_saved_yearly`), else its draft is kept
    /// to continue (`left_draft_saved_yearly`), never called "a set".
    public func savedOnLeaving(_ session: Session) -> Reply {
        guard (session.level ?? .team) != .team else { return texts(for: session).reply(.say, "left_saved") }
        let key = Self.levelKey(session.finished ? "left_level_saved" : "left_draft_saved", session)
        return texts(for: session).reply(.say, key)
    }

    /// A message that a level of the organisation words as its own: "resume" is "resume_yearly"
    /// for one-year objectives.
    static func levelKey(_ key: String, _ session: Session) -> String {
        let level = session.level ?? .team
        return level == .team ? key : key + "_" + level.rawValue
    }

    /// The coach's organisation (or a new one) with what a session drafted at its level added:
    /// the mission and the organisation's name, a year's one-year objectives, or a cycle's company
    /// objectives, each under the next free id in the organisation's language (`Y3`, `C4`; nb `A3`, `S4`).
    public func organisation(with session: Session) -> Organisation {
        drafted(session).organisation
    }

    /// The organisation with the session's level in it, and the ids its objectives were kept under.
    /// The objectives the session kept before (`Session.levelIDs`) are taken out first and their ids
    /// given again, so finishing twice after /back does not add them twice.
    private func drafted(_ session: Session) -> (organisation: Organisation, ids: [String]) {
        var organisation = self.organisation ?? Organisation()
        organisation.lang = organisation.lang ?? session.set.lang
        // Ids read back from a stored session are given again once each, and only where an organisation
        // file could hold them.
        var seen: Set<String> = []
        let kept = (session.levelIDs ?? []).filter { OrganisationObjective.isValidID($0) && seen.insert($0).inserted }
        if !kept.isEmpty { organisation.removeObjectives(Set(kept)) }
        let compose = (organisation.lang.flatMap { texts[$0] } ?? writingTexts(session)).compose
        switch session.level ?? .team {
        case .team:
            return (organisation, [])
        case .mission:
            if let name = session.set.team, !name.isEmpty { organisation.name = name }
            if let mission = session.mission { organisation.mission = Mission(mission) }
            return (organisation, [])
        case .yearly:
            guard let year = session.set.cycle.flatMap({ CyclePeriod($0)?.year }) else { return (organisation, []) }
            let ids = Self.ids(
                compose.yearlyID, count: session.set.objectives.count, reusing: kept,
                after: organisation.yearlyObjectives.count, in: organisation)
            let drafted = zip(ids, session.set.objectives).map { id, objective in
                OrganisationObjective(id: id, title: objective.title, keyResults: objective.keyResults)
            }
            if let index = organisation.years.firstIndex(where: { $0.year == year }) {
                organisation.years[index].objectives += drafted
            } else {
                organisation.years.append(OrganisationYear(year: year, objectives: drafted))
            }
            return (organisation, ids)
        case .company:
            guard let cycle = session.set.cycle else { return (organisation, []) }
            let ids = Self.ids(
                compose.companyID, count: session.set.objectives.count, reusing: kept,
                after: organisation.companyObjectives.count, in: organisation)
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
            return (organisation, ids)
        }
    }

    /// `count` ids for a level's new objectives: first the ids `reusing` (kept before by the same
    /// session), then the pattern with numbers counted on from the level's `after` objectives,
    /// skipping any id the organisation has (an imported file may use the same letter).
    private static func ids(
        _ pattern: Template, count: Int, reusing: [String], after: Int, in organisation: Organisation
    ) -> [String] {
        var ids = Array(reusing.prefix(count))
        let taken = Set(organisation.yearlyObjectives.map(\.id) + organisation.companyObjectives.map(\.id) + ids)
        var number = after + 1
        while ids.count < count {
            let written = String(number)
            // A pattern without its number, or one that writes no valid id, still gives distinct ids.
            var id = pattern.render(["number": written])
            if !id.contains(written) || !OrganisationObjective.isValidID(id) { id = "O" + written }
            if !taken.contains(id) { ids.append(id) }
            number += 1
        }
        return ids
    }
}

extension Organisation {
    /// Takes the objectives with these ids out of every year and cycle, and drops a year or cycle
    /// that this leaves empty.
    mutating func removeObjectives(_ ids: Set<String>) {
        years = Self.removing(ids, from: years, at: \.objectives)
        cycles = Self.removing(ids, from: cycles, at: \.objectives)
    }

    private static func removing<Part>(
        _ ids: Set<String>, from parts: [Part], at objectives: WritableKeyPath<Part, [OrganisationObjective]>
    ) -> [Part] {
        parts.compactMap { part in
            guard part[keyPath: objectives].contains(where: { ids.contains($0.id) }) else { return part }
            var left = part
            left[keyPath: objectives].removeAll { ids.contains($0.id) }
            return left[keyPath: objectives].isEmpty ? nil : left
        }
    }
}

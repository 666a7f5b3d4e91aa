import OKRCore

/// Which of the organisation's objectives an objective serves: the `pick` steps of the flows
/// offer the objectives of the level above as a numbered list, and Enter skips.
extension Coach {
    /// The most digits a choice's number is read with; a longer answer is no choice.
    static let choiceDigits = 4

    /// The objectives a pick step offers for the session's cycle: the company objectives of the
    /// set's cycle, or the one-year objectives of its year. Empty where no organisation is set up.
    func choices(for step: Flow.Step, _ session: Session) -> [OrganisationObjective] {
        guard let organisation, let options = step.options, let cycle = session.set.cycle else { return [] }
        switch options {
        case .companyObjectives:
            return organisation.cycle(named: cycle)?.objectives ?? []
        case .yearlyObjectives:
            return CyclePeriod(cycle).map { organisation.objectives(ofYear: $0.year) } ?? []
        }
    }

    /// Says what a pick step offers, one numbered line each, before its question.
    func sayChoices(for step: Flow.Step, _ output: inout Output) {
        let offered = choices(for: step, output.session)
        guard let options = step.options, !offered.isEmpty else { return }
        let cycle = output.session.set.cycle ?? ""
        let year = CyclePeriod(cycle).map { String($0.year) } ?? cycle
        say(.say, "choices_\(options.rawValue)", ["cycle": cycle, "year": year], &output)
        for (offset, objective) in offered.enumerated() {
            say(
                .say, "choice_line",
                ["number": String(offset + 1), "id": objective.id, "title": VisibleText.line(objective.title)], &output)
        }
    }

    /// Takes the answer to a pick: Enter skips, a number from the list or an objective's id chooses;
    /// anything else ("0", "-1", "99999999999", "two") is asked again.
    func pick(_ answer: String, at step: Flow.Step, _ output: inout Output) {
        if answer.isEmpty {
            guard step.optional else { return reprompt("reprompt_pick", &output) }
            output.session.remember()
            return perform(step, answer: nil, &output)
        }
        let offered = choices(for: step, output.session)
        guard let chosen = Self.choice(answer, among: offered) else { return reprompt("reprompt_pick", &output) }
        output.session.remember()
        perform(step, answer: chosen.id, &output)
    }

    /// The objective an answer chooses: its number in the list (ASCII digits only) or its id.
    static func choice(_ answer: String, among offered: [OrganisationObjective]) -> OrganisationObjective? {
        let written = answer.trimmingWhitespace()
        if !written.isEmpty, written.utf8.count <= choiceDigits, written.utf8.allSatisfy({ (48...57).contains($0) }),
            let number = Int(written), offered.indices.contains(number - 1)
        {
            return offered[number - 1]
        }
        return offered.first { $0.id.lowercased() == written.lowercased() }
    }

    /// Stores the objective picked for the objective about to be written, and lists it among
    /// the set's `parents`; nil (skipped) leaves the objective serving none.
    func serve(_ id: String?, _ session: inout Session) {
        session.draft.parent = id
        guard let id, !session.set.parents.contains(where: { $0.id == id }) else { return }
        let all = (organisation?.companyObjectives ?? []) + (organisation?.yearlyObjectives ?? [])
        session.set.parents.append(ParentObjective(id: id, title: all.first { $0.id == id }?.title ?? ""))
    }

    /// The title of the objective an id names: a parent the set lists, else one of the organisation's;
    /// the id itself where none has a title.
    func title(ofParent id: String, _ session: Session) -> String {
        let listed = session.set.parents.first { $0.id == id }?.title ?? ""
        if !listed.trimmingWhitespace().isEmpty { return listed }
        let all = (organisation?.companyObjectives ?? []) + (organisation?.yearlyObjectives ?? [])
        return all.first { $0.id == id }?.title ?? id
    }

    /// The id of the objective the one being written serves: the one picked for it, else the
    /// higher-level objective the set named in free text, which every objective of the set serves.
    func parentOfNewObjective(_ session: Session) -> String? {
        session.draft.parent ?? session.set.parents.first { $0.id == Self.freeTextParentID }?.id
    }

    /// The id given to a higher-level objective named in free text.
    static let freeTextParentID = "P1"

    /// A year as written: four ASCII digits within `Day.years`; nil for anything else.
    static func year(_ answer: String) -> Int? {
        let written = answer.trimmingWhitespace()
        guard written.utf8.count == 4, written.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(written),
            Day.years.contains(year)
        else { return nil }
        return year
    }

    /// The year one-year objectives are drafted for: the year of the next quarter, so that in
    /// the last quarter the coming year is offered.
    static func comingYear(after today: Day) -> Int {
        today.month >= 10 ? today.year + 1 : today.year
    }
}

import OKRCore

/// The review's actions: each objective committed or aspirational, each key result graded,
/// then a post-mortem or a question about safe goals where the grades call for one.
extension Coach {
    /// The review's and the retrospective's actions (`prompts/review.yaml`, `prompts/retro.yaml`).
    static func registerReviewActions(in registry: inout ActionRegistry) {
        registry.register(
            "next_review_item", outcomes: ["commitment", "grade", "post_mortem", "too_safe", "finished"],
            says: ["objective_graded"], needs: [.postMortemBelow, .tooSafeFrom, .tooSafeAfterCycles]
        ) { coach, _, output in coach.nextReviewItem(&output) }
        registry.register("record_commitment", outcomes: ["recorded", "unclear"], says: ["reprompt_commitment"]) {
            coach, answer, output in coach.recordCommitment(answer, &output)
        }
        registry.register("record_grade", outcomes: ["recorded", "unclear"], says: ["reprompt_grade"]) {
            coach, answer, output in coach.recordGrade(answer, &output)
        }
        registry.register("record_reflection", outcomes: ["recorded"]) { coach, answer, output in
            coach.recordReflection(answer, &output)
        }
        registry.register("finish_review", outcomes: ["finished"], says: ["review_saved", "back_to_drafting"]) {
            coach, _, output in coach.finishReview(&output)
        }
        registry.register(CoachAction.recordRetroName, outcomes: ["recorded"]) { coach, answer, output in
            coach.recordRetro(answer, &output)
        }
        registry.register("finish_retro", outcomes: ["finished"], says: ["retro_saved", "back_to_drafting"]) {
            coach, _, output in coach.finishRetro(&output)
        }
    }

    /// The next thing to ask about. `keyResult` is -1 before an objective's key results,
    /// their index while grading, their count once the objective is graded, and one more after its question.
    func nextReviewItem(_ output: inout Output) -> String {
        while var activity = output.session.activity, activity.objective < output.session.set.objectives.count {
            let objective = output.session.set.objectives[activity.objective]
            let count = objective.keyResults.count
            if activity.keyResult < 0 {
                guard objective.commitment != nil else { return "commitment" }
                activity.keyResult = 0
            }
            if activity.keyResult < count {
                output.session.activity = activity
                return "grade"
            }
            if activity.keyResult == count, let grade = Grade.objective(objective) {
                activity.keyResult = count + 1
                output.session.activity = activity
                sayObjectiveGrade(grade, objective: activity.objective, &output)
                if let question = question(after: grade, of: objective, output.session) { return question }
            }
            activity.objective += 1
            activity.keyResult = -1
            output.session.activity = activity
        }
        return "finished"
    }

    /// The review flow's question for an objective's grade, by its settings: a post-mortem for a
    /// committed objective graded below `post_mortem_below`; whether the goals were too safe for an
    /// aspirational one graded at least `too_safe_from` after `too_safe_after_cycles` cycles in a
    /// row at full marks.
    private func question(after grade: Double, of objective: Objective, _ session: Session) -> String? {
        guard let settings = cycleFlows[.review]?.settings else { return nil }
        switch objective.commitment {
        case .committed?:
            return settings.postMortemBelow.map { grade < $0 } == true ? "post_mortem" : nil
        case .aspirational?:
            let streak = session.previousCycle?.fullMarksStreak ?? 0
            guard let from = settings.tooSafeFrom, let cycles = settings.tooSafeAfterCycles else { return nil }
            return grade >= from && streak >= cycles ? "too_safe" : nil
        case nil:
            return nil
        }
    }

    func recordCommitment(_ answer: String?, _ output: inout Output) -> String {
        guard let commitment = Commitment.allCases.first(where: { means(answer, $0.rawValue) }),
            let index = output.session.activity?.objective
        else {
            say(.say, "reprompt_commitment", &output)
            return "unclear"
        }
        output.session.set.objectives[index].commitment = commitment
        output.session.activity?.keyResult = 0
        return "recorded"
    }

    func recordGrade(_ answer: String?, _ output: inout Output) -> String {
        guard let grade = answer.flatMap(Grade.read) else {
            say(.say, "reprompt_grade", &output)
            return "unclear"
        }
        updateKeyResult(&output) { $0.grade = grade }
        output.session.activity?.keyResult += 1
        output.session.activity?.done += 1
        return "recorded"
    }

    /// Keeps what was said about an objective at the review: its post-mortem, or why its goals were safe.
    func recordReflection(_ answer: String?, _ output: inout Output) -> String {
        if let answer, !answer.isEmpty, let index = output.session.activity?.objective {
            output.session.set.objectives[index].postMortem = answer
        }
        return "recorded"
    }

    func finishReview(_ output: inout Output) -> String {
        let day = output.session.activity?.day ?? output.today
        output.session.set.reviewed = day
        let grades = output.session.set.objectives.compactMap(Grade.objective)
        let mean = grades.isEmpty ? 0 : grades.reduce(0, +) / Double(grades.count)
        say(
            .summary, "review_saved",
            ["grade": gradeText(mean, output.session), "band": bandName(mean, output.session)], &output)
        endActivity(&output)
        return "finished"
    }

    private func sayObjectiveGrade(_ grade: Double, objective: Int, _ output: inout Output) {
        let values = [
            "objective": String(objective + 1), "grade": gradeText(grade, output.session),
            "band": bandName(grade, output.session),
        ]
        say(.summary, "objective_graded", values, &output)
    }

    /// "green", "grønn", "groen".
    func bandName(_ grade: Double, _ session: Session) -> String {
        format(session).band(Grade.Band(grade))
    }
}

/// The retrospective's actions: each answer saved against the set's cycle under its question's step id.
extension Coach {
    func recordRetro(_ answer: String?, _ output: inout Output) -> String {
        let topic = output.session.step
        if let answer, !answer.isEmpty {
            output.session.set.retro.removeAll { $0.topic == topic }
            output.session.set.retro.append(RetroNote(topic: topic, text: answer))
        }
        return "recorded"
    }

    func finishRetro(_ output: inout Output) -> String {
        say(.say, "retro_saved", &output)
        endActivity(&output)
        return "finished"
    }

    /// At the start of a new set: what the last cycle's retrospective said to change.
    func sayPreviousRetro(_ output: inout Output) {
        let recall = cycleFlows[.retro]?.settings.recall
        guard let previous = output.session.previousCycle,
            let change = previous.retro.last(where: { $0.topic == recall }) ?? previous.retro.last
        else { return }
        say(.say, "previous_retro", ["cycle": previous.cycle ?? "", "text": change.text], &output)
    }

    /// A new session for the next set, carrying what the previous set's review and retrospective left.
    public func newSession(id: String, language: LanguageCode? = nil, following previous: Session) -> Session {
        var session = newSession(id: id, language: language)
        // A set begun and left empty ("/new" twice) passes on what the set before it left.
        if previous.set.objectives.isEmpty, previous.set.retro.isEmpty, previous.set.reviewed == nil {
            session.previousCycle = previous.previousCycle
            return session
        }
        let fullMarks =
            previous.set.reviewed != nil
            && previous.set.objectives.contains { $0.commitment == .aspirational && (Grade.objective($0) ?? 0) >= 1 }
        let streak = fullMarks ? (previous.previousCycle?.fullMarksStreak ?? 0) + 1 : 0
        if !previous.set.retro.isEmpty || streak > 0 {
            session.previousCycle = PreviousCycle(
                cycle: previous.set.cycle, retro: previous.set.retro, fullMarksStreak: streak)
        }
        return session
    }
}

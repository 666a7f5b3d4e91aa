import OKRCore

extension Coach {
    /// Starts a check-in, a review or a retrospective of a saved set, as `/checkin`,
    /// `/review` or `/retro` would; one already under way goes on where it stopped.
    ///
    /// A check-in under way for another day than the one the person named (`--date`) is not
    /// silently continued under its old day: what was answered for that day is kept, the
    /// person is told, and a check-in for the named day starts. A review under way takes
    /// the named day, which is the day the set is marked reviewed.
    ///
    /// - Parameters:
    ///   - kind: which conversation.
    ///   - session: the session whose set it is about.
    ///   - today: the day it runs on, which dates the check-in or the review.
    ///   - dayNamed: whether the person named `today` themselves, rather than a clock.
    public func begin(_ kind: Activity.Kind, in session: Session, today: Day, dayNamed: Bool = false) -> Turn {
        var output = Output(session: session, today: today)
        guard let activity = session.activity, activity.kind == kind else {
            begin(kind, &output)
            return output.turn
        }
        if dayNamed, activity.day != output.today {
            switch kind {
            case .checkIn: return restartCheckIn(from: activity, &output)
            case .review: output.session.activity?.day = output.today
            case .retro: break
            }
        }
        ask(again: true, &output)
        return output.turn
    }

    /// Ends a check-in under way for another day, keeping what was answered for that day,
    /// and starts one for today.
    private func restartCheckIn(from activity: Activity, _ output: inout Output) -> Turn {
        if let pending = activity.pending, pending.value != nil || pending.confidence != nil {
            _ = recordNote(nil, &output)
        }
        say(.say, "checkin_restarted", ["old": activity.day.description, "day": output.today.description], &output)
        begin(.checkIn, &output)
        return output.turn
    }

    /// Starts a check-in, a review or a retrospective of the session's set.
    func begin(_ kind: Activity.Kind, _ output: inout Output) {
        guard let flow = cycleFlows[kind] else {
            say(.say, "no_flow", &output)
            return ask(again: true, &output)
        }
        let set = output.session.set
        let hasKeyResults = set.objectives.contains { !$0.keyResults.isEmpty }
        guard kind == .retro ? !set.objectives.isEmpty : hasKeyResults else {
            say(.say, "nothing_to_check_in", &output)
            return ask(again: true, &output)
        }
        output.session.remember()
        let resume = output.session.activity?.resumeStep ?? output.session.step
        output.session.activity = Activity(kind: kind, day: output.today, resumeStep: resume)
        let title = output.session.title.isEmpty ? texts(for: output.session).compose.untitled : output.session.title
        say(.say, "\(kind.rawValue)_start", ["title": title, "day": output.today.description], &output)
        if kind == .checkIn { sayAttention(stale: true, &output) }
        enter(flow.start, &output)
    }

    /// Ends the activity and goes back to the drafting question it interrupted, if any.
    ///
    /// What it saved is history, not a draft to undo: the undo stack is emptied, which also
    /// keeps a stored session from carrying a hundred copies of a growing set.
    func endActivity(_ output: inout Output) {
        guard let activity = output.session.activity else { return }
        output.session.step = activity.resumeStep
        output.session.activity = nil
        output.session.undo.removeAll()
        if draftingFlow(of: output.session).steps[activity.resumeStep]?.ask != nil {
            say(.say, "back_to_drafting", &output)
            ask(again: true, &output)
        }
    }

    /// Key results that need attention: silent for two weeks (at the start), confidence falling twice.
    func sayAttention(stale: Bool, _ output: inout Output) {
        let set = output.session.set
        for (o, objective) in set.objectives.enumerated() {
            for (k, keyResult) in objective.keyResults.enumerated() {
                for attention in Attention.of(keyResult, setStarted: set.firstCheckIn, today: output.today) {
                    let label = format(output.session).keyResult(k, inObjective: o)
                    switch attention {
                    case .stale(let days?) where stale:
                        say(.finding, "attention_stale", ["label": label, "days": String(days)], &output)
                    case .stale(nil) where stale:
                        say(.finding, "attention_never", ["label": label], &output)
                    case .fallingConfidence(let scores) where !stale:
                        let trend = scores.map(String.init).joined(separator: " → ")
                        say(.finding, "attention_falling", ["label": label, "trend": trend], &output)
                    default: break
                    }
                }
            }
        }
    }

    /// The key result the activity is at.
    func currentKeyResult(_ session: Session) -> KeyResult? {
        guard let activity = session.activity, session.set.objectives.indices.contains(activity.objective) else {
            return nil
        }
        let results = session.set.objectives[activity.objective].keyResults
        return results.indices.contains(activity.keyResult) ? results[activity.keyResult] : nil
    }

    /// Changes the key result the activity is at.
    func updateKeyResult(_ output: inout Output, _ change: (inout KeyResult) -> Void) {
        guard let activity = output.session.activity, currentKeyResult(output.session) != nil else { return }
        change(&output.session.set.objectives[activity.objective].keyResults[activity.keyResult])
    }

    /// The placeholders of an activity's questions.
    func activityValues(_ activity: Activity, _ session: Session) -> [String: String] {
        let objectives = session.set.objectives
        let objective = objectives.indices.contains(activity.objective) ? objectives[activity.objective] : nil
        var values = [
            "objective": String(activity.objective + 1),
            "title": objective?.title ?? "",
            "label": format(session).keyResult(activity.keyResult, inObjective: activity.objective),
        ]
        if let keyResult = currentKeyResult(session) {
            values["text"] = keyResult.text
            // In a team's set, whose number it is: "39 on 2026-11-16, from kari".
            values["last"] =
                keyResult.latest.map { latest in
                    texts(for: session).message(
                        latest.author == nil ? "last_check_in" : "last_check_in_by",
                        [
                            "value": written(latest.value ?? 0, of: keyResult, session), "day": latest.day.description,
                            "author": latest.author ?? "",
                        ])
                } ?? format(session).noCheckIn
            values["default"] = gradeText(suggestedGrade(session), session)
            values["progress"] = progressText(keyResult, session)
        }
        if let objective, let grade = Grade.objective(objective) { values["grade"] = gradeText(grade, session) }
        return values
    }

    /// How the session's language writes numbers, grades, percentages, changes and labels.
    func format(_ session: Session) -> LanguageFormatter {
        texts(for: session).format
    }

    /// A number as the session's language writes it: "12", "99.9", "4,5", "12 400".
    func written(_ value: Double, _ session: Session) -> String {
        format(session).number(value)
    }

    /// A grade as the session's language writes it: "0.7", "0,7".
    func gradeText(_ grade: Double, _ session: Session) -> String {
        format(session).grade(grade)
    }

    /// The progress of a key result in words: "███████░░░ 75 %", "done", "held".
    func progressText(_ keyResult: KeyResult, _ session: Session) -> String {
        let progress = keyResult.progress
        let state: String
        switch keyResult.kind ?? .increase {
        case .milestone:
            state = texts(for: session).message(progress == 1 ? "done_state" : "not_done_state")
        case .atLeast, .atMost:
            state = progress == nil ? "–" : texts(for: session).message(progress == 1 ? "held_state" : "not_held_state")
        case .increase, .decrease:
            state = progress.map(format(session).percent) ?? "–"
        }
        return "\(Progress.bar(progress)) \(state)"
    }

    /// The grade the current key result's progress suggests.
    func suggestedGrade(_ session: Session) -> Double {
        Grade.suggested(for: currentKeyResult(session)?.progress)
    }
}

import OKRCore

/// The check-in's actions: for each key result its value, the team's confidence and a note.
extension Coach {
    /// The check-in flow's actions (`prompts/checkin.yaml`), with what each returns and says.
    static func registerCheckInActions(in registry: inout ActionRegistry) {
        let values: Set<String> = ["reprompt_value_form", "reprompt_value_range"]
        let progress: Set<String> = ["progress", "progress_change"]
        registry.register("next_key_result", outcomes: ["value", "done", "kind", "target", "finished"]) {
            coach, _, output in coach.nextKeyResult(&output)
        }
        registry.register(
            "set_kind", outcomes: ["value", "done", "target", "kind", "unclear"], says: ["reprompt_kind"]
        ) {
            coach, answer, output in coach.setKind(answer, &output)
        }
        registry.register("set_target", outcomes: ["value", "done", "target", "kind"], says: values) {
            coach, answer, output in coach.setTarget(answer, &output)
        }
        registry.register(
            "record_value", outcomes: ["recorded", "unclear"],
            says: values.union(progress).union(["no_value", "baseline_from_first"])
        ) { coach, answer, output in coach.recordValue(answer, &output) }
        for (name, done) in [("mark_done", true), ("mark_open", false)] {
            registry.register(name, outcomes: ["recorded"], says: progress) { coach, _, output in
                coach.recordDone(done, &output)
            }
        }
        registry.register("record_confidence", outcomes: ["recorded", "unclear"], says: ["reprompt_confidence"]) {
            coach, answer, output in coach.recordConfidence(answer, &output)
        }
        registry.register("record_note", outcomes: ["recorded"]) { coach, answer, output in
            coach.recordNote(answer, &output)
        }
        registry.register(
            "finish_checkin", outcomes: ["finished"],
            says: ["checkin_saved", "attention_stale", "attention_never", "attention_falling", "back_to_drafting"]
        ) { coach, _, output in coach.finishCheckIn(&output) }
    }

    /// Moves to the next key result; reads its kind, baseline and target from the text when they are unknown.
    func nextKeyResult(_ output: inout Output) -> String {
        guard var activity = output.session.activity else { return "finished" }
        let objectives = output.session.set.objectives
        repeat {
            activity.keyResult += 1
            while activity.objective < objectives.count,
                activity.keyResult >= objectives[activity.objective].keyResults.count
            {
                activity.objective += 1
                activity.keyResult = 0
            }
        } while activity.objective < objectives.count
            && Self.needsNoCheckIn(objectives[activity.objective].keyResults[activity.keyResult], on: activity.day)
        activity.pending = CheckIn(day: activity.day, value: nil)
        output.session.activity = activity
        guard activity.objective < objectives.count else { return "finished" }
        // The text is read in the set's language, which a team member checking in may not speak.
        let lexicon = checker.languages.catalog(for: output.session.set.lang ?? language(of: output.session)).lexicon
        updateKeyResult(&output) { keyResult in
            guard keyResult.kind == nil else { return }
            keyResult.fillFromText(KeyResultReading(keyResult.text, lexicon: lexicon))
        }
        return pieceToAsk(output.session)
    }

    /// An empty key result, or a milestone done at an earlier check-in: nothing to ask.
    static func needsNoCheckIn(_ keyResult: KeyResult, on day: Day) -> Bool {
        if keyResult.text.trimmingWhitespace().isEmpty { return true }
        guard keyResult.kind == .milestone else { return false }
        return keyResult.checkIns.last { $0.value != nil && $0.day < day }?.value == 1
    }

    /// What to ask about the current key result: its kind, its target, or its value.
    private func pieceToAsk(_ session: Session) -> String {
        guard let keyResult = currentKeyResult(session), let kind = keyResult.kind else { return "kind" }
        if kind == .milestone { return "done" }
        return keyResult.target == nil ? "target" : "value"
    }

    func setKind(_ answer: String?, _ output: inout Output) -> String {
        guard let kind = KeyResultKind.allCases.first(where: { means(answer, $0.rawValue) }) else {
            say(.say, "reprompt_kind", &output)
            return "unclear"
        }
        updateKeyResult(&output) { $0.kind = kind }
        return pieceToAsk(output.session)
    }

    func setTarget(_ answer: String?, _ output: inout Output) -> String {
        guard let target = value(in: answer, &output) else { return "target" }
        updateKeyResult(&output) { $0.target = target }
        return pieceToAsk(output.session)
    }

    func recordValue(_ answer: String?, _ output: inout Output) -> String {
        guard let answer, !answer.isEmpty else {
            say(.say, "no_value", &output)
            return "recorded"
        }
        guard let value = value(in: answer, &output) else { return "unclear" }
        output.session.activity?.pending?.value = value
        if let keyResult = currentKeyResult(output.session), keyResult.effectiveBaseline == nil,
            keyResult.kind == .increase || keyResult.kind == .decrease
        {
            say(.say, "baseline_from_first", ["value": written(value, of: keyResult, output.session)], &output)
        }
        sayProgress(&output)
        return "recorded"
    }

    /// A milestone's check-in: done (1) or not yet (0).
    func recordDone(_ done: Bool, _ output: inout Output) -> String {
        output.session.activity?.pending?.value = done ? 1 : 0
        sayProgress(&output)
        return "recorded"
    }

    func recordConfidence(_ answer: String?, _ output: inout Output) -> String {
        let normalized = answer.map(Self.normalized) ?? ""
        let score =
            Int(normalized).flatMap { (1...10).contains($0) ? $0 : nil }
            ?? ConfidenceLevel.allCases.first { means(answer, $0.rawValue) }?.score
        guard let score else {
            say(.say, "reprompt_confidence", &output)
            return "unclear"
        }
        output.session.activity?.pending?.confidence = score
        return "recorded"
    }

    /// Keeps the note and saves the key result's check-in in its history (one a day: a second replaces the first).
    func recordNote(_ answer: String?, _ output: inout Output) -> String {
        guard var checkIn = output.session.activity?.pending else { return "recorded" }
        checkIn.note = answer.flatMap { $0.isEmpty ? nil : $0 }
        updateKeyResult(&output) { keyResult in
            keyResult.checkIns.removeAll { $0.day == checkIn.day }
            keyResult.checkIns.append(checkIn)
        }
        output.session.activity?.pending = nil
        output.session.activity?.done += 1
        return "recorded"
    }

    func finishCheckIn(_ output: inout Output) -> String {
        let activity = output.session.activity
        say(
            .say, "checkin_saved", ["count": String(activity?.done ?? 0), "day": activity?.day.description ?? ""],
            &output)
        sayAttention(stale: false, &output)
        endActivity(&output)
        return "finished"
    }

    /// "███████░░░ 75 % (+60 since 2026-11-14)" for the current key result with the value just given.
    private func sayProgress(_ output: inout Output) {
        guard var keyResult = currentKeyResult(output.session), let pending = output.session.activity?.pending else {
            return
        }
        // The last number from an earlier day: a teammate's check-in today is no "last week".
        let previous = keyResult.checkIns.last { $0.value != nil && $0.day < pending.day }
        keyResult.checkIns.removeAll { $0.day == pending.day }
        keyResult.checkIns.append(pending)
        var text = progressText(keyResult, output.session)
        if let previous, let before = previous.value, let now = pending.value,
            keyResult.kind != .milestone
        {
            let values = ["change": format(output.session).change(now - before), "day": previous.day.description]
            text += " " + texts(for: output.session).message("progress_change", values)
        }
        let label =
            output.session.activity.map { format(output.session).keyResult($0.keyResult, inObjective: $0.objective) }
            ?? ""
        say(.say, "progress", ["label": label, "progress": text], &output)
    }

    /// A value of a key result as the session's language writes it, with the unit its text
    /// gives its values ("40 %", "2,5 mill. kr"), read in the set's language.
    func written(_ value: Double, of keyResult: KeyResult, _ session: Session) -> String {
        let number = written(value, session)
        let lexicon = checker.languages.catalog(for: session.set.lang ?? language(of: session)).lexicon
        return ValueUnit(for: value, in: KeyResultReading(keyResult.text, lexicon: lexicon))?.written(number) ?? number
    }

    /// Whether an answer is one of a meaning's words (`coach.answers`) in any language.
    func means(_ answer: String?, _ meaning: String) -> Bool {
        guard let answer else { return false }
        let normalized = Self.normalized(answer)
        return texts.values.contains { $0.choices[meaning]?.contains(normalized) == true }
    }

    /// The value of an answer as the person's language writes it: "480", "68 %", "4,5 timer",
    /// "1 850". When it is none ("5e2", "0x10", "1 000" in English) or too large, the person
    /// is told why and nil is returned, so the question is asked again.
    func value(in answer: String?, _ output: inout Output) -> Double? {
        let format = checker.languages.catalog(for: language(of: output.session)).numbers
        switch NumberReader(format: format).read(answer ?? "") {
        case .success(let value): return value
        case .failure(.malformed): say(.say, "reprompt_value_form", &output)
        case .failure(.outOfRange): say(.say, "reprompt_value_range", &output)
        }
        return nil
    }
}

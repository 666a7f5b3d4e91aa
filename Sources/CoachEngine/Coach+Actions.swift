import OKRCore

extension Coach {
    /// The drafting flow's actions (`prompts/draft.yaml`), with what each returns and says.
    static func registerDraftingActions(in registry: inout ActionRegistry) {
        let pieceOutcomes: Set<String> = ["propose", "write"]
        registry.register(
            "review_objective", outcomes: ["clean", "findings", "no_purpose"],
            says: ["objective_clean", "objective_clean_linked", "findings_intro", "objective_saved"]
        ) { coach, answer, output in coach.reviewObjective(answer ?? "", &output) }
        registry.register("keep_objective", outcomes: ["no_purpose", "kept"], says: ["objective_saved"]) {
            coach, _, output in coach.keepObjective(&output)
        }
        registry.register("add_purpose", outcomes: ["proposed", "skipped"]) { coach, answer, output in
            coach.addPurpose(answer, &output)
        }
        registry.register(
            "accept_objective", outcomes: ["saved", "findings"], says: ["findings_intro", "objective_saved"]
        ) {
            coach, _, output in coach.acceptObjective(&output)
        }
        registry.register(
            "review_key_result", outcomes: pieceOutcomes.union(["done", "clean", "compound"]), asksForPieces: true,
            says: ["findings_intro", "key_result_saved", "cannot_propose"], needs: [.refine]
        ) { coach, answer, output in coach.reviewKeyResult(answer ?? "", &output) }
        registry.register(
            "fill_milestone", outcomes: pieceOutcomes.union(["clean", "measure"]), asksForPieces: true,
            says: ["key_result_saved", "cannot_propose"], needs: [.refine]
        ) { coach, answer, output in coach.fillMilestone(answer, &output) }
        for piece in ["outcome", "measure"] {
            registry.register(
                "fill_\(piece)", outcomes: pieceOutcomes, asksForPieces: true, says: ["cannot_propose"],
                needs: [.refine]
            ) { coach, answer, output in coach.fillMeasure(answer, piece: piece, &output) }
        }
        for piece in ["target", "baseline"] {
            registry.register(
                "fill_\(piece)", outcomes: pieceOutcomes, asksForPieces: true, says: ["cannot_propose"],
                needs: [.refine]
            ) { coach, answer, output in coach.fillValue(answer, piece: piece, &output) }
        }
        registry.register(
            "fill_deadline", outcomes: pieceOutcomes, asksForPieces: true, says: ["cannot_propose"], needs: [.refine]
        ) { coach, answer, output in coach.fillDeadline(answer, &output) }
        registry.register("accept_key_result", outcomes: ["saved"], says: ["key_result_saved"]) { coach, _, output in
            coach.acceptKeyResult(&output)
        }
        registry.register("count_key_results", outcomes: ["more", "focus"], needs: [.focusAfter]) { coach, _, output in
            coach.countKeyResults(output.session)
        }
        registry.register("leading_lagging", outcomes: ["ask", "skip"], needs: [.leadingLaggingFrom]) {
            coach, _, output in
            coach.leadingLagging(&output)
        }
        registry.register("finish", outcomes: ["finished"], says: ["summary", "score", "saved"]) { coach, _, output in
            coach.finish(&output)
        }
    }

    // MARK: - Objectives

    private func reviewObjective(_ text: String, _ output: inout Output) -> String {
        output.session.draft.language = output.session.draft.language ?? languageOfNewText(text, output.session)
        output.session.draft.objective = text
        output.session.draft.proposal = nil
        // An objective that serves the higher-level objective named has its reason.
        let reading = checker.reading(
            objective: text, linkedToParent: parentOfNewObjective(output.session) != nil,
            language: writingLanguage(output.session))
        let findings = reading.findings
        guard !findings.isEmpty else {
            praise(text, &output)
            _ = saveObjective(text, reading: reading, &output)
            return "clean"
        }
        let onlyPurpose = findings.allSatisfy { $0.rule == .objectiveNoPurpose }
        if !onlyPurpose { say(.say, "findings_intro", &output) }
        for finding in findings {
            output.replies.append(Reply(.finding, finding.message))
            if !onlyPurpose { output.replies.append(Reply(.hint, finding.hint)) }
        }
        return onlyPurpose ? "no_purpose" : "findings"
    }

    /// Praises an objective with no findings: for what and why, or, where its reason is that of the
    /// objective it serves (contract v2), for what it is and where its why comes from.
    private func praise(_ text: String, _ output: inout Output) {
        let analysis = TextAnalysis(text, lexicon: lexicon(output.session))
        guard !analysis.hasPurpose, let parent = parentOfNewObjective(output.session) else {
            return say(.say, "objective_clean", &output)
        }
        let title = VisibleText.line(title(ofParent: parent, output.session))
        say(.say, "objective_clean_linked", ["parent": title], &output)
    }

    private func keepObjective(_ output: inout Output) -> String {
        let text = output.session.draft.objective ?? ""
        let analysis = TextAnalysis(text, lexicon: lexicon(output.session))
        if !analysis.hasPurpose, parentOfNewObjective(output.session) == nil { return "no_purpose" }
        _ = saveObjective(text, &output)
        return "kept"
    }

    private func addPurpose(_ why: String?, _ output: inout Output) -> String {
        guard let why, !why.isEmpty else { return "skipped" }
        let composer = PurposeComposer(compose: writingTexts(output.session).compose, lexicon: lexicon(output.session))
        output.session.draft.proposal = composer.compose(objective: output.session.draft.objective ?? "", why: why)
        return "proposed"
    }

    /// Saves the objective; a proposed one is checked again first, and its findings said instead.
    private func acceptObjective(_ output: inout Output) -> String {
        guard let proposal = output.session.draft.proposal else {
            return saveObjective(output.session.draft.objective ?? "", &output)
        }
        let reading = checker.reading(
            objective: proposal, linkedToParent: parentOfNewObjective(output.session) != nil,
            language: writingLanguage(output.session))
        let findings = reading.findings
        guard findings.isEmpty else {
            output.session.draft.proposal = nil
            say(.say, "findings_intro", &output)
            for finding in findings {
                output.replies.append(Reply(.finding, finding.message))
                output.replies.append(Reply(.hint, finding.hint))
            }
            return "findings"
        }
        return saveObjective(proposal, reading: reading, &output)
    }

    /// - Parameter reading: the objective rules' reading of `text` made while it was reviewed, if any.
    private func saveObjective(_ text: String, reading: KeptReading? = nil, _ output: inout Output) -> String {
        let parent = parentOfNewObjective(output.session)
        output.session.set.lang = output.session.set.lang ?? writingLanguage(output.session)
        output.session.set.objectives.append(Objective(title: text, parent: parent))
        keepReadingOfLastObjective(reading, &output.session)
        output.session.draft = Draft(leadingLaggingAsked: output.session.draft.leadingLaggingAsked)
        say(.say, "objective_saved", ["objective": String(output.session.set.objectives.count), "text": text], &output)
        return "saved"
    }

    // MARK: - Key results

    private func reviewKeyResult(_ text: String, _ output: inout Output) -> String {
        let texts = texts(for: output.session)
        let hasKeyResults = !(output.session.set.objectives.last?.keyResults.isEmpty ?? true)
        if hasKeyResults, texts.done.union(allDoneWords).contains(Self.normalized(text)) { return "done" }
        output.session.draft.language = output.session.draft.language ?? languageOfNewText(text, output.session)
        let reading = KeyResultReading(text, lexicon: lexicon(output.session))
        let findings = checker.review(
            keyResult: reading, setHasCycle: output.session.set.hasCycle, language: writingLanguage(output.session))
        let parts = KeyResultParts(reading)
        output.session.draft.keyResult = parts
        output.session.draft.proposal = nil
        // "Wekelijks verhogen van 25 naar 40": numbers, but nothing they count; ask for the measure.
        let namesNoMeasure = reading.isMeasurable && reading.measure == nil && reading.task == nil
        guard !findings.isEmpty || namesNoMeasure else {
            output.session.draft.proposal = text
            _ = acceptKeyResult(&output)
            return "clean"
        }
        if let compound = findings.first(where: { $0.rule == .keyResultCompound }) {
            output.replies.append(Reply(.finding, compound.message))
            output.replies.append(Reply(.hint, compound.hint))
            return "compound"
        }
        if !findings.isEmpty { say(.say, "findings_intro", &output) }
        for finding in findings { output.replies.append(Reply(.finding, finding.message)) }
        return nextPiece(&output)
    }

    /// What to ask for next, or the key result written out to propose.
    private func nextPiece(_ output: inout Output) -> String {
        guard let parts = output.session.draft.keyResult else { return "propose" }
        if let piece = parts.missing(order: draftingFlow(of: output.session).settings.refine ?? []) { return piece }
        switch composer(for: output.session, today: output.today).compose(parts) {
        case .sure(let sentence):
            output.session.draft.proposal = sentence
            return "propose"
        case .unsure(let pattern, _):
            // Not sure of the sentence: show the pattern with what is known and let the person write it.
            output.session.draft.proposal = nil
            say(.say, "cannot_propose", ["pattern": pattern], &output)
            return "write"
        }
    }

    private func fillMeasure(_ answer: String?, piece: String, _ output: inout Output) -> String {
        guard var parts = output.session.draft.keyResult else { return "propose" }
        if let answer {
            let analysis = TextAnalysis(answer, lexicon: lexicon(output.session))
            // A task's numbers ("Hire 2 engineers") count something else; a draft's own ones stay.
            let numbersApply = parts.task == nil && parts.kind != .milestone
            parts.measureGiven = true
            parts.task = nil
            let reading = KeyResultReading(analysis, text: answer)
            let given = KeyResultParts(reading)
            // "600" to "How would you count it?" is a number for the measure already named.
            let onlyNumbers = given.measure == nil && (given.to != nil || given.from != nil) && parts.measure != nil
            guard Self.bringsValues(analysis) || onlyNumbers else {
                // The answer is the measure: kept whole, its numbers and time words part of it
                // ("clinics activated in their first seven days").
                parts.measure = answer.trimmingTrailingPunctuation()
                if !numbersApply {
                    parts.from = nil
                    parts.to = nil
                    parts.relative = false
                }
                output.session.draft.keyResult = parts
                return nextPiece(&output)
            }
            parts.measure = given.measure ?? (onlyNumbers ? parts.measure : answer.trimmingTrailingPunctuation())
            parts.from = given.from
            parts.to = given.to
            parts.relative = given.relative
            if given.namesTime, let deadline = reading.deadline { parts.deadline = deadline.phrase }
        } else {
            parts.skipped.append(piece)
            // Without a measure no number can be written into the key result: none is asked for.
            if parts.measure == nil { parts.skipped += ["target", "baseline"] }
        }
        output.session.draft.keyResult = parts
        return nextPiece(&output)
    }

    /// The answer to "Would a number show that it worked?": a measure keeps the number, "yes"
    /// asks for it, and Enter or "no" keeps the milestone as written (with its deadline).
    private func fillMilestone(_ answer: String?, _ output: inout Output) -> String {
        guard var parts = output.session.draft.keyResult else { return "propose" }
        if means(answer, "yes") {
            parts.kind = nil
            parts.task = nil
            output.session.draft.keyResult = parts
            return "measure"
        }
        guard let answer, !means(answer, "no") else {
            parts.skipped.append("milestone")
            output.session.draft.keyResult = parts
            let next = nextPiece(&output)
            // Nothing to add to a milestone that names its time: keep it as written.
            guard next == "propose", output.session.draft.proposal == parts.text else { return next }
            _ = acceptKeyResult(&output)
            return "clean"
        }
        parts.kind = nil
        output.session.draft.keyResult = parts
        return fillMeasure(answer, piece: "milestone", &output)
    }

    private func fillValue(_ answer: String?, piece: String, _ output: inout Output) -> String {
        guard var parts = output.session.draft.keyResult else { return "propose" }
        if let answer, let value = Self.firstValue(in: answer, lexicon: lexicon(output.session)) {
            if piece == "target" { parts.to = value } else { parts.from = value }
        } else {
            // A starting value without a target goes nowhere in the key result: it is not asked for.
            parts.skipped += piece == "target" && parts.to == nil ? ["target", "baseline"] : [piece]
        }
        output.session.draft.keyResult = parts
        return nextPiece(&output)
    }

    private func fillDeadline(_ answer: String?, _ output: inout Output) -> String {
        guard var parts = output.session.draft.keyResult else { return "propose" }
        if let answer {
            // Kept as written: "within 6 weeks" keeps its own preposition, "31 March" gets the pattern's.
            parts.deadline = answer.trimmingTrailingPunctuation()
        } else {
            parts.skipped.append("deadline")
        }
        output.session.draft.keyResult = parts
        return nextPiece(&output)
    }

    private func acceptKeyResult(_ output: inout Output) -> String {
        guard let text = output.session.draft.proposal ?? output.session.draft.keyResult?.text,
            !output.session.set.objectives.isEmpty
        else { return "saved" }
        let last = output.session.set.objectives.count - 1
        output.session.set.objectives[last].keyResults.append(KeyResult(text))
        output.session.draft.keyResult = nil
        output.session.draft.proposal = nil
        output.session.draft.language = nil
        let values = [
            "objective": String(last + 1),
            "key_result": String(output.session.set.objectives[last].keyResults.count), "text": text,
        ]
        say(.say, "key_result_saved", values, &output)
        return "saved"
    }

    private func countKeyResults(_ session: Session) -> String {
        let count = session.set.objectives.last?.keyResults.count ?? 0
        return draftingFlow(of: session).settings.focusAfter.map { count >= $0 } == true ? "focus" : "more"
    }

    private func leadingLagging(_ output: inout Output) -> String {
        let number = output.session.set.objectives.count
        let count = output.session.set.objectives.last?.keyResults.count ?? 0
        guard draftingFlow(of: output.session).settings.leadingLaggingFrom.map({ count >= $0 }) == true,
            !output.session.draft.leadingLaggingAsked.contains(number)
        else { return "skip" }
        output.session.draft.leadingLaggingAsked.append(number)
        return "ask"
    }

    private func finish(_ output: inout Output) -> String {
        output.replies += summary(of: output.session, today: output.today)
        say(.say, "saved", &output)
        output.session.finished = true
        return "finished"
    }

    // MARK: - Writing

    /// The composer of key results in a session's language.
    func composer(for session: Session, today: Day) -> KeyResultComposer {
        let setHasCycle = session.set.hasCycle
        return KeyResultComposer(
            texts: writingTexts(session), lexicon: lexicon(session),
            endOfCycle: defaultText("end_of_cycle", session, today: today)
        ) { [checker] reading in
            checker.rulesBroken(by: reading, setHasCycle: setHasCycle)
        }
    }

    private var allDoneWords: Set<String> {
        Set(texts.values.flatMap(\.done))
    }

    /// Whether an answer names values of its own ("churn from 5 % to 3 %", "uptime at least 99.5 %")
    /// rather than only a measure: a from, to, bound or "by" word with a number right after it.
    static func bringsValues(_ analysis: TextAnalysis) -> Bool {
        let valueWords: WordClass = [
            .baselinePreposition, .pairedBaselinePreposition, .targetPreposition, .relativePreposition, .atLeastWord,
            .atMostWord, .baselineWord,
        ]
        return analysis.tokens.indices.contains { index in
            guard !analysis.classes(at: index).isDisjoint(with: valueWords) else { return false }
            let end = min(index + 4, analysis.tokens.count)
            return (index + 1..<end).contains { analysis.counts($0) }
        }
    }

    /// The first value in an answer, as written: "68 %", "$1.2M", "two".
    static func firstValue(in answer: String, lexicon: Lexicon) -> String? {
        let analysis = TextAnalysis(answer, lexicon: lexicon)
        guard let index = analysis.tokens.indices.first(where: analysis.counts) else { return nil }
        return analysis.written(analysis.valueSpan(index))
    }

    static func number(in text: String, lexicon: Lexicon) -> Double? {
        lexicon.tokenizer.tokens(text).first { $0.kind == .number }?.value
    }
}

extension String {
    func trimmingTrailingPunctuation() -> String {
        var text = trimmingWhitespace()
        while let last = text.last, last == "." || last == "!" || last == "," { text.removeLast() }
        return text
    }

    /// "het aantal" → "Het aantal", for the start of a sentence.
    func uppercasedFirst() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// "Secure our lead" → "secure our lead", for the middle of a sentence; "NPS" stays.
    func lowercasedFirst() -> String {
        guard let first, count > 1, let second = dropFirst().first, !second.isUppercase else { return self }
        return first.lowercased() + dropFirst()
    }
}

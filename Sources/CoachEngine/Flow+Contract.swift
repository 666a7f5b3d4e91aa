import OKRCore

/// The checks a flow passes when it is read, each naming the file and line of what is wrong:
/// steps that exist, routes that are outcomes of their action and cover all of them, a way on
/// from every step, every step reachable from the start, and the settings each action needs.
extension Flow {
    func validate() throws(InputError) {
        guard steps[start] != nil else {
            throw InputError(source: source, line: lines["start"], .noSuchStep, ["key": "start", "step": start])
        }
        for id in order {
            guard let step = steps[id] else { continue }
            try validateFields(of: step)
            try validateWayOn(from: step)
        }
        try validateSettings()
        try validateReachability()
    }

    /// A problem with a step's key (or the step itself, for ""), said as `steps.ID.KEY: …`.
    private func problem(_ step: Step, _ key: String, _ text: CLIText, _ values: [String: String] = [:])
        -> InputError
    {
        let place = "steps.\(step.id)\(key.isEmpty ? "" : ".\(key)")"
        return InputError(
            source: source, line: step.lines[key] ?? step.lines[""], text, values.merging(["key": place]) { $1 })
    }

    private func validateFields(of step: Step) throws(InputError) {
        for (key, target) in [
            ("next", step.next), ("on_yes", step.onYes), ("on_no", step.onNo), ("otherwise", step.otherwise),
        ] {
            if let target, steps[target] == nil { throw problem(step, key, .noSuchStep, ["step": target]) }
        }
        for outcome in step.routes.keys.sorted() where steps[step.routes[outcome] ?? ""] == nil {
            throw problem(step, "routes.\(outcome)", .noSuchStep, ["step": step.routes[outcome] ?? ""])
        }
        if let store = step.store, !Self.stores.contains(store) {
            throw problem(
                step, "store", .unknownName, ["name": store, "known": Self.stores.sorted().joined(separator: ", ")])
        }
        if let value = step.defaultValue, !Self.defaults.contains(value) {
            throw problem(
                step, "default", .unknownName, ["name": value, "known": Self.defaults.sorted().joined(separator: ", ")])
        }
        if step.expect == .pick, step.ask != nil, step.options == nil {
            throw problem(step, "expect", .pickNeedsOptions)
        }
        if step.expect != .pick, let key = ["options", "otherwise"].first(where: { step.lines[$0] != nil }) {
            throw problem(step, key, .pickOnly)
        }
        if step.refuseYesNo, step.expect != .text {
            throw problem(step, "refuse_yes_no", .refuseNeedsText)
        }
        for key in ["skip", "optional", "refuse_yes_no", "default", "ask_again", "help", "on_unknown"]
        where step.ask == nil && step.lines[key] != nil {
            throw problem(step, key, .answerlessStep)
        }
    }

    /// Every step goes on somewhere, or says it ends; no route or answer is left without a step.
    private func validateWayOn(from step: Step) throws(InputError) {
        let answersYesNo = step.ask != nil && (step.expect == .yesNo || step.expect == .choice)
        if !answersYesNo, step.onYes != nil || step.onNo != nil {
            throw problem(step, step.onYes != nil ? "on_yes" : "on_no", .yesNoRoutesOnly)
        }
        if step.end {
            if step.ask != nil { throw problem(step, "ask", .endAsks) }
            if let key = ["next", "on_yes", "on_no", "routes"].first(where: { step.lines[$0] != nil }) {
                throw problem(step, key, .endGoesOn)
            }
            return
        }
        guard let action = step.action else {
            if !step.routes.isEmpty {
                throw problem(step, "routes", .routesNeedAction)
            }
            switch step.expect {
            case .yesNo where step.ask != nil:
                guard step.onYes != nil, step.onNo != nil else {
                    throw problem(step, step.onYes == nil ? "" : "on_yes", .yesNoNeedsBoth)
                }
            default:
                guard step.next != nil else {
                    throw problem(step, "", .stepGoesNowhere)
                }
            }
            return
        }
        if step.next != nil { throw problem(step, "next", .actionNoNext) }
        if step.expect == .yesNo, step.ask != nil {
            throw problem(step, "action", .yesNoNoAction)
        }
        let outcomes = action.outcomes(in: self)
        for outcome in step.routes.keys.sorted(by: {
            (step.lines["routes.\($0)"] ?? 0) < (step.lines["routes.\($1)"] ?? 0)
        })
        where !outcomes.contains(outcome) {
            throw problem(
                step, "routes.\(outcome)", .notAnOutcome,
                ["outcome": outcome, "action": action.name, "outcomes": outcomes.sorted().joined(separator: ", ")])
        }
        if let missing = outcomes.sorted().first(where: { step.routes[$0] == nil }) {
            throw problem(
                step, step.routes.isEmpty ? "action" : "routes", .noRoute, ["outcome": missing, "action": action.name])
        }
    }

    private func validateSettings() throws(InputError) {
        for id in order {
            guard let step = steps[id], let action = step.action else { continue }
            if let missing = action.needs.first(where: { !settings.has($0) }) {
                throw problem(
                    step, "action", .actionNeedsSetting, ["action": action.name, "setting": missing.rawValue])
            }
        }
        if let recall = settings.recall, !retroTopics.contains(recall) {
            throw InputError(
                source: source, line: lines["recall"], .unknownName,
                ["key": "recall", "name": recall, "known": retroTopics.joined(separator: ", ")])
        }
    }

    /// Every step can be reached from the start, and the conversation can end.
    private func validateReachability() throws(InputError) {
        var reached: Set<String> = [start]
        var queue = [start]
        while let id = queue.popLast() {
            for target in steps[id]?.targets ?? [] where reached.insert(target).inserted {
                queue.append(target)
            }
        }
        if let unreached = order.first(where: { !reached.contains($0) }), let step = steps[unreached] {
            throw problem(step, "", .unreachableStep, ["start": start])
        }
        guard order.contains(where: { steps[$0]?.end == true }) else {
            throw InputError(source: source, line: lines["steps"], .noEndStep)
        }
    }
}

extension Flow.Settings {
    func has(_ setting: Flow.Setting) -> Bool {
        switch setting {
        case .focusAfter: focusAfter != nil
        case .leadingLaggingFrom: leadingLaggingFrom != nil
        case .refine: refine != nil
        case .postMortemBelow: postMortemBelow != nil
        case .tooSafeFrom: tooSafeFrom != nil
        case .tooSafeAfterCycles: tooSafeAfterCycles != nil
        case .recall: recall != nil
        }
    }
}

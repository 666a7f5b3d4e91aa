import OKRCore

/// Reads a flow file's YAML values (its field tree, which a compiled copy can hold too), keeping the file's order and the line of every key,
/// so that each problem the contract finds names its line. Unknown keys are refused:
/// a misspelt `acton:` would otherwise be a step that silently does nothing.
struct FlowReader {
    let source: String
    var start = ""
    var steps: [String: Flow.Step] = [:]
    var order: [String] = []
    var settings = Flow.Settings()
    var lines: [String: Int] = [:]

    static let stepKeys: Set<String> = [
        "ask", "ask_again", "help", "say", "expect", "store", "action", "default", "optional", "skip", "refuse_yes_no",
        "end", "next", "on_yes", "on_no", "on_unknown", "routes", "options", "otherwise",
    ]

    init(source: String) {
        self.source = source
    }

    /// The flow file's field tree, as `YAMLFields.tree(of:source:)` reads it; an empty file is refused.
    static func tree(of yaml: String, source: String) throws(InputError) -> FieldNode {
        try YAMLFields.tree(of: yaml, source: source, empty: .flowEmpty)
    }

    mutating func read(_ root: FieldNode) throws(InputError) {
        guard case .mapping(let entries, _) = root else {
            throw error(root, .flowShape, found: .init(root))
        }
        var stepsNode: FieldNode?
        for entry in entries {
            let name = entry.key ?? ""
            lines[name] = entry.keyLine
            switch name {
            case "start": start = try text(entry.value, "start")
            case "steps": stepsNode = entry.value
            default:
                guard let setting = Flow.Setting(rawValue: name) else {
                    let known = (["start", "steps"] + Flow.Setting.allCases.map(\.rawValue)).joined(separator: ", ")
                    throw error(line: entry.keyLine, .unknownKey, ["key": name, "known": known])
                }
                try read(setting, entry.value)
            }
        }
        guard lines["start"] != nil else { throw error(root, .keyMissing, ["key": "start"]) }
        guard let stepsNode else { throw error(root, .keyMissing, ["key": "steps"]) }
        guard case .mapping(let stepEntries, _) = stepsNode else {
            throw error(stepsNode, .shouldBeMapping, ["key": "steps"], found: .init(stepsNode))
        }
        for entry in stepEntries {
            let id = try key(entry, "steps")
            order.append(id)
            steps[id] = try step(id, entry)
        }
    }

    private mutating func read(_ setting: Flow.Setting, _ node: FieldNode) throws(InputError) {
        switch setting {
        case .focusAfter: settings.focusAfter = try wholeNumber(node, setting.rawValue, from: 1)
        case .leadingLaggingFrom: settings.leadingLaggingFrom = try wholeNumber(node, setting.rawValue, from: 1)
        case .tooSafeAfterCycles: settings.tooSafeAfterCycles = try wholeNumber(node, setting.rawValue, from: 0)
        case .postMortemBelow: settings.postMortemBelow = try grade(node, setting.rawValue)
        case .tooSafeFrom: settings.tooSafeFrom = try grade(node, setting.rawValue)
        case .recall: settings.recall = try text(node, setting.rawValue)
        case .refine:
            guard case .list(let items, _) = node else {
                throw error(node, .shouldBeList, ["key": "refine"], found: .init(node))
            }
            var pieces: [String] = []
            for item in items {
                let piece = try text(item, "refine")
                guard KeyResultParts.pieces.contains(piece) else {
                    let known = KeyResultParts.pieces.joined(separator: ", ")
                    throw error(item, .unknownName, ["key": "refine", "name": piece, "known": known])
                }
                pieces.append(piece)
            }
            settings.refine = pieces
        }
    }

    private func step(_ id: String, _ entry: FieldNode.Entry) throws(InputError) -> Flow.Step {
        let node = entry.value
        guard case .mapping(let fields, _) = node else {
            throw error(node, .shouldBeMapping, ["key": "steps.\(id)"], found: .init(node))
        }
        var values: [String: String] = [:]
        var lines: [String: Int] = ["": entry.keyLine ?? 0]
        var routes: [String: String] = [:]
        for field in fields {
            let name = field.key ?? ""
            let value = field.value
            guard Self.stepKeys.contains(name) else {
                throw error(
                    line: field.keyLine, .unknownKey,
                    ["key": "steps.\(id).\(name)", "known": Self.stepKeys.sorted().joined(separator: ", ")])
            }
            lines[name] = field.keyLine
            guard name == "routes" else {
                values[name] = try text(value, "steps.\(id).\(name)")
                continue
            }
            guard case .mapping(let routeEntries, _) = value else {
                throw error(value, .shouldBeMapping, ["key": "steps.\(id).routes"], found: .init(value))
            }
            for route in routeEntries {
                let outcomeName = try key(route, "steps.\(id).routes")
                lines["routes.\(outcomeName)"] = route.keyLine
                routes[outcomeName] = try text(route.value, "steps.\(id).routes.\(outcomeName)")
            }
        }
        func flag(_ name: String) throws(InputError) -> Bool {
            switch values[name] {
            case nil, "false": return false
            case "true": return true
            case let other?:
                throw InputError(
                    source: source, line: lines[name], .shouldBeFlag, ["key": "steps.\(id).\(name)"],
                    found: .text(other))
            }
        }
        let expectText = values["expect"] ?? "text"
        guard let expect = Flow.Expectation(rawValue: expectText) else {
            let kinds = Flow.Expectation.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                source: source, line: lines["expect"], .unknownName,
                ["key": "steps.\(id).expect", "name": expectText, "known": kinds])
        }
        var options: Flow.Options?
        if let name = values["options"] {
            guard let known = Flow.Options(rawValue: name) else {
                let lists = Flow.Options.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError(
                    source: source, line: lines["options"], .unknownName,
                    ["key": "steps.\(id).options", "name": name, "known": lists])
            }
            options = known
        }
        var action: CoachAction?
        if let name = values["action"] {
            guard let registered = CoachAction.registry[name] else {
                throw InputError(
                    source: source, line: lines["action"], .unknownName,
                    [
                        "key": "steps.\(id).action", "name": name,
                        "known": CoachAction.registry.names.joined(separator: ", "),
                    ])
            }
            action = registered
        }
        return Flow.Step(
            id: id, ask: values["ask"], askAgain: values["ask_again"], help: values["help"], say: values["say"],
            onUnknown: values["on_unknown"], expect: expect, store: values["store"], action: action,
            defaultValue: values["default"],
            optional: try flag("optional"), skip: try flag("skip"), refuseYesNo: try flag("refuse_yes_no"),
            end: try flag("end"), next: values["next"], onYes: values["on_yes"], onNo: values["on_no"], routes: routes,
            options: options, otherwise: values["otherwise"], lines: lines)
    }

    // MARK: - Values

    private func text(_ node: FieldNode, _ key: String) throws(InputError) -> String {
        guard case .text(let text, _, _) = node, !text.isEmpty else {
            throw error(node, .shouldBeText, ["key": key], found: node.isText ? nil : .init(node))
        }
        return text
    }

    /// A mapping key that names something: text, not empty.
    private func key(_ entry: FieldNode.Entry, _ key: String) throws(InputError) -> String {
        guard let name = entry.key, !name.isEmpty else { throw error(line: entry.keyLine, .shouldBeText, ["key": key]) }
        return name
    }

    private func wholeNumber(_ node: FieldNode, _ key: String, from lowest: Int) throws(InputError) -> Int {
        guard let number = Int(try text(node, key)), (lowest...99).contains(number) else {
            throw error(node, .shouldBeWholeNumber, ["key": key, "low": String(lowest), "high": "99"])
        }
        return number
    }

    private func grade(_ node: FieldNode, _ key: String) throws(InputError) -> Double {
        let written = try text(node, key)
        // Written as a grade is: "0.7", "1.0"; not "1e0" or "0x1p0".
        guard written.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let grade = Double(written),
            (0...1).contains(grade)
        else {
            throw error(node, .shouldBeGrade, ["key": key])
        }
        return grade
    }

    private func error(
        _ node: FieldNode, _ key: CLIText, _ values: [String: String] = [:], found: InputError.Found? = nil
    ) -> InputError {
        error(line: node.line, key, values, found: found)
    }

    private func error(
        line: Int?, _ key: CLIText, _ values: [String: String] = [:], found: InputError.Found? = nil
    ) -> InputError {
        InputError(source: source, line: line, key, values, found: found)
    }
}

import OKRCore

/// A dialogue flow read from `prompts/`: steps, what each asks and expects,
/// what it does with the answer, and where each answer leads.
public struct Flow: Sendable {
    /// The kinds of answer a step expects.
    public enum Expectation: String, Sendable {
        case text
        case yesNo = "yes_no"
        case number
        case time
        /// A cycle: a year, quarter, tertial, half or month (`CycleName`).
        case cycle
        /// "yes" to what was proposed, or a text of one's own.
        case choice
    }

    /// One step of the flow.
    public struct Step: Sendable {
        public let id: String
        public let ask: String?
        public let askAgain: String?
        /// What "?" or "help" gets at this step: the question explained, with an example.
        public let help: String?
        public let say: String?
        public let expect: Expectation
        public let store: String?
        public let action: String?
        public let defaultValue: String?
        public let optional: Bool
        public let next: String?
        public let onYes: String?
        public let onNo: String?
        public let routes: [String: String]
    }

    public let start: String
    /// Past this many key results the coach advises focus.
    public let focusAfter: Int
    /// The order missing key result pieces are asked for.
    public let refine: [String]
    public let steps: [String: Step]

    static let stores: Set<String> = ["team", "cycle", "parent"]
    static let defaults: Set<String> = ["current_quarter", "end_of_cycle", "suggested_grade"]

    /// Reads a flow file and checks that every step it names exists.
    ///
    /// - Throws: `InputError` naming the file and what is wrong.
    public init(yaml: String, source: String) throws(InputError) {
        let root = try YAMLFields.root(of: yaml, source: source)
        start = try root.string("start")
        let focusText = root.has("focus_after") ? try root.string("focus_after") : "3"
        guard let focus = Int(focusText), focus > 0 else {
            throw InputError(source: source, message: "'focus_after' should be a whole number")
        }
        focusAfter = focus
        refine = root.has("refine") ? try root.strings("refine") : []
        let stepFields = try root.fields("steps")
        var steps: [String: Step] = [:]
        for id in stepFields.keys {
            let fields = try stepFields.fields(id)
            func optional(_ key: String) throws(InputError) -> String? {
                fields.has(key) ? try fields.string(key) : nil
            }
            let expectText = try optional("expect") ?? "text"
            guard let expect = Expectation(rawValue: expectText) else {
                throw InputError(source: source, message: "steps.\(id).expect: '\(expectText)' is no kind of answer")
            }
            var routes: [String: String] = [:]
            if fields.has("routes") {
                let routeFields = try fields.fields("routes")
                for outcome in routeFields.keys { routes[outcome] = try routeFields.string(outcome) }
            }
            steps[id] = Step(
                id: id, ask: try optional("ask"), askAgain: try optional("ask_again"), help: try optional("help"),
                say: try optional("say"),
                expect: expect, store: try optional("store"), action: try optional("action"),
                defaultValue: try optional("default"), optional: try optional("optional") == "true",
                next: try optional("next"), onYes: try optional("on_yes"), onNo: try optional("on_no"), routes: routes)
        }
        self.steps = steps
        try validate(source: source)
    }

    private func validate(source: String) throws(InputError) {
        guard steps[start] != nil else {
            throw InputError(source: source, message: "start: there is no step '\(start)'")
        }
        for step in steps.values {
            let targets = [step.next, step.onYes, step.onNo].compactMap { $0 } + Array(step.routes.values)
            if let missing = targets.first(where: { steps[$0] == nil }) {
                throw InputError(source: source, message: "steps.\(step.id): there is no step '\(missing)'")
            }
            if let store = step.store, !Self.stores.contains(store) {
                throw InputError(source: source, message: "steps.\(step.id).store: '\(store)' is no place to store")
            }
            if let value = step.defaultValue, !Self.defaults.contains(value) {
                throw InputError(source: source, message: "steps.\(step.id).default: '\(value)' is no default")
            }
            if let action = step.action, !CoachAction.names.contains(action) {
                throw InputError(source: source, message: "steps.\(step.id).action: '\(action)' is no action")
            }
        }
    }

    /// The message keys the flow uses, for checking that every language has them.
    public var messageKeys: Set<String> {
        Set(steps.values.flatMap { [$0.ask, $0.askAgain, $0.help, $0.say].compactMap { $0 } })
    }
}

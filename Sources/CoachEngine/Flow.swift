import OKRCore

/// A dialogue flow read from `prompts/`: steps, what each asks and expects,
/// what it does with the answer, and where each answer leads.
///
/// A flow is checked when it is read (`Flow+Contract.swift`): every action it names is
/// registered (`CoachAction`), every route is an outcome its action can return, every
/// outcome has a route, every step can be reached and every conversation can end. So a
/// `Flow` that exists is one the coach can walk without stopping silently.
public struct Flow: Sendable {
    /// The kinds of answer a step expects.
    public enum Expectation: String, Sendable, CaseIterable {
        case text
        case yesNo = "yes_no"
        case number
        case time
        /// A cycle: a year, quarter, tertial, half or month (`CycleName`).
        case cycle
        /// "yes" to what was proposed, or a text of one's own.
        case choice
        /// A number from the list the step's `options` name, or Enter to skip.
        case pick
        /// A year, such as 2027.
        case year
    }

    /// One step of the flow.
    public struct Step: Sendable {
        public let id: String
        public let ask: String?
        /// The question once the objective being drafted has a key result ("… or done").
        public let askAgain: String?
        /// What "?" or "help" gets at this step: the question explained, with an example.
        public let help: String?
        public let say: String?
        /// What "don't know" gets here: this message, and the step moves on without an answer.
        public let onUnknown: String?
        public let expect: Expectation
        public let store: String?
        /// The registered action the answer goes to; a flow names no other.
        public let action: CoachAction?
        public let defaultValue: String?
        /// Enter (or `/skip`) moves on without an answer.
        public let optional: Bool
        /// `/skip` moves on without an answer even where Enter does not: the piece is left out.
        public let skip: Bool
        /// A bare yes or no is no answer to this question ("What is your objective?" – "yes").
        public let refuseYesNo: Bool
        /// The conversation ends at this step.
        public let end: Bool
        public let next: String?
        public let onYes: String?
        public let onNo: String?
        public let routes: [String: String]
        /// For a `pick`, the list offered (`company_objectives`, `yearly_objectives`).
        public let options: Options?
        /// For a `pick` with nothing to offer: the step to go to instead of asking.
        public let otherwise: String?
        /// The line of each of the step's keys (`action`, `routes.recorded`…) and of the step
        /// itself (""), for errors that point at the file.
        let lines: [String: Int]

        /// The steps an answer here can lead to.
        var targets: [String] {
            [next, onYes, onNo, otherwise].compactMap { $0 } + routes.keys.sorted().compactMap { routes[$0] }
        }
    }

    /// The file the flow was read from, as errors name it.
    public let source: String
    public let start: String
    public let steps: [String: Step]
    /// The step ids in the order the file lists them.
    public let order: [String]
    /// The flow's numbers and lists that actions decide by.
    public let settings: Settings
    /// The line of each top-level key.
    let lines: [String: Int]

    /// The flow-level values actions decide by; each action names the ones it needs.
    public struct Settings: Sendable {
        /// Past this many key results the coach advises focus (`count_key_results`).
        public var focusAfter: Int?
        /// From this many key results an objective is asked about leading and lagging ones.
        public var leadingLaggingFrom: Int?
        /// The order missing key result pieces are asked for.
        public var refine: [String]?
        /// A committed objective graded below this gets a post-mortem question.
        public var postMortemBelow: Double?
        /// An aspirational objective graded at least this is asked whether it was too safe…
        public var tooSafeFrom: Double?
        /// …when this many cycles before it in a row had one at full marks.
        public var tooSafeAfterCycles: Int?
        /// The retrospective question whose answer is said again when the next set is drafted.
        public var recall: String?
    }

    /// The names of the settings in a flow file.
    public enum Setting: String, Sendable, CaseIterable {
        case focusAfter = "focus_after"
        case leadingLaggingFrom = "leading_lagging_from"
        case refine
        case postMortemBelow = "post_mortem_below"
        case tooSafeFrom = "too_safe_from"
        case tooSafeAfterCycles = "too_safe_after_cycles"
        case recall
    }

    /// The lists a `pick` step offers: the organisation's objectives a drafted objective may serve.
    public enum Options: String, Sendable, CaseIterable {
        /// The company objectives of the set's cycle, for a team's objective.
        case companyObjectives = "company_objectives"
        /// The one-year objectives of the cycle's year, for a company objective.
        case yearlyObjectives = "yearly_objectives"
    }

    static let stores: Set<String> = ["team", "cycle", "parent", "serves"]
    static let defaults: Set<String> = ["current_quarter", "end_of_cycle", "suggested_grade", "coming_year"]

    /// Reads a flow file and checks it against the registered actions.
    ///
    /// - Throws: `InputError` naming the file, the line and what is wrong.
    public init(yaml: String, source: String) throws(InputError) {
        try self.init(tree: FlowReader.tree(of: yaml, source: source), source: source)
    }

    /// Reads a flow file's field tree (`Flow.tree(of:source:)`, or its compiled copy) and checks it.
    ///
    /// - Throws: `InputError` naming the file, the line and what is wrong.
    public init(tree: FieldNode, source: String) throws(InputError) {
        var reader = FlowReader(source: source)
        try reader.read(tree)
        self.source = source
        start = reader.start
        steps = reader.steps
        order = reader.order
        settings = reader.settings
        lines = reader.lines
        try validate()
    }

    /// A flow file's field tree, what `init(tree:source:)` reads.
    ///
    /// - Throws: `InputError` for YAML that cannot be parsed, or an empty file.
    public static func tree(of yaml: String, source: String) throws(InputError) -> FieldNode {
        try FlowReader.tree(of: yaml, source: source)
    }

    /// The step the conversation ends on first in the file: where a drafted set rests.
    public var endStep: String? {
        order.first { steps[$0]?.end == true }
    }

    /// The retrospective's questions, in the order the file lists them: the steps whose
    /// action records their answer under the step's id.
    public var retroTopics: [String] {
        order.filter { steps[$0]?.action?.name == CoachAction.recordRetroName }
    }

    /// The message keys the flow uses, each with where: "prompts/retro.yaml:12".
    var messageUses: [(key: String, place: String)] {
        order.compactMap { steps[$0] }.flatMap { step in
            [
                ("ask", step.ask), ("ask_again", step.askAgain), ("help", step.help), ("say", step.say),
                ("on_unknown", step.onUnknown),
            ].compactMap {
                field, key in key.map { ($0, place(step, field)) }
            }
        }
    }

    /// The message keys the flow uses, for checking that every language has them.
    public var messageKeys: Set<String> {
        Set(messageUses.map(\.key))
    }

    /// "prompts/retro.yaml:12" for a step's key.
    func place(_ step: Step, _ key: String) -> String {
        let line = step.lines[key] ?? step.lines[""]
        return line.map { "\(source):\($0)" } ?? source
    }
}

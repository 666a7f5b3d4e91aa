/// One thing a rule found in a set: what is wrong and why, what to do, and where.
public struct Finding: Sendable, Equatable {
    public var rule: RuleID
    /// The rule's severity, unless a team's configuration gave the rule another.
    public var severity: Severity
    /// The objective it points at, 1-based; nil for set findings that point at none.
    public var objective: Int?
    /// The key result it points at within its objective, 1-based.
    public var keyResult: Int?
    /// The id the file gives the objective it points at, where it names its objectives (an
    /// organisation's `A2`): the report labels the finding with it, as the message names it.
    public var objectiveID: String?
    /// The source line it points at, when the set was read from a file.
    public var line: Int?
    /// What is wrong and why, in the report's language.
    public var message: String
    /// What to do, with a rewrite pattern where one fits.
    public var hint: String
    /// The values the message and hint were written with, so another language can say the same finding.
    public var values: [String: String] = [:]

    public init(rule: RuleID, objective: Int?, keyResult: Int? = nil, line: Int? = nil, message: String, hint: String) {
        self.rule = rule
        severity = rule.severity
        self.objective = objective
        self.keyResult = keyResult
        self.line = line
        self.message = message
        self.hint = hint
    }
}

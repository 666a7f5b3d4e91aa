/// The limits a check applies, and the rules a team switched off or re-levelled; the defaults are
/// the rule catalogue's.
public struct CheckOptions: Sendable, Equatable {
    /// An objective with more key results than this gets too-many-krs.
    public var maxKeyResults: Int
    /// A set with more objectives than this gets too-many-objectives.
    public var maxObjectives: Int
    /// Rules switched off or given another severity, by id; the rest keep the catalogue's.
    public var rules: [RuleID: RuleSetting]
    /// Whether a large set may be read on every core (the report is the same either way).
    public var usesEveryCore: Bool

    public init(
        maxKeyResults: Int = 3, maxObjectives: Int = 5, rules: [RuleID: RuleSetting] = [:], usesEveryCore: Bool = true
    ) {
        self.maxKeyResults = maxKeyResults
        self.maxObjectives = maxObjectives
        self.rules = rules
        self.usesEveryCore = usesEveryCore
    }

    /// A finding of a rule left on, with the severity its setting gives it; nil for a rule switched off.
    func settled(_ finding: Finding) -> Finding? {
        switch rules[finding.rule] {
        case nil: return finding
        case .off: return nil
        case .level(let severity):
            var settled = finding
            settled.severity = severity
            return settled
        }
    }
}

/// The stable id of an OKR rule, as the rule catalogue names it.
///
/// The ids and severities are public interface: tools, tests and users depend on them.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case objectiveEmpty = "objective-empty"
    case objectiveHasMetric = "objective-has-metric"
    case objectiveTooLong = "objective-too-long"
    case objectiveBusinessAsUsual = "objective-business-as-usual"
    case objectiveNoPurpose = "objective-no-purpose"
    case objectiveNoKeyResults = "objective-no-krs"
    case keyResultEmpty = "kr-empty"
    case keyResultNotMeasurable = "kr-not-measurable"
    case keyResultMilestone = "kr-milestone"
    case keyResultNoBaseline = "kr-no-baseline"
    case keyResultNoDeadline = "kr-no-deadline"
    case keyResultIsActivity = "kr-is-activity"
    case keyResultVague = "kr-vague"
    case keyResultCompound = "kr-compound"
    case tooManyKeyResults = "too-many-krs"
    case tooFewKeyResults = "too-few-krs"
    case tooManyObjectives = "too-many-objectives"
    case duplicateKeyResult = "duplicate-kr"
    case objectiveNotAligned = "objective-not-aligned"
    case objectiveServesNothing = "objective-serves-nothing"
    case companyObjectiveUnserved = "company-objective-unserved"
    case yearlyObjectiveIdle = "yearly-objective-idle"
    case tooManyCompanyObjectives = "too-many-company-objectives"
    case duplicateKeyResultAcrossTeams = "duplicate-kr-across-teams"
    case missionHasMetric = "mission-has-metric"
    case missionIsList = "mission-is-list"
    case missionTooLong = "mission-too-long"

    /// How serious a finding of this rule is.
    public var severity: Severity {
        switch self {
        case .objectiveEmpty, .objectiveNoKeyResults, .keyResultEmpty, .keyResultNotMeasurable:
            .error
        case .objectiveHasMetric, .objectiveBusinessAsUsual, .keyResultMilestone, .keyResultNoBaseline,
            .keyResultNoDeadline,
            .keyResultIsActivity, .keyResultVague, .tooManyKeyResults, .tooManyObjectives, .duplicateKeyResult,
            .objectiveServesNothing, .companyObjectiveUnserved, .tooManyCompanyObjectives,
            .duplicateKeyResultAcrossTeams, .missionHasMetric, .missionIsList:
            .warning
        case .objectiveTooLong, .objectiveNoPurpose, .keyResultCompound, .tooFewKeyResults,
            .objectiveNotAligned, .yearlyObjectiveIdle, .missionTooLong:
            .info
        }
    }
}

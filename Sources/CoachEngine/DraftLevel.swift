/// The level of the OKR pyramid a drafting conversation writes: a team's set, or one of the
/// organisation's levels above the teams. Each level has its flow in `prompts/`.
public enum DraftLevel: String, Codable, Sendable, CaseIterable {
    /// A team's set for a cycle (`prompts/draft.yaml`).
    case team
    /// The organisation's mission statement (`prompts/mission.yaml`).
    case mission
    /// One-year objectives for a year (`prompts/yearly.yaml`).
    case yearly
    /// The company objectives of a cycle (`prompts/company.yaml`).
    case company

    /// The name of its flow file in `prompts/`, without ".yaml".
    public var flowName: String {
        self == .team ? "draft" : rawValue
    }

    /// The levels above a team, drafted for the organisation.
    public static let organisationLevels: [DraftLevel] = [.mission, .yearly, .company]
}

/// What a team's configuration does with a rule: switch it off, or give its findings another severity.
public enum RuleSetting: Sendable, Equatable {
    case off
    case level(Severity)

    /// "off", "error", "warning" or "info"; nil for anything else.
    public init?(_ text: String) {
        if text == "off" {
            self = .off
        } else if let severity = Severity(rawValue: text) {
            self = .level(severity)
        } else {
            return nil
        }
    }
}

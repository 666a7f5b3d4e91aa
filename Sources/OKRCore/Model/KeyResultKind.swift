/// How a key result keeps score, which decides how its progress is computed.
public enum KeyResultKind: String, Sendable, Codable, CaseIterable {
    /// From a lower baseline up to a target: "from 420 to 600".
    case increase
    /// From a higher baseline down to a target: "from 24 h to 8 h".
    case decrease
    /// Stay at or above a threshold all cycle: "uptime at least 99.9 %".
    case atLeast = "at_least"
    /// Stay at or below a threshold all cycle: "at most 2 % churn".
    case atMost = "at_most"
    /// Done or not, by a date: "ISO 27001 certificate by 30 June".
    case milestone
}

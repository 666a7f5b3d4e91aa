/// One weekly check-in of a key result: where it stands, how sure the team is, and why.
///
/// Check-ins are history: each one is kept, not just the latest.
public struct CheckIn: Sendable, Equatable, Codable {
    public var day: Day
    /// The current value; for a milestone 1 when done and 0 when not.
    public var value: Double?
    /// How sure the team is of reaching the target, 1 (not at all) to 10 (certain).
    public var confidence: Int?
    public var note: String?
    /// Who checked in, where it is known (in chat, a team member's nick); nil at the terminal.
    public var author: String?

    public init(day: Day, value: Double?, confidence: Int? = nil, note: String? = nil, author: String? = nil) {
        self.day = day
        self.value = value
        self.confidence = confidence
        self.note = note
        self.author = author
    }
}

/// The confidence of a check-in in three bands, which the coach names in words.
public enum ConfidenceLevel: String, Sendable, CaseIterable {
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"

    /// 1–3 off track, 4–6 at risk, 7–10 on track.
    public init(score: Int) {
        self = score >= 7 ? .onTrack : score >= 4 ? .atRisk : .offTrack
    }

    /// The score a level stands for when it is answered in words.
    public var score: Int {
        switch self {
        case .onTrack: 8
        case .atRisk: 5
        case .offTrack: 2
        }
    }
}

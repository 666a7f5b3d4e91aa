import OKRCore

/// A check-in, review or retrospective under way: which flow, which key result, and
/// the answers given so far for it.
///
/// It lives in the session, so it is saved after every answer: a check-in
/// interrupted by a crash goes on where it stopped, with every answer kept.
public struct Activity: Codable, Sendable, Equatable {
    /// The three conversations of the cycle after drafting; each has a flow in `prompts/`.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case checkIn = "checkin"
        case review
        case retro
    }

    public var kind: Kind
    /// The day it started, which check-ins are dated with.
    public var day: Day
    /// The objective and key result it is at, 0-based; `keyResult` is -1 before the first.
    public var objective: Int
    public var keyResult: Int
    /// The answers given for the current key result, not yet saved in its history.
    public var pending: CheckIn?
    /// How many key results were checked in or graded.
    public var done: Int
    /// The drafting step to return to when it ends.
    public var resumeStep: String

    init(kind: Kind, day: Day, resumeStep: String) {
        self.kind = kind
        self.day = day
        objective = 0
        keyResult = -1
        pending = nil
        done = 0
        self.resumeStep = resumeStep
    }
}

/// What the previous cycle's set leaves the next one.
public struct PreviousCycle: Codable, Sendable, Equatable {
    public var cycle: String?
    public var retro: [RetroNote]
    /// How many reviews running graded an aspirational objective 1.0.
    public var fullMarksStreak: Int

    public init(cycle: String?, retro: [RetroNote], fullMarksStreak: Int) {
        self.cycle = cycle
        self.retro = retro
        self.fullMarksStreak = fullMarksStreak
    }
}

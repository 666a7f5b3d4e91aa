import CoachEngine
import Foundation
import OKRCore

/// The chat coach's clock: the local day and time that date check-ins and make reminders due.
///
/// It is the wall clock, or for tests one that starts at a chosen time and runs faster,
/// so that a week of reminders passes in seconds.
public struct ChatClock: Sendable {
    private let origin: Date
    private let started = ContinuousClock.now
    private let speed: Double

    /// - Parameters:
    ///   - start: the time the clock shows now; the wall clock's when nil.
    ///   - speed: how many seconds pass on it for each real second.
    public init(start: Date? = nil, speed: Double = 1) {
        origin = start ?? Date()
        self.speed = speed
    }

    /// Real seconds since the clock was made, for rates that must not speed up (inbound limits).
    public var elapsed: Double {
        (ContinuousClock.now - started).inSeconds
    }

    /// The time it shows.
    public var now: Date {
        origin.addingTimeInterval(elapsed * speed)
    }

    /// The local day and minute it shows, in the time zone of the system.
    public var moment: Moment {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        return Moment(
            day: Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}

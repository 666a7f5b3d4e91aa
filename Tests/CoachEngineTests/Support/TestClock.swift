import CoachEngine
import Foundation

/// A clock a test sets and moves: the `CoachClock` it gives shows `time`, whatever the wall clock says.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var shown: Date

    /// A clock showing a local time: 2026-11-16 10:00 is `TestClock(2026, 11, 16, hour: 10)`.
    init(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0, minute: Int = 0) {
        shown = Self.local(year, month, day, hour: hour, minute: minute)
    }

    /// The time it shows; setting it moves every `clock` made from it.
    var time: Date {
        get { lock.withLock { shown } }
        set { lock.withLock { shown = newValue } }
    }

    /// Moves it to a local time.
    func set(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0, minute: Int = 0) {
        time = Self.local(year, month, day, hour: hour, minute: minute)
    }

    var clock: CoachClock {
        CoachClock { self.time }
    }

    private static func local(_ year: Int, _ month: Int, _ day: Int, hour: Int, minute: Int) -> Date {
        // A test's own dates are valid; failing here is a mistake in the test.
        Calendar.current.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }
}

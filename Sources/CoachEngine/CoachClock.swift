import Foundation
import OKRCore

/// The one clock of okrcoach: what the terminal, the chat bot and the tests read the day and
/// time from, and hand to the engine with each call.
///
/// The engine never reads it: `Coach` keeps no "today", and every call that may date a check-in
/// or offer the current quarter takes the day it runs on. The adapters read the clock once per
/// line they answer, so a bot that runs for months dates each check-in on the day it is made and
/// offers the quarter it is in. What the clock shows comes from a source given when it is made:
/// the system's wall clock, or, for tests, a time they set and move (`init(_:)`).
public struct CoachClock: Sendable {
    private let source: @Sendable () -> Date
    private let started = ContinuousClock.now

    /// A clock showing what `source` says each time it is read.
    public init(_ source: @escaping @Sendable () -> Date) {
        self.source = source
    }

    /// The system's wall clock.
    public static var system: CoachClock {
        CoachClock { Date() }
    }

    /// The time it shows.
    public var now: Date {
        source()
    }

    /// Real seconds since the clock was made, for rates that must not follow a test's time
    /// (inbound limits): a steady clock, whatever the source shows.
    public var elapsed: Double {
        (ContinuousClock.now - started).inSeconds
    }

    /// The local day and minute it shows, in the time zone of the system.
    public var moment: Moment {
        Self.moment(of: now)
    }

    /// The local day it shows: the day check-ins are dated with and whose quarter is offered.
    public var today: Day {
        moment.day
    }

    /// The local day and minute of a time, in the time zone of the system.
    public static func moment(of date: Date) -> Moment {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        return Moment(
            day: Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }

    /// Reads a local time, "2027-01-04T08:59", "2027-01-04T08:59:30", or a day, "2027-01-04"
    /// (its midnight), in the time zone of the system; nil for anything else.
    public static func localTime(_ text: String) -> Date? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let day = Day(iso: String(parts[0])) else { return nil }
        var clock = [0, 0, 0]
        if parts.count == 2 {
            let fields = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count),
                fields.allSatisfy({ $0.count == 2 && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
            else { return nil }
            for (index, field) in fields.enumerated() { clock[index] = Int(field) ?? 0 }
            guard clock[0] < 24, clock[1] < 60, clock[2] < 60 else { return nil }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(
            from: DateComponents(
                year: day.year, month: day.month, day: day.day, hour: clock[0], minute: clock[1], second: clock[2]))
    }
}

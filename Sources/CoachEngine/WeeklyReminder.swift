import OKRCore

/// A team's weekly check-in reminder: a weekday and a local time, and how far it has been handled.
///
/// It lives in the team's session, so it survives a restart. It is due once the latest
/// time it names has passed since it was set or last sent: a reminder missed while the
/// bot was away is sent once when it is back, not once for every week it missed.
public struct WeeklyReminder: Codable, Sendable, Equatable {
    /// The ISO weekday: 1 for Monday through 7 for Sunday.
    public var weekday: Int
    /// The local time of day, in minutes after midnight.
    public var minute: Int
    /// When it was set, or when it was last sent: weeks up to then need no reminder.
    public var handled: Moment

    public init(weekday: Int, minute: Int, handled: Moment) {
        self.weekday = weekday
        self.minute = minute
        self.handled = handled
    }

    /// The last time the reminder names, at or before `now`.
    public func latest(atOrBefore now: Moment) -> Moment {
        var day = now.day.adding(days: -((now.day.weekday - weekday + 7) % 7))
        if day == now.day, now.minute < minute { day = day.adding(days: -7) }
        return Moment(day: day, minute: minute)
    }

    /// Whether to send it at `now`: a time it names has passed since it was handled.
    public func isDue(at now: Moment) -> Bool {
        latest(atOrBefore: now) > handled
    }

    /// The time of day as "09:00".
    public var time: String {
        let hours = minute / 60
        let minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}

/// A local day and a minute of it: when a reminder was set, sent, or is due.
public struct Moment: Codable, Sendable, Hashable, Comparable {
    public var day: Day
    /// Minutes after midnight, 0 to 1439.
    public var minute: Int

    public init(day: Day, minute: Int) {
        self.day = day
        self.minute = minute
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool {
        (lhs.day.ordinal, lhs.minute) < (rhs.day.ordinal, rhs.minute)
    }
}

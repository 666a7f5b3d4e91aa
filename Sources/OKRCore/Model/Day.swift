/// A calendar day, written "2026-11-21": when a check-in was made or a review held.
///
/// The core has no clock: adapters pass today in, so tests can choose the day. A day that
/// enters from outside (an option, an answer, a check file) has a four-digit year from 1900
/// to 2200 (`years`); a day is always written with four digits for its year.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The years a day from outside may have: wide enough for any OKR cycle, narrow enough
    /// that a typo such as 0026 or 20026 is caught rather than stored.
    public static let years = 1900...2200

    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "2026-11-21"; nil for anything else, a day that does not exist, or a year outside `years`.
    public init?(iso text: String) {
        guard let day = Self.parts(of: text, yearDigits: 4...4), Self.years.contains(day.year) else { return nil }
        self = day
    }

    /// Reads a day a session was saved with. Earlier versions wrote any year the person
    /// typed, and a year below 1000 without its leading zeros ("26-11-02"): such a day is read
    /// back as written, so the set it belongs to is not lost, and is written with four digits.
    init?(stored text: String) {
        guard let day = Self.parts(of: text, yearDigits: 1...4) else { return nil }
        self = day
    }

    /// Year, month and day of "YYYY-MM-DD" in ASCII digits only ("+026" and "٢٠٢٦" are no year).
    private static func parts(of text: String, yearDigits: ClosedRange<Int>) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, yearDigits.contains(parts[0].count), parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.length(ofMonth: month, in: year)).contains(day)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day as a count of days, for differences (days since 1970-01-01).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The day with this ordinal.
    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days from another day to this one: positive when this one is later.
    public func days(since other: Day) -> Int {
        ordinal - other.ordinal
    }

    /// The day a number of days later (earlier when negative).
    public func adding(days: Int) -> Day {
        Day(ordinal: ordinal + days)
    }

    /// The ISO weekday: 1 for Monday through 7 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((ordinal % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The quarter the day falls in: "2026-Q4".
    public var quarter: String {
        "\(year)-Q\(quarterOfYear)"
    }

    /// The number of the quarter the day falls in, 1 to 4.
    public var quarterOfYear: Int {
        (month - 1) / 3 + 1
    }

    /// "2026-11-21": the year always has four digits, as `init(iso:)` reads it.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number.magnitude)
        return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(stored: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

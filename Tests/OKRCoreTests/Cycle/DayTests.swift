import OKRCore
import Testing

/// Calendar days: reading, counting, weekdays.
struct DayTests {
    @Test func readsAndWritesISODays() {
        #expect(Day(iso: "2026-11-21") == Day(year: 2026, month: 11, day: 21))
        #expect(Day(iso: "2026-11-21")?.description == "2026-11-21")
        for bad in ["2026-02-29", "2026-13-01", "2026-1-1", "21.11.2026", "", "2026-11-21x"] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
        #expect(Day(iso: "2028-02-29") != nil)
    }

    @Test func countsDaysAcrossMonthsAndYears() {
        let day = Day(year: 2026, month: 12, day: 25)
        #expect(day.adding(days: 14) == Day(year: 2027, month: 1, day: 8))
        #expect(Day(year: 2027, month: 1, day: 8).days(since: day) == 14)
        #expect(Day(year: 1970, month: 1, day: 1).ordinal == 0)
        for offset in stride(from: -40_000, through: 40_000, by: 997) {
            #expect(Day(ordinal: offset).ordinal == offset)
        }
    }

    @Test func weekdaysAndQuarters() {
        #expect(Day(year: 2026, month: 11, day: 21).weekday == 6)
        #expect(Day(year: 2026, month: 11, day: 23).weekday == 1)
        #expect(Day(year: 2026, month: 11, day: 21).quarter == "2026-Q4")
    }
}

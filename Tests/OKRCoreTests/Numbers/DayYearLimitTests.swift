import Foundation
import OKRCore
import Testing

/// Days from outside have four-digit years from 1900 to 2200, and are always written with four.
struct DayYearLimitTests {
    @Test(arguments: ["1900-01-01", "2026-11-02", "2200-12-31", "2028-02-29"])
    func aDayInRangeIsRead(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test(arguments: [
        "0026-11-02", "26-11-02", "1899-12-31", "2201-01-01", "9999-12-31", "0000-01-01", "20026-11-02", "+026-11-02",
        "-026-11-02", "2026-+1-02", "2026-11-+2", "٢٠٢٦-١١-٠٢", "２０２６-11-02", "2026-13-01", "2026-02-29", "2026-11-00",
        "2026-11-02\u{0}", "2026-11-02 ", "2026-11", "", "2026-11-02-01", "99999999999999999999-01-01",
    ])
    func anythingElseIsNoDay(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func aDayIsAlwaysWrittenWithAFourDigitYear() throws {
        #expect(Day(year: 26, month: 11, day: 2).description == "0026-11-02")
        let json = try JSONEncoder().encode([Day(year: 26, month: 11, day: 2)])
        #expect(String(decoding: json, as: UTF8.self) == #"["0026-11-02"]"#)
    }

    /// Earlier versions stored "26-11-02" for a year typed as 0026: it is read back, so the set
    /// it belongs to does not vanish, and written again with four digits.
    @Test func aDayStoredByAnEarlierVersionIsStillRead() throws {
        let days = try JSONDecoder().decode([Day].self, from: Data(#"["26-11-02", "0026-11-02", "9999-01-01"]"#.utf8))
        #expect(days.map(\.description) == ["0026-11-02", "0026-11-02", "9999-01-01"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["x6-11-02"]"#.utf8)) }
    }
}

import OKRCore
import Testing

/// What a check-in points out: two silent weeks, confidence falling twice running.
struct AttentionTests {
    let start = Day(year: 2026, month: 11, day: 1)

    func keyResult(_ days: [Int], _ confidence: [Int]) -> KeyResult {
        KeyResult(
            "x", checkIns: zip(days, confidence).map { CheckIn(day: start.adding(days: $0), value: 1, confidence: $1) })
    }

    @Test func twoWeeksWithoutACheckInIsStale() {
        let result = keyResult([0], [7])
        #expect(Attention.of(result, setStarted: start, today: start.adding(days: 13)) == [])
        #expect(Attention.of(result, setStarted: start, today: start.adding(days: 14)) == [.stale(days: 14)])
    }

    @Test func neverCheckedInCountsFromTheSetsFirstCheckIn() {
        let silent = KeyResult("y")
        #expect(Attention.of(silent, setStarted: nil, today: start.adding(days: 30)) == [])
        #expect(Attention.of(silent, setStarted: start, today: start.adding(days: 7)) == [])
        #expect(Attention.of(silent, setStarted: start, today: start.adding(days: 14)) == [.stale(days: nil)])
    }

    @Test func confidenceFallingTwiceRunning() {
        let today = start.adding(days: 15)
        #expect(
            Attention.of(keyResult([0, 7, 14], [8, 6, 5]), setStarted: start, today: today) == [
                .fallingConfidence([8, 6, 5])
            ])
        #expect(Attention.of(keyResult([0, 7, 14], [8, 6, 6]), setStarted: start, today: today) == [])
        #expect(Attention.of(keyResult([0, 7, 14], [6, 8, 5]), setStarted: start, today: today) == [])
        #expect(Attention.of(keyResult([7, 14], [8, 6]), setStarted: start, today: today) == [])
    }

    @Test func teammatesOnTheSameDayCountAsOneDay() {
        let day = { (offset: Int) in self.start.adding(days: offset) }
        let result = KeyResult(
            "x",
            checkIns: [
                CheckIn(day: day(0), value: 10, confidence: 8, author: "kari"),
                CheckIn(day: day(7), value: 14, confidence: 7, author: "kari"),
                CheckIn(day: day(7), value: 15, confidence: 5, author: "ola"),
                CheckIn(day: day(14), value: 17, confidence: 6, author: "kari"),
            ])
        #expect(result.dailyConfidence == [8, 5, 6])
        #expect(Attention.of(result, setStarted: start, today: day(14)) == [])
        #expect(result.latest?.value == 17 && result.previous?.value == 15)
        let sameDay = KeyResult(
            "y",
            checkIns: [CheckIn(day: day(0), value: 1, author: "kari"), CheckIn(day: day(0), value: 2, author: "ola")])
        #expect(sameDay.previous == nil)
    }
}

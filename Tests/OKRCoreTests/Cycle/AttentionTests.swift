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
        #expect(Attention.of(keyResult([0, 7, 14], [8, 6, 5]), setStarted: start, today: today) == [.fallingConfidence([8, 6, 5])])
        #expect(Attention.of(keyResult([0, 7, 14], [8, 6, 6]), setStarted: start, today: today) == [])
        #expect(Attention.of(keyResult([0, 7, 14], [6, 8, 5]), setStarted: start, today: today) == [])
        #expect(Attention.of(keyResult([7, 14], [8, 6]), setStarted: start, today: today) == [])
    }
}

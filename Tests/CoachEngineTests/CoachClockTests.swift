import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import OKRCore
import Testing

/// One clock, read for every line: the coach keeps no day of its own.
struct CoachClockTests {
    /// A bot started in one quarter and still running in the next offers the quarter it is in now.
    @Test func aBotRunningAcrossTheYearsEndOffersTheNewQuarter() async {
        let time = TestClock(2026, 12, 31, hour: 23, minute: 58)
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test", clock: time.clock)
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        let first = await desk.answer(":kari PRIVMSG okrcoach :Growth")
        #expect(first.last?.hasSuffix("for 2026-Q4.") == true, "\(first)")
        time.set(2027, 1, 1, hour: 0, minute: 1)
        _ = await desk.answer(":ola PRIVMSG okrcoach :hi")
        let asked = await desk.answer(":ola PRIVMSG okrcoach :Growth")
        #expect(asked.last?.hasSuffix("for 2027-Q1.") == true, "\(asked)")
        let next = await desk.answer(":ola PRIVMSG okrcoach :-")
        #expect(next.allSatisfy { !$0.contains("2026-Q4") }, "\(next)")
    }

    /// A check-in on the last day of a month is dated that day: no day is clamped.
    @Test(arguments: ["2026-12-31", "2027-01-31", "2028-02-29", "2026-12-29"])
    func aCheckInIsDatedTheDayItIsMade(_ iso: String) throws {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.today = try #require(Day(iso: iso))
        conversation.type("/checkin", "480", "on track", "")
        #expect(conversation.text.contains("(\(iso))"), "\(conversation.text)")
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.map(\.day.description) == [iso])
    }

    @Test(arguments: [
        ("2026-12-31T23:59", 2026, 12, 31, 1439), ("2026-12-31", 2026, 12, 31, 0),
        ("2028-02-29T09:00:30", 2028, 2, 29, 540),
    ])
    func aLocalTimeIsRead(_ text: String, _ year: Int, _ month: Int, _ day: Int, _ minute: Int) throws {
        let date = try #require(CoachClock.localTime(text))
        #expect(CoachClock.moment(of: date) == Moment(day: Day(year: year, month: month, day: day), minute: minute))
    }

    /// What a clock file or option may hold from outside: nothing but a local time is read.
    @Test(arguments: [
        "", "2026-12-32", "2026-02-29", "2026-13-01", "-2026-01-01", "99999999999-01-01T00:00", "2026-12-31T24:00",
        "2026-12-31T23:60", "2026-12-31T-1:00", "2026-12-31T1:00", "2026-12-31T10:00\u{1B}[2J", "2026-12-31\u{0}",
        "inf", "nan", "1e999", "2026-12-31T10:00:00:00", "2026-12-31T", "T10:00", "２０２６-12-31",
        String(repeating: "2026-12-31", count: 100_000),
    ])
    func anythingElseIsNoTime(_ text: String) {
        #expect(CoachClock.localTime(text) == nil)
    }
}

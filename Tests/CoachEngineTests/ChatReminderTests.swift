import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import OKRCore
import Testing

/// A team's weekly check-in reminder: set, shown and stopped in its channel, and when it is due.
struct ChatReminderTests {
    /// Monday 16 November 2026 and the days after it, at a time of day.
    private func moment(_ day: Int, _ hour: Int, _ minute: Int = 0, month: Int = 11) -> Moment {
        Moment(day: Day(year: 2026, month: month, day: day), minute: hour * 60 + minute)
    }

    @Test func setShownAndStoppedInTwoLanguages() async {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        #expect(
            await chat.say("ola", "okrcoach: remind", in: "#growth")
                == ["#growth: ola: #growth has no check-in reminder. Set one with “remind friday 09:00”."])
        #expect(
            await chat.say("ola", "okrcoach: remind friday 09:00", in: "#growth")
                == ["#growth: ola: I'll remind #growth of the weekly check-in every Friday at 09:00."])
        #expect(chat.team("#growth")?.reminder == WeeklyReminder(weekday: 5, minute: 540, handled: chat.time))
        #expect(
            await chat.say("per", "okrcoach: påminn", in: "#growth")
                == ["#growth: per: #growth blir minnet på den ukentlige innsjekkingen hver fredag kl. 09:00."])
        #expect(
            await chat.say("per", "okrcoach: påminn tor 8.30", in: "#growth")
                == ["#growth: per: Jeg minner #growth på den ukentlige innsjekkingen hver torsdag kl. 08:30."])
        #expect(
            await chat.say("ola", "okrcoach: !remind", in: "#growth")
                == ["#growth: ola: #growth is reminded of the weekly check-in every Thursday at 08:30."])
        #expect(
            await chat.say("per", "okrcoach: påminn av", in: "#growth")
                == ["#growth: per: Ingen flere påminnelser om innsjekking i #growth."])
        #expect(chat.team("#growth")?.reminder == nil)
        #expect(
            await chat.say("ola", "okrcoach: remind someday", in: "#growth").first?.contains(
                "I did not understand when") == true)
        #expect(
            await chat.say("ola", "okrcoach: remind friday 25:00", in: "#growth").first?.contains(
                "I did not understand when") == true)
    }

    @Test func aChannelWithoutASetGetsNoReminder() async {
        var chat = Chat()
        #expect(
            await chat.say("ola", "okrcoach: remind friday 09:00", in: "#growth").first?.contains("shares no set yet")
                == true)
        #expect(chat.team("#growth") == nil)
    }

    @Test func sharingTheSetAgainKeepsTheReminder() async {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        await chat.say("ola", "okrcoach: remind monday 9:00", in: "#growth")
        await chat.say("kari", "share #growth")
        #expect(chat.team("#growth")?.reminder?.weekday == 1)
    }

    @Test func dueOnceAWeekAtItsTimeAndOnceAfterAnAbsence() {
        // Set on Monday at 10:00 for Fridays at 09:00.
        var reminder = WeeklyReminder(weekday: 5, minute: 540, handled: moment(16, 10))
        #expect(!reminder.isDue(at: moment(16, 10, 1)))
        #expect(!reminder.isDue(at: moment(20, 8, 59)))
        #expect(reminder.isDue(at: moment(20, 9)))
        reminder.handled = moment(20, 9)
        #expect(!reminder.isDue(at: moment(20, 17)))
        #expect(!reminder.isDue(at: moment(27, 8, 59)))
        #expect(reminder.isDue(at: moment(27, 9, 30)))
        // Away for five weeks: due once when back, then next Friday.
        let back = moment(29, 14, month: 12)
        #expect(reminder.isDue(at: back))
        reminder.handled = back
        #expect(!reminder.isDue(at: moment(31, 23, 59, month: 12)))
        #expect(reminder.isDue(at: Moment(day: Day(year: 2027, month: 1, day: 1), minute: 540)))
        // Set on a Friday after its time: next week, not today.
        let late = WeeklyReminder(weekday: 5, minute: 540, handled: moment(20, 12))
        #expect(!late.isDue(at: moment(20, 23)))
        #expect(late.isDue(at: moment(27, 9)))
    }

    @Test func theReminderSpeaksTheTeamsLanguage() async throws {
        var chat = Chat()
        await chat.share("#vekst", by: "kari", norwegian: true)
        await chat.say("ola", "okrcoach: remind friday 09:00", in: "#vekst")
        let team = try #require(chat.team("#vekst"))
        #expect(chat.coach.dueReminder(of: team, in: "#vekst", at: moment(20, 8, 59)) == nil)
        let due = try #require(chat.coach.dueReminder(of: team, in: "#vekst", at: moment(20, 9)))
        #expect(due.reply.target == "#vekst")
        #expect(due.reply.text == "Tid for den ukentlige innsjekkingen til Vekst: send meg «innsjekk #vekst» privat.")
        #expect(chat.coach.dueReminder(of: due.team, in: "#vekst", at: moment(20, 9, 1)) == nil)
    }

    @Test func theDeskSendsEachReminderOnceAndKeepsItAcrossRestarts() async throws {
        let store = InMemorySessionStore()
        let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100))
        func desk(_ day: Int, _ hour: Int, _ minute: Int, month: Int = 11) -> ChatDesk {
            ChatDesk(
                chat: chat, store: store, network: "test",
                clock: TestClock(2026, month, day, hour: hour, minute: minute).clock)
        }
        let monday = desk(16, 10, 0)
        // On the line protocol, a line in the channel is what shows kari is in it.
        await monday.shareGrowthSet()
        let set = await monday.answer(":ola PRIVMSG #growth :okrcoach: remind friday 09:00")
        #expect(set == ["PRIVMSG #growth :ola: I'll remind #growth of the weekly check-in every Friday at 09:00."])
        #expect(try await monday.reminders(in: ["#growth"]).isEmpty)

        let friday = desk(20, 9, 0)
        #expect(
            try await friday.reminders(in: ["#growth", "#other"])
                == ["PRIVMSG #growth :Time for the weekly check-in of Growth: send me “checkin #growth” in private."])
        #expect(try await friday.reminders(in: ["#growth"]).isEmpty)
        // Back after three weeks away: one reminder, not three.
        let december = desk(14, 8, 0, month: 12)
        #expect(try await december.reminders(in: ["#growth"]).count == 1)
        #expect(try await december.reminders(in: ["#growth"]).isEmpty)
    }

    @Test func aSessionSavedBeforeRemindersStillReads() throws {
        var team = TestCoach.coach.newSession(id: "team:net:#growth")
        team.reminder = WeeklyReminder(weekday: 5, minute: 540, handled: moment(16, 10))
        let data = try JSONEncoder().encode(team)
        #expect(try JSONDecoder().decode(Session.self, from: data) == team)
        var old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        old["reminder"] = nil
        let decoded = try JSONDecoder().decode(Session.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(decoded.reminder == nil && decoded.sharedSet == nil)
    }
}

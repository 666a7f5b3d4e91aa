import ChatCoach
import CoachEngine
import OKRCore
import Testing

/// Team members checking in the set their channel shares, in private, at the same time.
struct ChatTeamCheckInTests {
    @Test func twoMembersCheckInTheSharedSetInterleaved() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola", "daan", "per")
        let started = await chat.say("ola", "checkin #growth")
        #expect(
            started.first
                == "ola: Weekly check-in of Growth, 2026-Q4 (2026-11-16). For each key result: where it stands, how confident you are, and a note if you like.",
            "\(started)")
        #expect(
            started.last?.hasPrefix("ola: 1.1 “Increase NPS from 30 to 45 by March”, last: no check-in yet.") == true)
        // Kari is in the middle of nothing; she checks in too, with a "!" as chat clients need.
        #expect(await chat.say("kari", "!checkin #growth").last?.contains("last: no check-in yet") == true)
        #expect(await chat.say("ola", "36").contains("ola: 1.1 ████░░░░░░ 40%"))
        await chat.say("kari", "39")
        await chat.say("ola", "on track")
        await chat.say("kari", "at risk")
        #expect(await chat.say("ola", "good start").contains("ola: Check-in of 2026-11-16 saved. See you next week."))
        #expect(await chat.say("kari", "-").contains("kari: Check-in of 2026-11-16 saved. See you next week."))

        let history = try #require(chat.team("#growth")).set.objectives[0].keyResults[0].checkIns
        #expect(history.map(\.author) == ["ola", "kari"])
        #expect(history.map(\.value) == [36, 39])
        #expect(history.map(\.confidence) == [8, 5])
        #expect(history.map(\.note) == ["good start", nil])
        // Her own draft keeps no check-in of the team's, and goes on as before.
        #expect(chat.saved["nick:testnet:kari"]?.set.objectives[0].keyResults[0].checkIns.isEmpty == true)
        #expect(await chat.say("kari", "!show").contains("kari:   KR1: Increase NPS from 30 to 45 by March"))

        // The next member sees the latest answer; the day after, the others' answers stay.
        chat.time = Moment(day: Day(year: 2026, month: 11, day: 17), minute: 600)
        let daan = await chat.say("daan", "!checkin #growth")
        #expect(daan.last?.contains("last: 39 on 2026-11-16, from kari.") == true, "\(daan)")
        for answer in ["41", "8", "-"] { await chat.say("daan", answer) }
        let after = try #require(chat.team("#growth")).set.objectives[0].keyResults[0].checkIns
        #expect(after.map(\.author) == ["ola", "kari", "daan"])
    }

    @Test func aMembersCheckInIsNoSavedSetOfItsOwn() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola", "daan", "per")
        for answer in ["checkin #growth", "36", "on track", "-"] { await chat.say("ola", answer) }
        // The others are told whose the last number is.
        #expect(await chat.say("kari", "checkin #growth").last?.contains("last: 36 on 2026-11-16, from ola.") == true)
        #expect(await chat.say("per", "innsjekk #growth").last?.contains("sist: 36 den 2026-11-16, fra ola.") == true)
        await chat.say("kari", "39")
        // Kari's check-in is the most recently saved session, but it is no set: the team's is.
        let store = InMemorySessionStore()
        for id in [
            "nick:testnet:kari", "team:testnet:#growth", "nick:testnet:ola/checkin", "nick:testnet:kari/checkin",
        ] {
            var session = try #require(chat.saved[id], "\(id)")
            session.revision = 0
            try store.save(&session)
        }
        #expect(try store.sets().map(\.id) == ["team:testnet:#growth", "nick:testnet:kari"])
        #expect(store.sessions().count == 4)
    }

    @Test func aMemberCorrectsTheirOwnCheckInTheSameDay() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola", "daan", "per")
        for answer in ["checkin #growth", "36", "on track", "-"] { await chat.say("ola", answer) }
        for answer in ["checkin #growth", "37", "on track", "-"] { await chat.say("ola", answer) }
        let history = try #require(chat.team("#growth")).set.objectives[0].keyResults[0].checkIns
        #expect(history.map(\.value) == [37])
    }

    @Test func aCheckInInTheChannelIsSentToPrivate() async {
        var chat = Chat()
        let none = await chat.say("ola", "okrcoach: checkin", in: "#growth")
        #expect(
            none == [
                "#growth: ola: #growth shares no set yet. Draft one with me in private, then say “share #growth” there."
            ])
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola", "daan", "per")
        #expect(
            await chat.say("ola", "okrcoach: checkin", in: "#growth")
                == ["#growth: ola: Check-ins are done in private: send me “checkin #growth” in a direct message."])
        #expect(
            await chat.say("per", "okrcoach: !innsjekk", in: "#growth")
                == ["#growth: per: Innsjekkingen gjør vi privat: send meg «innsjekk #growth» i en direktemelding."])
        let swedish = await chat.say("sven", "okrcoach: avstämning", in: "#growth")
        #expect(swedish.first?.contains("”avstämning #growth”") == true, "\(swedish)")
    }

    @Test func aCheckInOfAChannelWithoutASet() async {
        var chat = Chat()
        chat.join("#nowhere", "ola")
        #expect(await chat.say("ola", "checkin #nowhere").first?.contains("#nowhere shares no set yet") == true)
        #expect(chat.saved.isEmpty)
    }

    @Test func theCheckInSpeaksTheTeamsLanguageToSomeoneNew() async {
        var chat = Chat()
        await chat.share("#vekst", by: "kari", norwegian: true)
        chat.join("#vekst", "per")
        let first = await chat.say("per", "innsjekk #vekst")
        #expect(
            first.first?.hasPrefix("per: Ukentlig innsjekking for Vekst, 2026-Q4 (2026-11-16).") == true, "\(first)")
        #expect(chat.saved["nick:testnet:per/checkin"]?.language == LanguageCode("nb"))
    }
}

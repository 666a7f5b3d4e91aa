import Foundation
import Testing

/// A team on a real ngircd: it sets a weekly check-in reminder in its channel, two members check
/// in the shared set in private at the same time, and after a restart of the bot (the store kept)
/// the reminder arrives on a clock the test moves, once for the weeks it was away and once at its time.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(2)))
struct IRCTeamCheckInEndToEndTests {
    private static let reminder = "Time for the weekly check-in of Growth: send me “checkin #growth” in private."

    @Test func aTeamIsRemindedAndTwoMembersCheckIn() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let database = scratch.database
        let ola = try IRCPerson("ola", port: server.port, joining: "#growth")
        var bot = try startBot(port: server.port, database: database)
        defer { bot.kill() }
        _ = ola.read(until: ":okrcoach!")

        // Kari drafts a set in private and shares it with #growth.
        let kari = try IRCPerson("kari", port: server.port, joining: "#growth")
        kari.converse([
            ("hi", "Which team"), ("Growth", "Which cycle"), ("-", "Which higher-level"), ("-", "What do you want"),
            ("Delight clinics so that they recommend us", "Key result 1.1"),
            ("Increase NPS from 30 to 45 by March", "Add another key result?"), ("share #growth", "New set shared"),
        ])
        _ = ola.messages(until: "New set shared in #growth: “Growth”, from kari.")

        // The team sets its reminder; a check-in asked for in the channel is sent to private.
        ola.say("okrcoach: remind monday 09:00", to: "#growth")
        #expect(
            ola.messages(until: "I'll remind").last
                == "ola: I'll remind #growth of the weekly check-in every Monday at 09:00.")
        ola.say("okrcoach: checkin", to: "#growth")
        #expect(
            ola.messages(until: "in private").last
                == "ola: Check-ins are done in private: send me “checkin #growth” in a direct message.")

        // Two members check in at once, Kari in English and Ola in Norwegian, answer by answer.
        ola.say("innsjekk #growth")
        let olaStart = ola.messages(until: "Hva er verdien nå?")
        #expect(olaStart.last?.contains("sist: ingen innsjekking ennå") == true, "\(olaStart)")
        kari.say("checkin #growth")
        #expect(kari.messages(until: "Where does it stand now?").last?.contains("last: no check-in yet") == true)
        ola.say("36", waitingFor: "Hvor trygge er dere")
        kari.say("39", waitingFor: "How confident")
        ola.say("i rute", waitingFor: "En kommentar")
        kari.say("at risk", waitingFor: "A note for the team?")
        ola.say("god start")
        #expect(ola.messages(until: "Vi ses neste uke").last?.hasPrefix("Innsjekkingen for ") == true)
        kari.say("-")
        #expect(kari.messages(until: "See you next week").last?.hasPrefix("Check-in of ") == true)

        // The team's history has both check-ins, each with its author.
        bot.kill()
        let history = try checkIns(in: database)
        #expect(history.map { $0["author"] as? String } == ["ola", "kari"], "\(history)")
        #expect(history.map { $0["value"] as? Double } == [36, 39])
        #expect(history.first?["note"] as? String == "god start")

        // Restarted with the store kept, on a clock the test sets: years later, a Monday just before 09:00.
        // The reminder comes once for the weeks the bot was away, then nothing until the test moves the
        // clock to 09:00; a week later the same. The channel's question is answered between, in order,
        // so "nothing came" is seen without waiting a fixed time.
        let clock = try scratch.write("clock", "2029-01-01T08:59")
        bot = try startBot(port: server.port, database: database, clockFile: clock)
        let caughtUp = ola.messages(until: "Time for the weekly check-in")
        #expect(caughtUp.last == Self.reminder, "\(caughtUp)")
        for week in ["2029-01-01", "2029-01-08"] {
            try scratch.write("clock", "\(week)T08:59")
            ola.say("okrcoach: remind", to: "#growth")
            let shown = ola.messages(until: "is reminded")
            #expect(
                shown == ["ola: #growth is reminded of the weekly check-in every Monday at 09:00."], "\(week): \(shown)"
            )
            try scratch.write("clock", "\(week)T09:00")
            let onTime = ola.messages(until: "Time for the weekly check-in")
            #expect(onTime == [Self.reminder], "\(week): \(onTime)")
        }
    }

    /// The check-ins of the first key result of #growth's set, read from the bot's SQLite file.
    private func checkIns(in database: String) throws -> [[String: Any]] {
        let query = try ChildProcess.run(
            "/usr/bin/sqlite3", [database, "SELECT state FROM session WHERE id LIKE 'team:%#growth'"], seconds: 30)
        let team = try JSONSerialization.jsonObject(with: query.output) as? [String: Any]
        let set = team?["set"] as? [String: Any]
        let objective = (set?["objectives"] as? [[String: Any]])?.first
        let keyResult = (objective?["keyResults"] as? [[String: Any]])?.first
        return keyResult?["checkIns"] as? [[String: Any]] ?? []
    }
}

import Foundation
import Testing

/// A team's set on a real ngircd: nobody outside #growth shares, checks in or reads it; only its
/// sharer or a channel operator replaces it, and the set it replaces is archived with its check-ins;
/// a check-in under way when the set is replaced stores nothing on the new one; and the channel's
/// `check` judges a Norwegian set the same in every language it is asked in.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(3)))
struct IRCTeamOwnershipEndToEndTests {
    /// The bot in #growth, once the channel's first member has seen it join.
    private func joinedBot(_ server: NgircdServer, database: String, seenBy first: IRCPerson) throws -> RunningProgram {
        let bot = try startBot(port: server.port, database: database)
        _ = first.read(until: ":okrcoach!")
        Thread.sleep(forTimeInterval: 0.5)
        return bot
    }

    /// The person greets the coach, drafts the Growth set and shares it with #growth.
    private func sharesGrowth(_ person: IRCPerson) -> [String] {
        person.say("hi", waitingFor: "Which team")
        return draftAndShare(
            person,
            ["Growth", "-", "-", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"],
            expecting: "New set shared")
    }

    /// Drafts a set in private with one objective and one key result, and says `share #growth`.
    private func draftAndShare(_ person: IRCPerson, _ lines: [String], expecting: String) -> [String] {
        for line in lines {
            person.say(line, waitingFor: "?")
        }
        person.say("share #growth")
        return person.messages(until: expecting)
    }

    @Test func outsidersCannotTakeOverAndAReplacedSetIsArchived() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let database = scratch.database
        // Ola is first in #growth, so ngircd makes him its operator.
        let ola = try IRCPerson("ola", port: server.port, joining: "#growth")
        let kari = try IRCPerson("kari", port: server.port, joining: "#growth")
        let daan = try IRCPerson("daan", port: server.port, joining: "#growth")
        let bot = try joinedBot(server, database: database, seenBy: ola)
        defer { bot.kill() }

        let shared = sharesGrowth(kari)
        #expect(shared.last == "New set shared in #growth: “Growth”, from kari.", "\(shared)")
        // The channel's line begins with the coach's words.
        #expect(ola.messages(until: "New set shared").last == "New set shared in #growth: “Growth”, from kari.")
        for (answer, next) in [
            ("checkin #growth", "Where does it stand"), ("36", "How confident"), ("on track", "A note"),
            ("-", "See you"),
        ] {
            ola.say(answer, waitingFor: next)
        }

        // Mallory was never in #growth: she cannot share over it, check it in or read its figures.
        let mallory = try IRCPerson("mallory", port: server.port)
        mallory.say("hi", waitingFor: "Which team")
        let refused = draftAndShare(
            mallory, ["DROP okrcoach", "-", "-", "Own the channel so that nobody notices", "Post 5 messages by March"],
            expecting: "Only people in #growth")
        #expect(refused.last == "Only people in #growth can share, see or check in its set. Join #growth first.")
        mallory.say("checkin #growth")
        #expect(mallory.messages(until: "Only people in #growth").last?.hasPrefix("Only people") == true)
        mallory.say("okrcoach: show", to: "#growth")
        mallory.say("okrcoach: check", to: "#growth")
        // The channel sees no figures for her, only the refusal or nothing (ngircd's +n keeps her out).
        ola.say("okrcoach: remind", to: "#growth")
        let channel = ola.messages(until: "ola: ")
        #expect(!channel.contains { $0.contains("KR1") || $0.contains("[") }, "\(channel)")

        // Daan is in #growth but neither shared the set nor operates the channel.
        daan.say("hi", waitingFor: "Which team")
        let notHis = draftAndShare(
            daan, ["Hiring", "-", "-", "Hire well so that we can grow", "Grow the nurse team from 4 to 8 by March"],
            expecting: "Only the person who shared it")
        #expect(notHis.last?.hasPrefix("A set is already shared in #growth.") == true, "\(notHis)")

        // Ola starts a check-in; Kari replaces her own set meanwhile (in Norwegian).
        ola.say("checkin #growth", waitingFor: "Where does it stand")
        kari.say("!new", waitingFor: "Which team")
        // The new set goes on in English, as she chose: she drafts it in Norwegian, then shares it in English.
        kari.say("!lang nb", waitingFor: "Hvilket team")
        let replaced = draftAndShare(
            kari,
            [
                "Vekst", "-", "-", "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss",
                "Øke NPS fra 30 til 45 innen mars", "!lang en",
            ],
            expecting: "archived set 1")
        #expect(
            replaced.last == "The earlier set is kept with all its 1 check-ins, as archived set 1 of #growth.",
            "\(replaced)")
        ola.say("40")
        let told = ola.messages(until: "was replaced")
        #expect(told.last?.hasPrefix("The set in #growth was replaced while you were checking in") == true, "\(told)")

        // The channel's check of the Norwegian set: the same findings and score in every language asked.
        var answers: [[String]] = []
        for (who, word) in [(kari, "sjekk"), (ola, "check"), (daan, "controleer")] {
            who.say("okrcoach: \(word)", to: "#growth")
            answers.append(who.messages(until: "\(who.nick): Score").filter { $0.hasPrefix("\(who.nick):") })
        }
        func rules(_ lines: [String]) -> [String] {
            lines.compactMap { line in line.range(of: "[").map { String(line[$0.lowerBound...].prefix { $0 != "]" }) } }
        }
        func score(_ lines: [String]) -> String? {
            lines.last?.split(separator: " ").first { $0.first?.isNumber == true }.map(String.init)
        }
        #expect(rules(answers[1]) == rules(answers[0]) && rules(answers[2]) == rules(answers[0]), "\(answers)")
        #expect(score(answers[1]) == score(answers[0]) && score(answers[2]) == score(answers[0]), "\(answers)")
        #expect(answers[0].last?.hasPrefix("kari: Score") == true && answers[2].last?.hasPrefix("daan: Score") == true)

        // Stored: the new set has no check-in of Ola's 40, and the archive keeps his 36.
        bot.kill()
        #expect(try values(of: "team:%#growth", in: database) == [])
        #expect(try values(of: "team:%#growth#archived-1", in: database) == [36])
    }

    @Test func aNickChangedMidCheckInAndHostileChannelNamesGiveNothingAway() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let database = scratch.database
        let ola = try IRCPerson("ola", port: server.port, joining: "#growth")
        let kari = try IRCPerson("kari", port: server.port, joining: "#growth")
        let bot = try joinedBot(server, database: database, seenBy: ola)
        defer { bot.kill() }
        _ = sharesGrowth(kari)

        // Ola starts a check-in and changes nick; someone outside #growth takes "ola" and answers it.
        ola.say("checkin #growth", waitingFor: "Where does it stand")
        ola.send("NICK ola_away")
        _ = ola.read(until: "NICK")
        let squatter = try IRCPerson("ola", port: server.port)
        squatter.say("99")
        #expect(squatter.messages(until: "Only people in #growth").last?.hasPrefix("Only people in #growth") == true)
        // Under her new nick she is still in #growth and checks in.
        ola.say("checkin #growth")
        #expect(ola.messages(until: "Where does it stand").last?.contains("last: no check-in yet") == true)

        // Channel names no server gives: a bell inside, and one far too long.
        kari.say("share #gro\u{7}wth")
        #expect(kari.messages(until: "Only people in").last?.hasPrefix("Only people in #gro") == true)
        kari.say("share #" + String(repeating: "g", count: 300))
        let long = kari.messages(until: "Only people in").last ?? ""
        #expect(long.contains("…") && long.count < 200, "\(long)")
        bot.kill()
        #expect(try values(of: "team:%#growth", in: database) == [])
    }

    /// The check-in values of the first key result of a stored team session.
    private func values(of id: String, in database: String) throws -> [Double] {
        let query = try ChildProcess.run(
            "/usr/bin/sqlite3", [database, "SELECT state FROM session WHERE id LIKE '\(id)'"], seconds: 30)
        let team = try JSONSerialization.jsonObject(with: query.output) as? [String: Any]
        let set = team?["set"] as? [String: Any]
        let keyResult = ((set?["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]])?.first
        return (keyResult?["checkIns"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? Double }
    }
}

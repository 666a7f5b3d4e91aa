import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The coach as a bot on a real ngircd: people drafting at once, long replies, a taken nick,
/// and the server going away and coming back.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(5)))
struct IRCBotEndToEndTests {
    @Test func twoPeopleDraftAtOnceOneInAChannelOneInPrivate() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bob = try IRCPerson("bob", port: server.port, joining: "#growth")
        let bot = try startBot(port: server.port, database: scratch.database)
        defer { bot.kill() }
        _ = bob.read(until: ":okrcoach!")

        let alice = try IRCPerson("alice", port: server.port)
        alice.say("hei")
        #expect(alice.messages(until: "Which team is this set for?").count == 3)
        bob.say("okrcoach: show", to: "#growth")
        #expect(bob.messages(until: "shares no set yet").last?.hasPrefix("bob: #growth shares no set yet") == true)
        alice.say("Vekst", waitingFor: "Which cycle")
        // Chat has no empty line: "-" is Enter.
        alice.say("-", waitingFor: "Which higher-level objective")
        alice.say("-", waitingFor: "What do you want to achieve")
        alice.say("Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let reply = alice.messages(until: "Nøkkelresultat 1.1")
        #expect(
            reply.contains("Mål 1: Gjøre timebestilling enkel for små klinikker slik at de blir hos oss"), "\(reply)")
        bob.say("okrcoach: vis", to: "#growth")
        #expect(bob.messages(until: "deler ikke noe sett ennå").count >= 1)
    }

    @Test func aLongReplyArrivesWholeInOrderAsValidUTF8() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bot = try startBot(port: server.port, database: scratch.database)
        defer { bot.kill() }
        let alice = try IRCPerson("alice", port: server.port)
        alice.converse([
            ("hi", "Which team"), ("Growth", "Which cycle"), ("-", "Which higher-level"), ("-", "What do you want"),
        ])
        // An objective as long as a line may be (470 bytes, æøå and emoji), so that the reply echoing it is not.
        let objective =
            "Make booking effortless for every small clinic in Tromsø, Ålesund and Malmö 😀 so that they stay with us, "
            + String(repeating: "and tell every colleague they meet about how easy it all is 👍🏽 ", count: 5)
        let text = objective.trimmingCharacters(in: .whitespaces)
        #expect(text.utf8.count > 400 && text.utf8.count < 480)
        alice.say(text, waitingFor: "Do you want to revise it?")
        alice.say("no")
        let lines = alice.read(until: "Key result 1.1")
        #expect(lines.allSatisfy { $0.utf8.count + 2 <= 512 }, "\(lines.map(\.utf8.count))")
        #expect(!lines.contains { $0.contains("[CUT]") || $0.contains("\u{FFFD}") })
        let messages = lines.filter { $0.contains(" PRIVMSG alice :") }
            .map { String($0[$0.range(of: " PRIVMSG alice :")!.upperBound...]) }
        #expect(messages.count >= 3, "\(messages)")
        let saved = messages.dropLast().joined(separator: " ")
        #expect(saved == "Objective 1: \(text)", "\(messages)")

        // The summary of a set with long texts: one reply of more than 2 KB, every part in order.
        for city in ["Tromsø", "Ålesund", "Malmö"] {
            let keyResult =
                "Increase the share of clinics in \(city) that book online 😀 "
                + String(repeating: "through the app and the website together ", count: 8) + "from 30% to 45% by March"
            alice.say(keyResult, waitingFor: city == "Malmö" ? "Add one more anyway?" : "Add another key result?")
            alice.say(city == "Malmö" ? "no" : "yes")
        }
        _ = alice.messages(until: "leading measures")
        alice.say("yes", waitingFor: "Add another objective?")
        alice.say("no")
        // It comes a page at a time: "more" brings the next.
        let more = " … (say “more” for the rest)"
        var summary: [String] = []
        while summary.count < 200, summary.last?.contains("Good luck this cycle") != true {
            let lines = alice.read(until: " PRIVMSG alice :")
            guard !lines.isEmpty else { break }
            summary += lines
            if summary.last?.hasSuffix(more) == true { alice.say("more") }
        }
        #expect(summary.filter { $0.hasSuffix(more) }.count >= 1, "\(summary)")
        let parts = summary.filter { $0.contains(" PRIVMSG alice :") }
            .map { String($0[$0.range(of: " PRIVMSG alice :")!.upperBound...]) }
            .map { $0.hasSuffix(more) ? String($0.dropLast(more.count)) : $0 }
        #expect(parts.joined(separator: "\n").utf8.count > 2_000, "\(parts)")
        #expect(summary.allSatisfy { $0.utf8.count + 2 <= 512 })
        #expect(!summary.contains { $0.contains("[CUT]") || $0.contains("\u{FFFD}") })
        #expect(parts.first == "Your set, Growth, \(Okrcoach.currentQuarter):")
        #expect(parts.last == "Done. Good luck this cycle, and come back for the weekly check-in.")
        let objectiveLine = try #require(parts.firstIndex { $0.hasPrefix("O1: ") })
        let keyResultLine = try #require(
            parts.firstIndex { $0.contains("KR1: Increase the share of clinics in Tromsø") })
        #expect(parts[objectiveLine..<keyResultLine].joined(separator: " ") == "O1: \(text)")
        #expect(objectiveLine < keyResultLine)
    }

    @Test func aSecondBotWithTheSameNickTakesAnother() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let first = try startBot(port: server.port, database: scratch.folder.appendingPathComponent("a.sqlite").path)
        defer { first.kill() }
        let second = try startBot(port: server.port, database: scratch.folder.appendingPathComponent("b.sqlite").path)
        defer { second.kill() }
        #expect(second.printed.contains("nick in use; trying okrcoach_"))
        let alice = try IRCPerson("alice", port: server.port)
        alice.say("hi", to: "okrcoach_")
        #expect(alice.read(until: "Which team").last?.hasPrefix(":okrcoach_!") == true)
        // In the channel both bots sit in, each answers to the nick it has.
        alice.join("#growth")
        alice.say("okrcoach_: show", to: "#growth")
        let answer = alice.read(until: "shares no set yet")
        #expect(answer.last?.hasPrefix(":okrcoach_!") == true, "\(answer)")
        #expect(!answer.contains { $0.hasPrefix(":okrcoach!") && $0.contains("PRIVMSG #growth") })
    }

    @Test func theServerGoesAwayAndComesBackWithEverySessionIntact() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bot = try startBot(port: server.port, database: scratch.database)
        defer { bot.kill() }
        var alice = try IRCPerson("alice", port: server.port)
        alice.say("hi", waitingFor: "Which team")
        alice.say("Growth", waitingFor: "Which cycle")

        server.stop()
        #expect(bot.waitFor("reconnecting in"))
        try server.start()
        let started = Date()
        let registeredAgain = (0..<200).contains { _ in
            Thread.sleep(forTimeInterval: 0.05)
            return bot.printed.components(separatedBy: "registered as").count > 2
        }
        #expect(registeredAgain, "\(bot.printed)")
        #expect(Date().timeIntervalSince(started) < 10)

        alice = try IRCPerson("alice", port: server.port)
        alice.say("2027-Q1")
        #expect(alice.messages(until: "Which higher-level objective").last?.contains("higher-level") == true)
        // The bot is back in its channel.
        alice.send("NAMES #growth")
        #expect(alice.read(until: " 366 ").contains { $0.contains(" 353 ") && $0.contains("okrcoach") })
    }

    @Test func tlsWithTheServersCertificate() throws {
        let server = try NgircdServer(tls: true)
        let scratch = try Scratch()
        let tlsPort = try #require(server.tlsPort)
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(tlsPort)", "--ca-file", server.certificate, "--channel", "#growth",
            "--db", scratch.database,
        ])
        defer { bot.kill() }
        #expect(bot.waitFor("registered as okrcoach"), "\(bot.printed)")
        let alice = try IRCPerson("alice", port: server.port)
        alice.say("hei")
        #expect(alice.messages(until: "Which team is this set for?").count == 3)

        // Without the CA file the self-signed certificate is refused.
        let untrusting = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(tlsPort)", "--tls", "--nick", "doubter",
            "--db", scratch.folder.appendingPathComponent("other.sqlite").path,
        ])
        defer { untrusting.kill() }
        #expect(untrusting.waitFor("failed"))
        #expect(!untrusting.printed.contains("registered as"))
    }

    @Test func ctcpIsAnsweredByNoticeAndNoticesAreNot() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bot = try startBot(port: server.port, database: scratch.database)
        defer { bot.kill() }
        let alice = try IRCPerson("alice", port: server.port)
        alice.say("\u{1}VERSION\u{1}")
        // The chat bot gives the version `okrcoach --version` gives: there is one.
        let version = try Okrcoach.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty)
        let reply = alice.read(until: "VERSION okrcoach").last ?? ""
        #expect(reply.contains(" NOTICE alice :\u{1}VERSION okrcoach \(version), "), "\(reply) vs \(version)")
        alice.send("NOTICE okrcoach :hello there")
        alice.say("\u{1}PING 12345\u{1}")
        let lines = alice.read(until: "PING 12345")
        #expect(!lines.contains { $0.contains("Which team") })
    }

    /// The bot's CTCP VERSION answer and its QUIT are in the language of its locale settings, as
    /// its other messages are: a Norwegian bot does not leave in English.
    @Test func versionAndQuitAreInTheBotsLanguage() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let watcher = try IRCPerson("watcher", port: server.port, joining: "#growth")
        let bot = try RunningProgram(
            ["irc", "--server", "127.0.0.1:\(server.port)", "--channel", "#growth", "--db", scratch.database],
            environment: ["LANG": "nb_NO.UTF-8"])
        defer { bot.kill() }
        _ = watcher.read(until: ":okrcoach!")
        let version = try Okrcoach.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        watcher.say("\u{1}VERSION\u{1}")
        let reply = watcher.read(until: "VERSION okrcoach").last ?? ""
        let norwegian = "VERSION okrcoach \(version), en regelbasert OKR-coach"
        #expect(reply.contains(" NOTICE watcher :\u{1}\(norwegian)\u{1}"), "\(reply)")
        #expect(bot.stop(with: SIGTERM) == 0, "\(bot.printed)")
        let quit = watcher.read(until: " QUIT ").last ?? ""
        #expect(quit.hasPrefix(":okrcoach!") && quit.contains("okrcoach avsluttes"), "\(quit)")
    }
}

import Foundation
import Testing

/// `okrcoach serve`: many people over the line protocol, on standard input and on a TCP port.
@Suite(.timeLimit(.minutes(5)))
struct ServeEndToEndTests {
    @Test func manyPeopleOverStandardInput() throws {
        let scratch = try Scratch()
        let input =
            [
                ":alice PRIVMSG okrcoach :hi", ":bob PRIVMSG okrcoach :hei", ":alice PRIVMSG okrcoach :Growth",
                ":bob PRIVMSG okrcoach :Vekst", ":carol PRIVMSG #growth :okrcoach: show",
                ":carol PRIVMSG #growth :just chatting",
                "garbage", "",
            ].joined(separator: "\n") + "\n"
        let run = try Okrcoach.run(
            ["serve", "--stdio", "--db", scratch.database], input: input)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("PRIVMSG alice :Which cycle does it cover? Answer “-” for \(Okrcoach.currentQuarter)."))
        #expect(lines.filter { $0.hasPrefix("PRIVMSG bob :") }.count == 4)
        #expect(lines.contains { $0.hasPrefix("PRIVMSG #growth :carol: #growth shares no set yet.") })
        #expect(!lines.contains { $0.contains("just chatting") })
    }

    @Test func serveNeedsToKnowWhereLinesComeFrom() throws {
        let run = try Okrcoach.run(["serve"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--stdio, or --listen HOST:PORT"))
        let bad = try Okrcoach.run(["serve", "--listen", "nowhere"])
        #expect(bad.errors.contains("--listen takes HOST:PORT"))
    }

    @Test func aTCPServerAnswersConnectionsAndSurvivesHostileInput() throws {
        let scratch = try Scratch()
        let server = try RunningProgram(
            [
                "serve", "--listen", "127.0.0.1:0", "--inbound-burst", "10", "--inbound-interval", "1",
                "--db", scratch.database,
            ])
        defer { server.kill() }
        let port = try #require(server.listeningPort(), "\(server.printed)")

        let alice = try LineClient(port: port)
        let bridge = try LineClient(port: port)
        alice.send(":alice PRIVMSG okrcoach :hi\r\n")
        #expect(alice.read(until: "Which team is this set for?").count == 3)

        // Hostile input on another connection: an overlong line, broken UTF-8, junk, a flood.
        bridge.send(String(repeating: "x", count: 20_000))
        bridge.send("\n")
        bridge.send(bytes: Array(":mallory PRIVMSG okrcoach :".utf8) + [0xFF, 0xFE, 0xC3] + Array("\r\n".utf8))
        bridge.send("@@@ :::\r\n:\r\n PRIVMSG\r\n:x PRIVMSG\r\n")
        for _ in 0..<200 { bridge.send(":flood PRIVMSG okrcoach :/help\r\n") }
        bridge.send(":bob PRIVMSG okrcoach :hei\r\n")
        let bobLines = bridge.read(until: "PRIVMSG bob :Which team is this set for?")
        #expect(bobLines.last == "PRIVMSG bob :Which team is this set for?")
        #expect(bobLines.filter { $0.hasPrefix("PRIVMSG flood :") && $0.contains("One message at a time") }.count == 1)

        // Alice is still answered, in order, whole. A line with CR or NUL inside is no valid IRC: it is
        // dropped, and nothing of it comes back as a command.
        alice.send(":alice PRIVMSG okrcoach :Growth\r\n")
        #expect(alice.read(until: "Which cycle does it cover?").last?.hasPrefix("PRIVMSG alice :Which cycle") == true)
        alice.send(":alice PRIVMSG okrcoach :-\r\n:alice PRIVMSG okrcoach :-\r\n")
        _ = alice.read(until: "What do you want to achieve")
        alice.send(
            bytes: Array(":alice PRIVMSG okrcoach :Delight clinics\rQUIT :bye\u{0}JOIN #x so that they stay\r\n".utf8))
        alice.send(":alice PRIVMSG okrcoach :Delight clinics so that they stay\r\n")
        let echoed = alice.read(until: "Key result 1.1")
        #expect(echoed.contains { $0.contains("Objective 1: Delight clinics") }, "\(echoed)")
        #expect(
            !echoed.contains {
                $0.contains("\r") || $0.contains("\u{0}") || $0.hasPrefix("QUIT") || $0.hasPrefix("JOIN")
            })
        alice.send(":alice PRIVMSG okrcoach :!help\r\n")
        // Help comes a page at a time; "more" brings the rest.
        let page = alice.read(until: "for the rest)")
        #expect(page.last?.hasSuffix("… (say “more” for the rest)") == true, "\(page)")
        alice.send(":alice PRIVMSG okrcoach :more\r\n")
        let second = alice.read(until: "for the rest)")
        // The help is longer than two pages: one more "more" brings the rest.
        alice.send(":alice PRIVMSG okrcoach :more\r\n")
        let help = page + second + alice.read(until: "!quit")
        #expect(help.last?.contains("!quit") == true, "\(help)")
        #expect(help.allSatisfy { $0.utf8.count <= 510 })
        #expect(help.allSatisfy { !$0.contains("\r") })
    }
}

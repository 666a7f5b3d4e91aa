import Foundation
import Testing

/// The bot's nick on a real ngircd: taken back once whoever had it leaves.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(2)))
struct IRCNickEndToEndTests {
    @Test func theNickIsTakenBackWhenTheSquatterLeaves() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let squatter = try IRCPerson("okrcoach", port: server.port, joining: "#growth")
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(server.port)", "--nick", "okrcoach", "--channel", "#growth",
            "--db", scratch.database,
        ])
        defer { bot.kill() }
        #expect(bot.waitFor("registered as okrcoach_"), "\(bot.printed)")
        // The log goes through swift-log: each line with its time in UTC and its level.
        let stamped = #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (info|notice) okrcoach: /#
        let logLines = bot.printed.split(separator: "\n").map(String.init)
        #expect(
            logLines.contains {
                $0.firstMatch(of: stamped) != nil && $0.hasSuffix("notice okrcoach: nick in use; trying okrcoach_")
            }, "\(logLines)")
        #expect(logLines.allSatisfy { $0.firstMatch(of: stamped) != nil }, "\(logLines)")
        _ = squatter.read(until: "JOIN")
        squatter.send("QUIT :bye")
        #expect(bot.waitFor("now known as okrcoach"), "\(bot.printed)")
        let alice = try IRCPerson("alice", port: server.port)
        alice.say("hi")
        #expect(alice.read(until: "Which team").last?.hasPrefix(":okrcoach!") == true)
    }
}

import Foundation
import Testing

/// `okrcoach serve` driven by a script: every line answered, in order, to the end of its input,
/// on standard input and on a connection whose sender half-closes (`printf … | nc -N`).
@Suite(.timeLimit(.minutes(5)))
struct ServeScriptEndToEndTests {
    private static let opening = [
        ":alice PRIVMSG okrcoach :hi", ":alice PRIVMSG okrcoach :Growth", ":alice PRIVMSG okrcoach :-",
        ":alice PRIVMSG okrcoach :-",
    ]

    private static func listening(_ scratch: Scratch) throws -> (RunningProgram, Int) {
        let server = try RunningProgram(
            ["serve", "--listen", "127.0.0.1:0", "--db", scratch.database])
        let port = try #require(server.listeningPort(), "\(server.printed)")
        return (server, port)
    }

    @Test func aHalfClosedConnectionGetsEveryReplyBeforeTheServerCloses() throws {
        let scratch = try Scratch()
        let (server, port) = try Self.listening(scratch)
        defer { server.kill() }
        let script = try LineClient(port: port)
        script.send(Self.opening.map { $0 + "\r\n" }.joined())
        script.finishSending()
        let replies = script.read(until: "no such reply")
        #expect(replies.last?.hasPrefix("PRIVMSG alice :What do you want to achieve") == true, "\(replies)")
        #expect(script.closed, "the server keeps the connection open after the last reply")
    }

    @Test func aHalfClosedConnectionWithAnUnterminatedLastLineGetsItAnswered() throws {
        let scratch = try Scratch()
        let (server, port) = try Self.listening(scratch)
        defer { server.kill() }
        let script = try LineClient(port: port)
        script.send(":alice PRIVMSG okrcoach :hi\r\n:alice PRIVMSG okrcoach :Growth")
        script.finishSending()
        let replies = script.read(until: "no such reply")
        #expect(
            replies.last == "PRIVMSG alice :Which cycle does it cover? Answer “-” for \(Okrcoach.currentQuarter).",
            "\(replies)")
        #expect(script.closed)
        // The server still takes new connections.
        let next = try LineClient(port: port)
        next.send(":bob PRIVMSG okrcoach :hi\r\n")
        #expect(next.read(until: "Which team is this set for?").last == "PRIVMSG bob :Which team is this set for?")
    }

    @Test func aTwentyLineScriptOnStandardInputIsAnsweredInOrderWithNoLineDropped() throws {
        let scratch = try Scratch()
        let said =
            ["Delight clinics so that they stay", "Increase NPS from 30 to 45 by March", "yes", "fast", "clinics"]
            + Array(repeating: "lots", count: 11)
        let lines = Self.opening + said.map { ":alice PRIVMSG okrcoach :\($0)" }
        #expect(lines.count == 20)
        let run = try Okrcoach.run(
            ["serve", "--stdio", "--db", scratch.database],
            input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.errors)")
        let output = run.output.split(separator: "\n").map(String.init)
        #expect(!output.contains { $0.contains("One message at a time") }, "\(output)")
        // Each of the eleven lines past the target question is answered, the last one last.
        #expect(output.filter { $0.hasPrefix("PRIVMSG alice :Please give a number") }.count == 11, "\(output)")
        #expect(output.last == "PRIVMSG alice :Where should it be at the end? Give the number you aim for.")
        let asked = try #require(output.firstIndex { $0.contains("Key result 1.2") })
        #expect(output[..<asked].allSatisfy { !$0.contains("Please give a number") })
    }

    @Test func tenThousandLinesOnStandardInputAreAllAnsweredInBoundedTime() throws {
        let scratch = try Scratch()
        let input = String(repeating: ":alice PRIVMSG okrcoach :lots\n", count: 10_000)
        let started = Date()
        let run = try Okrcoach.run(
            ["serve", "--stdio", "--db", scratch.database], input: input)
        #expect(run.status == 0, "\(run.errors)")
        #expect(Date().timeIntervalSince(started) < 100)
        let output = run.output.split(separator: "\n")
        #expect(!output.contains { $0.contains("One message at a time") })
        #expect(output.count >= 10_000)
        #expect(output.last?.hasPrefix("PRIVMSG alice :") == true)
    }
}

import IRCProtocol
import TestSupport
import Testing

/// A million random and mutated lines: the parser and the splitter never crash, every message
/// that parses is written back as a line that parses to the same message, and nothing written
/// holds CR, LF or NUL. The generator has a fixed seed, so every run feeds the same lines.
struct ParserFuzzTests {
    private static let iterations = 1_000_000
    private static let seedLines = [
        "@time=2027-01-04T09:00:00.000Z;+draft/reply=abc :Ada!~ada@example.org PRIVMSG #okr :Øke fra 30 % til 45 % 👍🏽",
        ":irc.example.org 005 okrcoach CASEMAPPING=rfc1459 CHANTYPES=# :are supported by this server",
        ":okrcoach!okr@example.org JOIN #okr * :OKR coach",
        "PING :irc.example.org",
        ":irc.example.org CAP * LS * :multi-prefix sasl=PLAIN,EXTERNAL message-tags",
        "@a=b\\\\and\\nk;c=72\\s45;d=gh\\:764 foo",
        ":Bob NOTICE okrcoach :e\u{301} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} ::",
    ]

    @Test func randomLinesParseAndComeBackUnchanged() throws {
        let seedLines = Self.seedLines + (try ParserSuite.splitCases().map(\.input))
        var fuzzer = LineFuzzer(seed: 0x0C0A_C401, seedLines: seedLines, messageCount: 5_000)
        var random = SeededGenerator(seed: 0x5EED)
        let splitter = ReplySplitter(maxLines: 3, continuation: "… (more)")
        var failures = fuzzer.messages.filter { Self.hasForbiddenBytes($0.serialized) }.map {
            "written with CR, LF or NUL: \($0)"
        }
        var parsed = 0
        for _ in 0..<Self.iterations where failures.count < 10 {
            let line = fuzzer.next()
            if let message = try? IRCMessage.parse(line) {
                parsed += 1
                if let problem = Self.roundTripProblem(message) {
                    failures.append("\(line.debugDescription): \(problem)")
                }
            }
            let target = random.below(4) == 0 ? line : "#okr"
            if let problem = Self.splitProblem(splitter, target: target, text: line, prefixLength: random.below(200)) {
                failures.append("split \(line.debugDescription): \(problem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        if failures.isEmpty {
            #expect(parsed > Self.iterations / 2, "only \(parsed) lines parsed, too few to test the writer")
        }
    }

    private static func roundTripProblem(_ message: IRCMessage) -> String? {
        let line = message.serialized
        if hasForbiddenBytes(line) { return "written with CR, LF or NUL: \(line.debugDescription)" }
        guard let again = try? IRCMessage.parse(line) else { return "\(line.debugDescription) does not parse" }
        return again == message ? nil : "\(line.debugDescription) parses to \(again), not \(message)"
    }

    private static func splitProblem(_ splitter: ReplySplitter, target: String, text: String, prefixLength: Int)
        -> String?
    {
        let reply = splitter.lines(command: "PRIVMSG", target: target, text: text, prefixLength: prefixLength)
        if reply.lines.count > splitter.maxLines { return "\(reply.lines.count) lines" }
        for message in reply.lines {
            let (target, text) = (message.params[0], message.params[1])
            if hasForbiddenBytes(target) || hasForbiddenBytes(text) {
                return "a line with CR, LF or NUL: \(message.serialized.debugDescription)"
            }
            let relayed =
                prefixLength + "PRIVMSG ".utf8.count + target.utf8.count + " :".utf8.count + text.utf8.count + 2
            if relayed > ReplySplitter.lineLimit {
                return "a relayed line of \(relayed) bytes: \(message.serialized.debugDescription)"
            }
        }
        return nil
    }

    /// Whether the line holds NUL, LF or CR; a plain loop, as `contains(where:)` is slow in a debug build.
    private static func hasForbiddenBytes(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0 || bytes[index] == 0x0A || bytes[index] == 0x0D { return true }
                index += 1
            }
            return false
        }
    }
}

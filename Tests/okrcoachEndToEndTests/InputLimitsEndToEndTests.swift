import Foundation
import Testing

/// What a careless or hostile file does to `check`, `import` and `serve --stdio`: it is refused
/// in a line, or read as far as it can be and the rest named, and nothing runs out of memory.
@Suite(.timeLimit(.minutes(5)))
struct InputLimitsEndToEndTests {
    static let tooLarge = "is larger than 1 MiB (1048576 bytes); okrcoach reads sets up to that size"

    @Test func endlessStandardInputIsRefusedAtTheLimit() throws {
        // As `okrcoach check - < /dev/zero`: more bytes than the limit, none of them text.
        let run = try Okrcoach.run(["check", "-"], input: String(repeating: "\0", count: 3 * 1024 * 1024))
        #expect(run.status == 2)
        #expect(run.errors == "<stdin>: \(Self.tooLarge)\n")
    }

    @Test func aFileOverTheLimitOrWithAnEndlessLineIsRefused() throws {
        let scratch = try Scratch()
        let large = try scratch.write(
            "large.yaml", "objectives:\n" + String(repeating: "- Grow revenue\n", count: 70_000))
        let run = try Okrcoach.run(["check", large])
        #expect(run.status == 2)
        #expect(run.errors == "\(large): \(Self.tooLarge)\n")
        let long = try scratch.write("long.md", "# Grow\n- " + String(repeating: "a", count: 20_000) + "\n")
        let line = try Okrcoach.run(["import", long, "--db", scratch.folder.appendingPathComponent("db").path])
        #expect(line.status == 2)
        #expect(
            line.errors == "\(long):2: the line is longer than 16384 bytes; okrcoach reads lines up to that length\n")
    }

    @Test func anAliasBombIsRefusedQuickly() throws {
        let scratch = try Scratch()
        var yaml = "l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
        for level in 1...8 {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let file = try scratch.write("bomb.yaml", yaml + "objectives: *l8\n")
        let started = Date()
        let run = try Okrcoach.run(["import", file, "--db", scratch.folder.appendingPathComponent("db").path])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(run.status == 2)
        #expect(
            run.errors == "\(file):5: the YAML holds more than 100000 values once its aliases are expanded; "
                + "okrcoach reads at most 100000\n")
    }

    @Test func importRefusesAnOutlineWithLinesItCannotPlaceUnlessForced() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("db").path
        let file = try scratch.write(
            "okrs.md", "   - Grow revenue so that we win\n - Increase x from 1 to 2\n - Increase y from 3 to 4\n")
        let refused = try Okrcoach.run(["import", file, "--db", db])
        #expect(refused.status == 2)
        #expect(refused.output.isEmpty)
        #expect(
            refused.errors == """
                \(file):1: warning: not read: 'Grow revenue so that we win' comes before the first objective
                okrcoach: \(file): not imported: the set would lack what the warnings above name; \
                fix the file, or import it as it reads with --force

                """)
        #expect(!FileManager.default.fileExists(atPath: db), "nothing was saved")
        let forced = try Okrcoach.run(["import", "--force", file, "--db", db])
        #expect(forced.status == 0)
        #expect(forced.output.hasPrefix("\(file): saved as set 1"))
    }

    @Test func aMisspeltIgnoreCommentIsWarnedOfButDoesNotStopAnImport() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "okrs.md",
            "# Grow revenue so that we win\n- Increase x from 1 to 2 by March <!-- okrcoach: ignore kr-vauge -->\n")
        let run = try Okrcoach.run(["import", file, "--db", scratch.folder.appendingPathComponent("db").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "\(file):2: warning: okrcoach: ignore: unknown rule 'kr-vauge'\n")
    }

    @Test func aJSONExportImportsAgain() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("db").path
        #expect(
            try Okrcoach.run([
                "import", try scratch.write("okrs.yaml", ExportImportEndToEndTests.everything), "--db", db,
            ])
            .status == 0)
        let json = scratch.folder.appendingPathComponent("okrs.json").path
        #expect(try Okrcoach.run(["export", "--output", json, "--db", db]).status == 0)
        let fromFile = try Okrcoach.run(["import", json, "--db", db])
        #expect(fromFile.status == 0, "\(fromFile.errors)")
        #expect(fromFile.errors.isEmpty)
        let fromStandardInput = try Okrcoach.run(
            ["import", "-", "--db", db], input: try String(contentsOfFile: json, encoding: .utf8))
        #expect(fromStandardInput.status == 0, "\(fromStandardInput.errors)")
        // The JSON holds the set on other lines than the YAML file, so it is saved as a set of its own;
        // read again from standard input it is the very set stored, and it exports as the first one does.
        #expect(fromFile.output == "\(json): saved as set 1 (Vekst, 2027-Q1)\n")
        #expect(fromStandardInput.output == "<stdin>: already saved as set 1 (Vekst, 2027-Q1); nothing new was saved\n")
        let original = try Okrcoach.run(["export", "--set", "2", "--db", db]).output
        #expect(try Okrcoach.run(["export", "--set", "1", "--db", db]).output == original)
    }

    @Test func serveOverStandardInputAnswersAControlCharacterAndAnEndlessLine() throws {
        let scratch = try Scratch()
        let input =
            [
                ":alice PRIVMSG okrcoach :hi\0there", ":bob PRIVMSG okrcoach :hei\rsneaky",
                ":carol PRIVMSG okrcoach :" + String(repeating: "x", count: 100_000), ":dave PRIVMSG okrcoach :hi",
            ].joined(separator: "\n") + "\n"
        let run = try Okrcoach.run(
            ["serve", "--stdio", "--db", scratch.folder.appendingPathComponent("db").path], input: input)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let unreadable =
            "I could not read that message: it holds a control character (NUL or a carriage return). "
            + "Please send it again as plain text."
        #expect(lines.contains("PRIVMSG alice :\(unreadable)"))
        #expect(lines.contains("PRIVMSG bob :\(unreadable)"))
        #expect(
            lines.contains(
                "PRIVMSG carol :That is more than I can read in one answer (16 KiB at most). Please shorten it."))
        #expect(lines.contains { $0.hasPrefix("PRIVMSG dave :") })
    }

    @Test func theCoachRefusesAnEndlessAnswerAndGoesOn() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let tooLong = "That is more than I can read in one answer (16 KiB at most). Please shorten it."
        let input =
            String(repeating: "x", count: 100_000) + "\nGrowth\n" + String(repeating: "\0", count: 3 * 1024 * 1024)
        let run = try Okrcoach.run(["--db", database, "--lang", "en"], input: input)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.components(separatedBy: tooLong).count == 3, "once for each overlong line")
        #expect(run.output.contains("Which cycle does it cover?"), "the answer after the long line is read")
    }

    @Test func serveOverTCPAnswersAnEndlessLineAndANulAndGoesOn() throws {
        let scratch = try Scratch()
        let server = try RunningProgram(
            ["serve", "--listen", "127.0.0.1:0", "--db", scratch.database])
        defer { server.kill() }
        let port = try #require(server.listeningPort(), "\(server.printed)")
        let bridge = try LineClient(port: port)
        bridge.send(":carol PRIVMSG okrcoach :" + String(repeating: "x", count: 100_000) + "\r\n")
        #expect(
            bridge.read(until: "PRIVMSG carol :").last
                == "PRIVMSG carol :That is more than I can read in one answer (16 KiB at most). Please shorten it.")
        bridge.send(":erin PRIVMSG okrcoach :hi\0there\r\n")
        #expect(
            bridge.read(until: "PRIVMSG erin :").last == "PRIVMSG erin :I could not read that message: it holds "
                + "a control character (NUL or a carriage return). Please send it again as plain text.")
        bridge.send(":dave PRIVMSG okrcoach :hi\r\n")
        #expect(
            bridge.read(until: "PRIVMSG dave :Which team is this set for?").last
                == "PRIVMSG dave :Which team is this set for?")
    }
}

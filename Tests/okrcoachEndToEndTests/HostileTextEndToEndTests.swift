import Foundation
import Testing

/// Text with terminal escapes, as an imported file, an answer or a chat line brings it, is shown
/// with its control characters as signs wherever okrcoach shows it, and kept as written in the data.
struct HostileTextEndToEndTests {
    /// A check file whose every text carries an attack: retitle the window, wipe the screen,
    /// write the clipboard, overwrite a line with a bare CR, and a C1 CSI.
    static let hostileFile = """
        lang: en
        cycle: 2027-Q1
        team: "Growth\\e]2;PWNED\\a"
        "colour\\e]2;KEY\\a": red
        objectives:
        - title: "Make booking effortless\\e[2J\\e[H so that clinics stay\\nwith us"
          key_results:
          - text: "Increase weekly bookings from 700 to 900 by 31 March\\e]52;c;cm0gLXJmIH4=\\a"
            type: increase
            baseline: 700
            target: 900
            check_ins:
            - date: 2027-01-08
              value: 760
              confidence: 7
              note: "Going well\\rEVIL\\x9b2J"
          - "\\e]52;c;aGk=\\aReduce no-shows from 12 % to 8 % by the end of March"
        retro:
        - topic: went_well
          text: "We met weekly\\e]0;x\\a"

        """

    /// Whether a text holds a control character other than line feed and tab.
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
    }

    @Test func anImportedFileShowsNoEscapeAnywhere() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let file = try scratch.write("hostile.yaml", Self.hostileFile)

        let check = try Okrcoach.run(["check", file])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.errors == "\(file):4: warning: unknown key 'colour␛]2;KEY␇' ignored\n")
        #expect(!Self.hasControl(check.output), "\(check.output)")

        let imported = try Okrcoach.run(["import", "--force", file, "--db", db])
        #expect(imported.output == "\(file): saved as set 1 (Growth␛]2;PWNED␇, 2027-Q1)\n")
        #expect(!Self.hasControl(imported.errors) && imported.errors.contains("'colour␛]2;KEY␇'"))

        for arguments in [
            ["report"], ["report", "--format", "md"], ["report", "--format", "json"], ["export", "--format", "md"],
        ] {
            let run = try Okrcoach.run(arguments + ["--db", db])
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            #expect(!Self.hasControl(run.output), "\(arguments): \(run.output.debugDescription)")
            #expect(run.output.contains("PWNED"), "\(arguments)")
        }
        let markdown = try Okrcoach.run(["report", "--format", "md", "--db", db]).output
        #expect(markdown.contains("## O1. Make booking effortless␛\\[2J␛\\[H so that clinics stay with us\n"))
        #expect(markdown.contains("Going well EVIL\\<U+009B\\>2J"))
        let outline = try Okrcoach.run(["export", "--format", "md", "--db", db]).output
        #expect(outline.contains("\n## Make booking effortless␛[2J␛[H so that clinics stay with us\n- Increase weekly"))

        let coach = try Okrcoach.run(["--lang", "en", "--db", db], input: "/list\n/open 2\n/show\n/quit\n")
        #expect(!Self.hasControl(coach.output), "\(coach.output.debugDescription)")
        #expect(coach.output.contains("Growth␛]2;PWNED␇, 2027-Q1: Make booking effortless␛[2J␛[H so that clinics stay"))
    }

    @Test func theDataKeepsTheTextAsWritten() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        #expect(
            try Okrcoach.run(["import", "--force", try scratch.write("hostile.yaml", Self.hostileFile), "--db", db])
                .status == 0)
        let yaml = try Okrcoach.run(["export", "--db", db])
        #expect(!Self.hasControl(yaml.output))
        #expect(yaml.output.contains(#"team: "Growth\e]2;PWNED\a""#), "YAML escapes what it holds: \(yaml.output)")
        let json = try Okrcoach.run(["export", "--format", "json", "--db", db])
        #expect(!Self.hasControl(json.output))
        #expect(json.output.contains(#""note": "Going well\rEVIL\u009b2J""#), "\(json.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["team"] as? String == "Growth\u{1B}]2;PWNED\u{07}")

        #expect(try Okrcoach.run(["import", "-", "--db", db], input: yaml.output).status == 0)
        #expect(
            try Okrcoach.run(["export", "--format", "json", "--db", db]).output == json.output, "read back unchanged")
    }

    @Test func anAnswerAndAChatLineAreEchoedWithSigns() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let answered = try Okrcoach.run(
            ["--lang", "en", "--db", db], input: "Growth\u{1B}]2;PWNED\u{07}\r\u{9B}2J\n2027-Q1\n/list\n/quit\n")
        #expect(!Self.hasControl(answered.output), "\(answered.output.debugDescription)")
        #expect(answered.output.contains("1. Growth␛]2;PWNED␇ <U+009B>2J, 2027-Q1\n"), "\(answered.output)")

        let chatDB = scratch.folder.appendingPathComponent("chat.sqlite").path
        let lines =
            ":alice PRIVMSG okrcoach :hello\r\n:alice PRIVMSG okrcoach :\u{1B}]2;PWNED\u{07}Support\u{1B}[2J\r\n"
        #expect(try Okrcoach.run(["serve", "--stdio", "--db", chatDB], input: lines).status == 0)
        let listed = try Okrcoach.run(["--lang", "en", "--db", chatDB], input: "no\n/list\n/quit\n")
        #expect(!Self.hasControl(listed.output), "\(listed.output.debugDescription)")
        #expect(listed.output.contains("You have an unfinished set: ␛]2;PWNED␇Support␛[2J."), "\(listed.output)")
        #expect(listed.output.contains("1. ␛]2;PWNED␇Support␛[2J"), "\(listed.output)")
    }
}

/// A report of an imported hostile set in a real terminal (tmux) leaves the pane's title, its lines
/// and the clipboard alone.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "tmux is not installed: apt-get install tmux"), .timeLimit(.minutes(2)))
struct HostileTextTerminalTests {
    @Test func aReportKeepsTheTitleTheScreenAndTheClipboard() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let file = try scratch.write("hostile.yaml", HostileTextEndToEndTests.hostileFile)
        #expect(try Okrcoach.run(["import", "--force", file, "--db", db]).status == 0)
        let report = [Okrcoach.program.path, "report", "--date", "2027-01-15", "--db", db]
        // The report waits for a line, so that tmux takes clipboard writes (set-clipboard on) before it starts.
        let command = ["sh", "-c", "read go; exec \"$@\"", "sh"] + report
        let terminal = try TmuxTerminal(command: command, environment: ["TERM": "xterm", "LANG": "C.UTF-8"])
        try terminal.setOption("set-clipboard", "on")
        let title = terminal.title()
        try terminal.typeLine("go")
        #expect(terminal.waitFor("KR2 ␛]52;c;aGk=␇Reduce no-shows"), "\(terminal.screen())")
        let screen = terminal.screen()
        let lines = [
            "OKRs: Growth␛]2;PWNED␇, 2027-Q1", "As of 2027-01-15", "", "  Key result",
        ]
        #expect(screen.contains(lines.joined(separator: "\n")), "nothing was wiped or overwritten: \(screen)")
        #expect(screen.contains("Confidence\nO1. Make booking effortless␛[2J␛[H so"), "\(screen)")
        #expect(terminal.title() == title)
        #expect(!terminal.title().contains("PWNED"))
        #expect(terminal.buffers().isEmpty, "nothing was written to the clipboard: \(terminal.buffers())")
    }
}

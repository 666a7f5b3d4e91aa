import Foundation
import Testing

/// A Norwegian user drafting one-year objectives in a real terminal (tmux), as the native reviewer
/// did: the summary names the objective by the id it is saved under, an empty line after the level
/// says nothing new, and leaving or resuming calls the level by its name, never "settet".
@Suite(.enabled(if: TmuxTerminal.isAvailable, "tmux is not installed: apt-get install tmux"), .timeLimit(.minutes(5)))
struct PyramidLevelWordingEndToEndTests {
    @Test func norwegianOneYearObjectivesAtTheTerminal() throws {
        let scratch = try Scratch()
        let clock = try scratch.write("clock", "2026-11-15T10:00")
        let environment = [
            "HOME": scratch.folder.path, "XDG_STATE_HOME": scratch.folder.appendingPathComponent("state").path,
            "TERM": "xterm", "LANG": "C.UTF-8", "OKRCOACH_CLOCK_FILE": clock,
        ]
        let command = [Okrcoach.program.path, "--db", scratch.database, "--lang", "nb"]
        let objective = "Vinne klinikkene i Oslo for å bevise modellen"

        var terminal = try TmuxTerminal(command: command, environment: environment)
        #expect(terminal.waitFor("Hvilket team er settet for?"), "\(terminal.screen())")
        try terminal.typeLine("/årsmål")
        #expect(terminal.waitFor("Trykk Enter for å velge 2027."), "\(terminal.screen())")
        for line in ["", objective, "Øke betalende klinikker i Oslo fra 12 til 40 innen desember 2027", "nei", "nei"] {
            try terminal.typeLine(line)
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(terminal.waitFor("Lagret i organisasjonen."), "\(terminal.screen())")
        let summary = terminal.screen()
        #expect(summary.contains("A1: \(objective)"), "\(summary)")
        #expect(summary.contains("[too-few-krs] A1: "), "\(summary)")
        #expect(!summary.contains("O1: "), "\(summary)")

        // An empty line gets the prompt again, and nothing said.
        try terminal.send("Enter")
        #expect(waitForTwoPrompts(terminal), "\(terminal.screen())")
        #expect(terminal.screen().components(separatedBy: "Lagret i organisasjonen.").count == 2)

        try terminal.send("C-d")
        #expect(terminal.waitFor("Ettårsmålene er lagret i organisasjonen."), "\(terminal.screen())")
        #expect(!terminal.screen().contains("Settet ditt er lagret"), "\(terminal.screen())")

        // An unfinished draft of one-year objectives, left and offered again.
        terminal = try TmuxTerminal(command: command, environment: environment)
        #expect(terminal.waitFor("Hvilket team er settet for?"), "\(terminal.screen())")
        try terminal.typeLine("/årsmål")
        #expect(terminal.waitFor("Trykk Enter for å velge 2027."), "\(terminal.screen())")
        try terminal.typeLine("")
        #expect(terminal.waitFor("Hva må dere oppnå i 2027?"), "\(terminal.screen())")
        try terminal.send("C-d")
        #expect(
            terminal.waitFor("Utkastet til ettårsmålene er lagret. Start okrcoach igjen for å fortsette."),
            "\(terminal.screen())")
        terminal = try TmuxTerminal(command: command, environment: environment)
        #expect(
            terminal.waitFor("Du har et uferdig utkast til ettårsmål: 2027. Vil du fortsette der du slapp?"),
            "\(terminal.screen())")
        #expect(!terminal.screen().contains("uferdig sett"), "\(terminal.screen())")
    }

    /// Waits until the screen ends in two prompts one above the other: an empty line answered with nothing.
    private func waitForTwoPrompts(_ terminal: TmuxTerminal) -> Bool {
        (0..<100).contains { _ in
            let lines = terminal.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.suffix(2) == ["okr>", "okr>"] { return true }
            Thread.sleep(forTimeInterval: 0.05)
            return false
        }
    }
}

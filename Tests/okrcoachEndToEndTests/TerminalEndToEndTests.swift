import Foundation
import Testing

/// The coach in a real terminal (tmux): prompt, Tab completion, Ctrl-C, Ctrl-D, history after a restart.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "tmux is not installed: apt-get install tmux"), .timeLimit(.minutes(5)))
struct TerminalEndToEndTests {
    @Test func lineEditingHistoryCompletionAndSignals() throws {
        let scratch = try Scratch()
        let environment = [
            "HOME": scratch.folder.path, "XDG_STATE_HOME": scratch.folder.appendingPathComponent("state").path,
            "XDG_DATA_HOME": scratch.folder.appendingPathComponent("data").path, "TERM": "xterm", "LANG": "C.UTF-8",
        ]
        let command = [Okrcoach.program.path, "--lang", "en"]

        var terminal = try TmuxTerminal(command: command, environment: environment)
        #expect(terminal.waitFor("okr>"), "the prompt: \(terminal.screen())")
        #expect(terminal.waitFor("Which team is this set for?"))
        try terminal.typeLine("Growth")
        #expect(terminal.waitFor("Which cycle does it cover?"))

        // Tab completes a command.
        try terminal.send("/he", "Tab")
        #expect(terminal.waitFor("okr> /help"), "completion: \(terminal.screen())")
        try terminal.send("Enter")
        #expect(terminal.waitFor("/list, /open N"))

        // Ctrl-C clears the line and keeps the session.
        try terminal.send("-l", "not this")
        try terminal.send("C-c")
        try terminal.typeLine("2027-Q1")
        #expect(terminal.waitFor("Which higher-level objective"), "after Ctrl-C: \(terminal.screen())")
        #expect(!(terminal.hasEnded()))
        #expect(!(terminal.screen().contains("not this2027")))

        // Ctrl-D saves and leaves.
        try terminal.send("C-d")
        let ended = (0..<100).contains { _ in
            Thread.sleep(forTimeInterval: 0.05)
            return terminal.hasEnded()
        }
        #expect(ended, "Ctrl-D: \(terminal.screen())")
        let historyFile = scratch.folder.appendingPathComponent("state/okrcoach/history")
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(history.contains("Growth") && history.contains("2027-Q1"))
        // What a person types, and their sets, are theirs alone.
        for file in ["state/okrcoach/history", "data/okrcoach/okrcoach.sqlite"] {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: scratch.folder.appendingPathComponent(file).path)
            #expect(attributes[.posixPermissions] as? Int == 0o600, "\(file)")
        }

        // Started again: the unfinished set is offered, and Up recalls the last line.
        terminal = try TmuxTerminal(command: command, environment: environment)
        #expect(terminal.waitFor("You have an unfinished set: Growth, 2027-Q1."))
        try terminal.send("Up")
        #expect(terminal.waitFor("okr> 2027-Q1"), "history: \(terminal.screen())")
        try terminal.send("C-u")
        try terminal.typeLine("yes")
        #expect(terminal.waitFor("Which higher-level objective"))
    }
}

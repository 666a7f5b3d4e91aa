import Foundation
import Testing

/// The coach's conversation as a person meets it at the terminal: letters typed under a locale
/// that is not installed, lines broken between words, what leaving says, and the retrospective's
/// reminder when the next set is started.
@Suite(.timeLimit(.minutes(5)))
struct ConversationEndToEndTests {
    /// Under LANG=nb_NO.UTF-8 on a system without that locale (`locale -a` lists only C.UTF-8 here),
    /// readline read bytes, and the first byte of Ø, Æ, Å or Ö turned into Meta-C: "Østfold" arrived
    /// as "stfold". The replies are broken between words at the terminal's width (120 columns).
    @Test(.enabled(if: TmuxTerminal.isAvailable, "tmux is not installed: apt-get install tmux"))
    func capitalNordicLettersAtThePromptAndLinesBrokenBetweenWords() throws {
        let scratch = try Scratch()
        let environment = [
            "HOME": scratch.folder.path, "XDG_STATE_HOME": scratch.folder.appendingPathComponent("state").path,
            "XDG_DATA_HOME": scratch.folder.appendingPathComponent("data").path, "TERM": "xterm",
            "LANG": "nb_NO.UTF-8",
        ]
        let terminal = try TmuxTerminal(command: [Okrcoach.program.path], environment: environment)
        #expect(terminal.waitFor("Hvilket team er settet for?"), "\(terminal.screen())")
        // The greeting is 144 columns: it breaks before "/hjelp", not inside it.
        let screen = terminal.screen()
        #expect(screen.contains("ett spørsmål om gangen. Skriv\n/hjelp for å se kommandoene."), "\(screen)")
        try terminal.typeLine("Østfold")
        #expect(terminal.waitFor("Hvilken syklus gjelder det?"), "\(terminal.screen())")
        // A cycle is a cycle ("K1 2027"); the capital letters go in the answers that are texts.
        try terminal.typeLine("K1 2027")
        #expect(terminal.waitFor("Hvilket overordnet mål"), "\(terminal.screen())")
        try terminal.typeLine("Ærlig, Åpen og Ørlig Ödla")
        #expect(terminal.waitFor("Hva vil dere oppnå"), "\(terminal.screen())")
        let typed = terminal.screen()
        for line in ["okr> Østfold", "okr> K1 2027", "okr> Ærlig, Åpen og Ørlig Ödla"] {
            #expect(typed.contains(line), "\(typed)")
        }
        // Ctrl-D says that the set is saved.
        try terminal.send("C-d")
        #expect(terminal.waitFor("Settet ditt er lagret."), "\(terminal.screen())")
        let export = try Okrcoach.run(["export", "--format", "yaml"], environment: environment)
        #expect(export.output.contains("team: Østfold"), "\(export.output)\(export.errors)")
        #expect(export.output.contains("cycle: K1 2027"), "\(export.output)")
    }

    /// /quit and the end of input say that the set is saved, once something is answered; a run
    /// with nothing answered stores nothing and says nothing of saving.
    @Test func leavingSaysThatTheSetIsSaved() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let saved = "Your set is saved. Start okrcoach again to go on, or see it with /list."
        let nothing = try Okrcoach.run(["--db", database, "--lang", "en"], input: "")
        #expect(nothing.status == 0)
        #expect(!nothing.output.contains(saved))
        let quit = try Okrcoach.run(["--db", database, "--lang", "en"], input: "Growth\n/quit\n")
        #expect(quit.status == 0, "\(quit.errors)")
        #expect(quit.output.hasSuffix(saved + "\n"), "\(quit.output)")
        let endOfInput = try Okrcoach.run(["--db", database], input: "yes\n\n")
        #expect(endOfInput.output.contains("Which higher-level objective"), "\(endOfInput.output)")
        #expect(endOfInput.output.hasSuffix("\n" + saved + "\n"), "\(endOfInput.output)")

        // A check-in left half-way says so too; a finished one has said that it is saved.
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        let sets = scratch.folder.appendingPathComponent("cycle.sqlite").path
        #expect(try Okrcoach.run(["import", file, "--db", sets]).status == 0)
        let halfWay = try Okrcoach.run(["checkin", "--db", sets, "--date", "2026-11-02"], input: "480\non track\n")
        #expect(halfWay.output.hasSuffix(saved + "\n"), "\(halfWay.output)")
        let finished = try Okrcoach.run(
            ["retro", "--db", sets],
            input: "Weekly check-ins\nToo much scope\nFewer measures\nTwo key results per objective\n")
        #expect(finished.output.contains("Retrospective saved."), "\(finished.output)")
        #expect(!finished.output.contains(saved), "\(finished.output)")
    }

    /// After a set's retrospective, starting okrcoach begins the next set with what the retro said
    /// to change, and so does /new before anything is answered.
    @Test func theRetroReminderGreetsTheNextSetOnTheNaturalPath() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        let review = try Okrcoach.run(
            ["review", "--db", database, "--date", "2026-12-18"], input: "committed\n\n\n\n\n")
        #expect(review.output.contains("Review saved."), "\(review.output)\(review.errors)")
        let retro = try Okrcoach.run(
            ["retro", "--db", database],
            input: "Weekly check-ins\nToo much scope\nFewer measures\nTwo key results per objective\n")
        #expect(retro.output.contains("Retrospective saved."), "\(retro.output)\(retro.errors)")

        let reminder = "At the end of 2026-Q4 you said you would change: “Two key results per objective”"
        let next = try Okrcoach.run(["--db", database, "--lang", "en"], input: "/new\n")
        #expect(next.status == 0, "\(next.errors)")
        #expect(next.output.components(separatedBy: reminder).count - 1 == 2, "\(next.output)")
    }
}

import Foundation
import Testing

/// What the design review (issue 13, "Found") tried as a user, run again: each test failed on
/// the program before the redesign and passes now. The data files are the built ones, so the
/// same test runs against either program.
struct DesignReviewEndToEndTests {
    /// A data folder holding a copy of one built data file, edited (`changes`: the edit must find something).
    private func dataFolder(
        _ scratch: Scratch, copying file: String, changes: Bool = true, edit: (String) -> String
    ) throws -> (data: String, file: String) {
        let built = try String(
            contentsOf: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/\(file)"),
            encoding: .utf8)
        let edited = edit(built)
        #expect(!changes || edited != built)
        let path = try scratch.write("data/\(file)", edited)
        return (scratch.folder.appendingPathComponent("data").path, path)
    }

    /// A database holding the Growth set of the cycle tests, imported.
    private func growthSet(_ scratch: Scratch) throws -> String {
        let database = scratch.folder.appendingPathComponent("okr.sqlite").path
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        return database
    }

    /// "The yes/no refusal applies to every text step with an action: a check-in note 'ok' gets
    /// 'Please write a few words'."
    @Test func aCheckInNoteMayBeOk() throws {
        let scratch = try Scratch()
        let database = try growthSet(scratch)
        let run = try Okrcoach.run(
            ["checkin", "--db", database, "--date", "2026-11-16"], input: "480\non track\nok\n")
        #expect(!run.output.contains("Please write a few words"), "\(run.output)")
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.contains("note: ok"), "\(export.output)")
    }

    /// "Tried: a typo `recordd:` in `prompts/checkin.yaml` loads fine, and the check-in then
    /// answers nothing."
    @Test func aFlowWithARouteTypoIsRefused() throws {
        let scratch = try Scratch()
        let flow = try dataFolder(scratch, copying: "prompts/checkin.yaml") {
            $0.replacingOccurrences(
                of: "{recorded: confidence, unclear: value}", with: "{recordd: confidence, unclear: value}")
        }
        let database = try growthSet(scratch)
        let run = try Okrcoach.run(
            ["checkin", "--db", database, "--data-dir", flow.data, "--date", "2026-11-16"], input: "480\n")
        #expect(run.status == 2, "\(run.output)")
        #expect(run.errors.hasPrefix("okrcoach: \(flow.file):"), "\(run.errors)")
        #expect(run.errors.contains("'recordd'"), "\(run.errors)")
    }

    /// "A locale missing them loads, and chat users then see '…? enter_in_chat for 2026-Q4.'"
    @Test func aLocaleWithoutAChatMessageIsRefused() throws {
        let scratch = try Scratch()
        let locale = try dataFolder(scratch, copying: "locales/en.yaml") { text in
            text.components(separatedBy: "\n").filter { !$0.hasPrefix("    enter_in_chat:") }.joined(separator: "\n")
        }
        let run = try Okrcoach.run(
            [
                "serve", "--stdio", "--db", scratch.folder.appendingPathComponent("okr.sqlite").path, "--data-dir",
                locale.data,
            ],
            input: ":alice PRIVMSG okrcoach :hi\n:alice PRIVMSG okrcoach :Growth\n")
        #expect(!run.output.contains("enter_in_chat"), "\(run.output)")
        #expect(run.status == 2)
        #expect(run.errors.contains("enter_in_chat"), "\(run.errors)")
    }

    /// "ChatCoach+Handling … replaces 'Press Enter' by substring … A translator's variant silently
    /// escapes all three": a translator who writes "Hit Enter" in the questions, where the key is
    /// called "Press Enter", must still be read as chat in chat. (The locales now name the key as
    /// a value, `{enter}`, so in them there is no such sentence left to reword.)
    @Test func aRewordedEnterStillReadsAsChatInChat() throws {
        let scratch = try Scratch()
        let locale = try dataFolder(scratch, copying: "locales/en.yaml", changes: false) { text in
            text.components(separatedBy: "\n").map { line in
                line.hasPrefix("    enter_key:")
                    ? line
                    : line.replacingOccurrences(of: "Press Enter", with: "Hit Enter")
                        .replacingOccurrences(of: "press Enter", with: "hit Enter")
            }.joined(separator: "\n")
        }
        let run = try Okrcoach.run(
            [
                "serve", "--stdio", "--db", scratch.folder.appendingPathComponent("okr.sqlite").path, "--data-dir",
                locale.data,
            ],
            input: ":alice PRIVMSG okrcoach :hi\n:alice PRIVMSG okrcoach :Growth\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Which cycle does it cover?"), "\(run.output)")
        #expect(!run.output.contains("Enter"), "\(run.output)")
    }
}

import Foundation
import TestSupport
import Testing

/// A coach edits a copy of `prompts/` and `locales/` and points okrcoach at it with `--data-dir`:
/// a question added to the retrospective is asked, saved, exported, read back and reported.
struct EditedFlowEndToEndTests {
    /// The built data folders copied into the scratch folder, the retrospective with a
    /// question after `learned`; returns the copy's folder.
    static func editedData(in scratch: Scratch) throws -> String {
        let data = scratch.folder.appendingPathComponent("data")
        for folder in ["prompts", "locales"] {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/\(folder)"),
                to: data.appendingPathComponent(folder))
        }
        let retro = data.appendingPathComponent("prompts/retro.yaml")
        var flow = try String(contentsOf: retro, encoding: .utf8)
        flow = flow.replacingOccurrences(
            of: "    routes: {recorded: change}", with: "    routes: {recorded: surprised}")
        flow = flow.replacingOccurrences(
            of: "  change:\n",
            with:
                "  surprised:\n    ask: ask_surprised\n    expect: text\n    optional: true\n    action: record_retro\n    routes: {recorded: change}\n\n  change:\n"
        )
        try flow.write(to: retro, atomically: true, encoding: .utf8)
        let texts = [
            "en": ("What surprised you?", "What surprised us"),
            "nb": ("Hva overrasket dere?", "Hva som overrasket oss"),
            "sv": ("Vad överraskade er?", "Vad som överraskade oss"),
            "nl": ("Wat verraste jullie?", "Wat ons verraste"),
        ]
        for (code, (question, title)) in texts {
            let file = data.appendingPathComponent("locales/\(code).yaml")
            var locale = try String(contentsOf: file, encoding: .utf8)
            locale = locale.replacingOccurrences(
                of: "\n  messages:\n", with: "\n  messages:\n    ask_surprised: \"\(question)\"\n")
            locale = locale.replacingOccurrences(
                of: "\n  questions:\n", with: "\n  questions:\n    surprised: \"\(title)\"\n")
            try locale.write(to: file, atomically: true, encoding: .utf8)
        }
        return data.path
    }

    @Test func aRetroQuestionAddedInACopyOfPromptsIsAskedExportedAndImported() throws {
        let scratch = try Scratch()
        let data = try Self.editedData(in: scratch)
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        #expect(try Okrcoach.run(["import", file, "--db", database, "--data-dir", data]).status == 0)
        let retro = try Okrcoach.run(
            ["retro", "--db", database, "--data-dir", data],
            input:
                "Weekly check-ins\nToo much scope\nFewer measures\nHow fast clinics came back\nTwo key results per objective\n"
        )
        #expect(retro.output.contains("What surprised you?"), "\(retro.output)\(retro.errors)")
        #expect(retro.output.contains("Retrospective saved."), "\(retro.output)\(retro.errors)")

        let exported = try Okrcoach.run(["export", "--format", "yaml", "--db", database, "--data-dir", data])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(
            exported.output.contains("- topic: surprised\n  text: How fast clinics came back\n"), "\(exported.output)")
        let copy = try scratch.write("exported.yaml", exported.output)

        let other = scratch.folder.appendingPathComponent("other.sqlite").path
        let imported = try Okrcoach.run(["import", copy, "--db", other, "--data-dir", data])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(
            try Okrcoach.run(["export", "--format", "yaml", "--db", other, "--data-dir", data]).output
                == exported.output)
        #expect(try Okrcoach.run(["check", copy, "--data-dir", data]).status != 2)
        let report = try Okrcoach.run(["report", "--format", "md", "--db", other, "--data-dir", data])
        #expect(report.output.contains("What surprised us"), "\(report.output)\(report.errors)")

        // The shipped flow has no such question: its reader refuses the topic, naming the line.
        let refused = try Okrcoach.run(["import", copy, "--db", other])
        #expect(refused.status == 2)
        let line = try #require(
            exported.output.components(separatedBy: "\n").firstIndex { $0.contains("topic: surprised") })
        #expect(
            refused.errors.contains(
                "\(copy):\(line + 1): 'topic' should be one of went_well, went_badly, learned, change"),
            "\(refused.errors)")
    }

    @Test func aFlowWithATypoIsRefusedWithItsFileAndLine() throws {
        let scratch = try Scratch()
        let data = try Self.editedData(in: scratch)
        let checkin = URL(fileURLWithPath: data).appendingPathComponent("prompts/checkin.yaml")
        let text = try String(contentsOf: checkin, encoding: .utf8)
        try text.replacingOccurrences(
            of: "{recorded: confidence, unclear: value}", with: "{recordd: confidence, unclear: value}"
        )
        .write(to: checkin, atomically: true, encoding: .utf8)
        let line = try #require(
            text.components(separatedBy: "\n").firstIndex { $0.contains("{recorded: confidence, unclear: value}") })
        let run = try Okrcoach.run([
            "checkin", "--db", scratch.folder.appendingPathComponent("x.sqlite").path, "--data-dir", data,
        ])
        #expect(run.status == 2)
        #expect(
            run.errors.contains(
                "\(checkin.path):\(line + 1): steps.value.routes.recordd: 'recordd' is no outcome of record_value"),
            "\(run.errors)")
    }
}

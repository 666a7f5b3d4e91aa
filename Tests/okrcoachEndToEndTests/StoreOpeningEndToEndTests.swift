import Foundation
import Testing

/// A start that writes nothing waits for no disk: the coach to its first question, `export`,
/// `report`, `doctor` and `check` leave a saved file byte for byte as it was, and (where strace
/// is installed) ask the kernel for no fsync or fdatasync.
struct StoreOpeningEndToEndTests {
    private static let strace = "/usr/bin/strace"

    /// A scratch folder whose database holds one set with a check-in, and the commands that only read it.
    private func savedSet() throws -> (Scratch, [(arguments: [String], input: String?)]) {
        let scratch = try Scratch()
        let file = try scratch.write(
            "okrs.yaml",
            """
            lang: nb
            cycle: 2027-K1
            team: Vekst
            objectives:
              - title: Vinne klinikkene i Oslo slik at de fornyer
                key_results:
                  - Øke andelen aktive klinikker fra 30 % til 50 %
            """)
        let database = scratch.database
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        #expect(
            try Okrcoach.run(["checkin", "--db", database, "--date", "2027-01-11"], input: "40\n7\n\n").status == 0)
        let readers: [(arguments: [String], input: String?)] = [
            (["--db", database, "--lang", "nb"], ""),
            (["export", "--db", database], nil),
            (["report", "--db", database], nil),
            (["doctor", "--db", database], nil),
            (["check", file], nil),
        ]
        return (scratch, readers)
    }

    @Test func commandsThatOnlyReadLeaveTheFileAsItWas() throws {
        let (scratch, readers) = try savedSet()
        let database = scratch.database
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let modified = try FileManager.default.attributesOfItem(atPath: database)[.modificationDate] as? Date
        for (arguments, input) in readers {
            let run = try Okrcoach.run(arguments, input: input)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: database)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: strace), "strace is not installed"))
    func commandsThatOnlyReadAskForNoDiskSync() throws {
        let (scratch, readers) = try savedSet()
        for (index, (arguments, input)) in readers.enumerated() {
            let trace = scratch.folder.appendingPathComponent("trace-\(index)").path
            let run = try Okrcoach.run(
                ["-f", "-e", "trace=fsync,fdatasync", "-o", trace, Okrcoach.program.path] + arguments, input: input,
                program: URL(fileURLWithPath: Self.strace))
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            let calls = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("sync(") }
            #expect(calls.isEmpty, "\(arguments): \(calls)")
        }
        // The same trace does see the syncs of a command that saves.
        let trace = scratch.folder.appendingPathComponent("trace-saving").path
        _ = try Okrcoach.run(
            [
                "-f", "-e", "trace=fsync,fdatasync", "-o", trace, Okrcoach.program.path, "checkin", "--db",
                scratch.database, "--date", "2027-01-18",
            ],
            input: "45\n7\n\n", program: URL(fileURLWithPath: Self.strace))
        #expect(try String(contentsOfFile: trace, encoding: .utf8).contains("sync("))
    }
}

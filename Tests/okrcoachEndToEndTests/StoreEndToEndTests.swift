import Foundation
import GRDB
import Testing

/// The database as a careless user or a hostile file meets it: devices, missing folders, read-only
/// and full disks, rows that cannot be read, and leaving before answering.
@Suite(.timeLimit(.minutes(5)))
struct StoreEndToEndTests {
    @Test func leavingAtTheOfferCreatesNothingAndTheSetIsOfferedAgain() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let arguments = ["--db", database, "--lang", "en"]
        _ = try Okrcoach.run(arguments, input: "Growth\n")
        // Ctrl-D, /quit, another command, and a new set left before its first answer.
        for input in ["", "/quit\n", "/list\n/avslutt\n", "no\n", "no\n/help\n"] {
            let run = try Okrcoach.run(arguments, input: input)
            #expect(run.status == 0, "\(input.debugDescription): \(run.errors)")
            #expect(run.output.contains("You have an unfinished set: Growth."), "\(input.debugDescription)")
        }
        let list = try Okrcoach.run(arguments, input: "yes\n/list\n")
        #expect(list.output.contains("1. Growth"))
        #expect(!list.output.contains("2."), "\(list.output)")
    }

    @Test func aCommandAtTheOfferIsNoAnswer() throws {
        let scratch = try Scratch()
        let database = scratch.database
        _ = try Okrcoach.run(["--db", database, "--lang", "en"], input: "Growth\n")
        let run = try Okrcoach.run(["--db", database, "--lang", "en"], input: "/list\nyes\n")
        #expect(run.output.contains("Please answer yes or no."))
        #expect(run.output.contains("Which cycle does it cover?"))
    }

    @Test(arguments: ["/dev/null", "/dev/zero", "/tmp"])
    func aDeviceOrAFolderIsRefusedAsADatabase(path: String) throws {
        for arguments in [
            ["--db", path], ["export", "--db", path], ["import", "-", "--db", path], ["doctor", "--db", path],
        ] {
            let run = try Okrcoach.run(arguments, input: "objectives:\n  - title: Grow\n")
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.contains("okrcoach: \(path): cannot open the database: is a"), "\(run.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
    }

    @Test(arguments: ["/nonexistent-okrcoach", "/etc/hostname", "", "\u{1B}[2J\u{7}"])
    func aDataFolderThatIsNoFolderIsAnError(folder: String) throws {
        let scratch = try Scratch()
        let database = scratch.database
        for arguments in [["--data-dir", folder, "--db", database], ["check", "--data-dir", folder, "-"]] {
            let run = try Okrcoach.run(arguments, input: "")
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.hasPrefix("okrcoach: --data-dir: "), "\(run.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test func anUnreadableSetIsReportedAndRepairedWithDoctor() throws {
        let scratch = try Scratch()
        let database = scratch.database
        _ = try Okrcoach.run(["--db", database, "--lang", "en"], input: "Growth\n")
        let state = try DatabaseQueue(path: database).read { db in
            try String.fetchOne(db, sql: "SELECT state FROM session")
        }
        let good = try #require(state)
        // A day that is no day (a damaged or hand-edited file), and a set from a newer okrcoach.
        let broken = good.replacingOccurrences(
            of: "\"step\":",
            with:
                "\"activity\":{\"kind\":\"checkin\",\"day\":\"2026-13-45\",\"objective\":0,\"keyResult\":-1,\"done\":0,\"resumeStep\":\"ask_cycle\"},\"step\":"
        )
        try DatabaseQueue(path: database).write { db in
            try db.execute(
                sql:
                    "INSERT INTO session (id, title, finished, savedAt, state, revision, schema) VALUES (?, ?, 1, 1, ?, 1, 1)",
                arguments: ["old-day", "Support\u{1B}]2;pwned\u{7}", broken])
            try db.execute(
                sql:
                    "INSERT INTO session (id, title, finished, savedAt, state, revision, schema) VALUES (?, ?, 1, 2, ?, 1, 7)",
                arguments: ["future", "Sales", good])
        }
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.status == 0)
        #expect(export.errors.contains("2 saved sets cannot be read; okrcoach doctor lists them and repairs them"))

        let doctor = try Okrcoach.run(["doctor", "--db", database])
        #expect(doctor.status == 1)
        #expect(doctor.output.contains("3 saved sets, 2 cannot be read:"))
        #expect(
            doctor.output.contains("old-day (Support\u{FFFD}]2;pwned\u{FFFD}), saved 1970-01-01"), "\(doctor.output)")
        #expect(doctor.output.contains("activity.day: not a day: 2026-13-45"))
        #expect(doctor.output.contains("future (Sales)"))
        #expect(doctor.output.contains("saved by a newer okrcoach (state version 7; this one reads up to 2)"))
        #expect(!doctor.output.contains("\u{1B}"))

        let shown = try Okrcoach.run(["doctor", "--db", database, "--show", "old-day"])
        #expect(shown.status == 0)
        #expect(shown.output == broken + "\n")
        let stillBroken = try scratch.write(
            "still.json", broken.replacingOccurrences(of: "2026-13-45", with: "2026-02-30"))
        let refused = try Okrcoach.run(["doctor", "--db", database, "--replace", "old-day", stillBroken])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("still cannot be read, nothing changed"))
        let fixed = try scratch.write("fixed.json", broken.replacingOccurrences(of: "2026-13-45", with: "2026-11-02"))
        let replaced = try Okrcoach.run(["doctor", "--db", database, "--replace", "old-day", fixed])
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect(replaced.output.contains("it can be read again"))
        let removed = try Okrcoach.run(["doctor", "--db", database, "--remove", "future"])
        #expect(removed.status == 0)
        #expect(try Okrcoach.run(["doctor", "--db", database, "--remove", "future"]).status == 1)
        let healthy = try Okrcoach.run(["doctor", "--db", database])
        #expect(healthy.status == 0)
        #expect(healthy.output.contains("all 2 saved sets can be read"))
        // In Norwegian the count reads as a colleague would say it, and names sets as the rest does.
        let norwegian = try Okrcoach.run(["doctor", "--db", database], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(norwegian.output == "\(database): alle lagrede sett kan leses (2 i alt).\n", "\(norwegian.output)")
        #expect(try Okrcoach.run(["--help"]).output.contains("doctor"))

        // What doctor is given from outside: ids and files that are not there, or not files.
        let unknown = try Okrcoach.run(["doctor", "--db", database, "--show", "\u{1B}[2J\u{7}"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("there is no saved set with the id \u{FFFD}[2J\u{FFFD}"), "\(unknown.errors)")
        for file in [scratch.folder.path, scratch.folder.appendingPathComponent("missing.json").path, "/dev/null"] {
            let run = try Okrcoach.run(["doctor", "--db", database, "--replace", "old-day", file])
            #expect(run.status == 2, "\(file): \(run.errors)")
        }
        #expect(try Okrcoach.run(["doctor", "--db", database, "--replace", "old-day"]).status == 2)
        #expect(try Okrcoach.run(["doctor", "--db", database, "--show", "x", "--remove", "y"]).status == 2)
        #expect(try Okrcoach.run(["doctor", "--db", database]).status == 0)
    }

    @Test(.enabled(if: Namespace.isAvailable, "no user namespaces (unshare) to mount a read-only folder"))
    func aReadOnlyDatabaseCanBeReadAndTheCoachSaysItCannotSave() throws {
        let scratch = try Scratch()
        let folder = scratch.folder.appendingPathComponent("data")
        let database = folder.appendingPathComponent("okr.sqlite").path
        let program = Okrcoach.program.path
        _ = try Okrcoach.run(["--db", database, "--lang", "en"], input: "Growth\n2027-Q1\n")
        let run = try Namespace.run(
            """
            mount --bind \(folder.path) \(folder.path) && mount -o remount,bind,ro \(folder.path) || exit 99
            \(program) export --db \(database) || echo "export failed"
            printf 'yes\\n\\n' | \(program) --db \(database) --lang en
            echo "coach: $?"
            """)
        #expect(run.output.contains("team: Growth"), "\(run.output) \(run.errors)")
        #expect(!run.output.contains("export failed"))
        #expect(run.output.contains("Your answer could not be saved: the database file cannot be written to."))
        #expect(run.output.contains("Your last answers could not be saved"))
        #expect(run.output.contains("coach: 1"))
    }

    @Test(.enabled(if: Namespace.isAvailable, "no user namespaces (unshare) to mount a small disk"))
    func aFullDiskIsToldAndTheAnswerIsSavedOnceThereIsRoom() throws {
        let scratch = try Scratch()
        let disk = scratch.folder.appendingPathComponent("disk").path
        let program = Okrcoach.program.path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let database = disk + "/okr.sqlite"
        // The disk fills after the coach has started; the answer typed then is kept, and saved once there is room.
        let run = try Namespace.run(
            """
            mount -t tmpfs -o size=1m tmpfs \(disk) || exit 99
            printf 'Growth\\n2027-Q1\\n' | \(program) --db \(database) --lang en > /dev/null
            { sleep 3; dd if=/dev/zero of=\(disk)/fill bs=4k 2>/dev/null; printf 'yes\\n\\n'; sleep 2; rm \(disk)/fill
              printf 'Grow revenue so that we can hire\\n'; } | \(program) --db \(database) --lang en
            echo "coach: $?"
            printf 'yes\\n/show\\n' | \(program) --db \(database) --lang en
            { sleep 3; dd if=/dev/zero of=\(disk)/fill bs=4k 2>/dev/null; printf 'yes\\nDelight clinics\\n'; } \
              | \(program) --db \(database) --lang en
            echo "full at the end: $?"
            """)
        #expect(run.output.contains("Your answer could not be saved: the disk is full."), "\(run.output) \(run.errors)")
        #expect(run.output.contains("Saved: your answers are all stored again."))
        #expect(run.output.contains("coach: 0"))
        #expect(run.output.contains("O1: Grow revenue so that we can hire"))
        #expect(run.output.contains("Your last answers could not be saved: the disk is full."))
        #expect(run.output.contains("full at the end: 1"))
        #expect(!run.errors.contains("SQLite"), "\(run.errors)")
    }
}

/// A shell in a user and mount namespace of its own, where a test may mount a small or read-only disk.
enum Namespace {
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        return (try? run("mount -t tmpfs tmpfs /mnt").status) == 0
    }()

    static func run(_ script: String) throws -> Okrcoach.Run {
        let run = try ChildProcess.run(
            "/usr/bin/unshare", ["--user", "--map-root-user", "--mount", "sh", "-c", script])
        return Okrcoach.Run(
            status: run.status, output: String(decoding: run.output, as: UTF8.self),
            errors: String(decoding: run.errors, as: UTF8.self))
    }
}

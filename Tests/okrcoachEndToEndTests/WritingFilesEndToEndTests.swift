import Foundation
import Testing

/// `--output`, `/export FILE` and standard output as a careful user meets them: links and modes
/// are kept, what is not a file is refused, and a write that fails says so and exits non-zero.
struct WritingFilesEndToEndTests {
    /// A scratch folder with one imported set, and its database.
    private static func setUp() throws -> (scratch: Scratch, db: String) {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let file = try scratch.write("growth.yaml", ExportImportEndToEndTests.everything)
        let imported = try Okrcoach.run(["import", file, "--db", db])
        #expect(imported.status == 0, "\(imported.errors)")
        return (scratch, db)
    }

    private static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private static func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
    }

    /// The temporary files a write left behind in a folder: none, when it is done.
    private static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".okrcoach-") }
    }

    @Test func aSymlinkIsFollowedAndAPrivateFileStaysPrivate() throws {
        let (scratch, db) = try Self.setUp()
        let real = try scratch.write("private/okrs.md", "old text\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        let link = scratch.folder.appendingPathComponent("okrs.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "private/okrs.md")

        let run = try Okrcoach.run(["report", "--output", link, "--db", db])
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: link) == "private/okrs.md",
            "the link stays a link")
        #expect(
            try String(contentsOfFile: real, encoding: .utf8).hasPrefix("# Mål og nøkkelresultater: Vekst, 2027-Q1"))
        #expect(try Self.mode(real) == 0o600)
        #expect(try Self.leftovers(scratch.folder.appendingPathComponent("private")).isEmpty)
    }

    @Test func aHardLinkedFileIsWrittenInPlaceAndKeepsItsOtherName() throws {
        let (scratch, db) = try Self.setUp()
        let file = try scratch.write("okrs.yaml", "old: text\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        let twin = scratch.folder.appendingPathComponent("backup.yaml").path
        try FileManager.default.linkItem(atPath: file, toPath: twin)
        let before = try Self.inode(file)

        #expect(try Okrcoach.run(["export", "--output", file, "--db", db]).status == 0)
        #expect(try String(contentsOfFile: twin, encoding: .utf8) == ExportImportEndToEndTests.everything)
        #expect(try Self.inode(file) == before && Self.inode(twin) == before)
        #expect(try Self.mode(file) == 0o640)
        #expect(try Self.leftovers(scratch.folder).isEmpty)
    }

    @Test func aNewFileIsPrivateAndAnExistingOneKeepsItsMode() throws {
        let (scratch, db) = try Self.setUp()
        let new = scratch.folder.appendingPathComponent("new.json").path
        #expect(try Okrcoach.run(["export", "--output", new, "--db", db]).status == 0)
        #expect(try Self.mode(new) == 0o600)
        let shared = try scratch.write("shared.md", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: shared)
        #expect(try Okrcoach.run(["report", "--output", shared, "--db", db]).status == 0)
        #expect(try Self.mode(shared) == 0o644)
        #expect(try String(contentsOfFile: shared, encoding: .utf8).hasPrefix("# Mål og nøkkelresultater: Vekst"))
    }

    /// What is not a file is refused. The device is a null device of the test's own (never /dev/null
    /// itself, which a regression would replace for every program on the machine), where the system
    /// lets the test make one; the pipe is a FIFO.
    @Test func aDeviceAPipeADirectoryAndAMissingFolderAreRefused() throws {
        let (scratch, db) = try Self.setUp()
        let device = scratch.folder.appendingPathComponent("null").path
        let madeDevice = mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0  // major 1, minor 3: a null device
        let fifo = scratch.folder.appendingPathComponent("okrs.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let loop = scratch.folder.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.yaml")
        let missing = scratch.folder.appendingPathComponent("nowhere/okrs.yaml").path
        let long = String(repeating: "x", count: 5_000)
        let notAFile = "is not a regular file (a device, a pipe or a socket); okrcoach writes only files"
        var cases = [
            (fifo, "okrcoach: \(fifo): \(notAFile)\n"),
            (scratch.folder.path, "okrcoach: \(scratch.folder.path): is a directory; name a file to write\n"),
            (missing, "okrcoach: \(missing): the folder \(scratch.folder.path)/nowhere does not exist\n"),
            (loop, "okrcoach: \(loop): too many symbolic links (a loop?)\n"),
            ("", "okrcoach: the file name is empty; name a file to write\n"),
            (long, "okrcoach: \(long): cannot write in \(scratch.folder.path): File name too long\n"),
        ]
        if madeDevice { cases.append((device, "okrcoach: \(device): \(notAFile)\n")) }
        for (target, message) in cases {
            for command in ["export", "report"] {
                let run = try Okrcoach.run([command, "--output", target, "--db", db], in: scratch.folder)
                #expect(run.status == 2, "\(command) --output \(target)")
                #expect(run.output.isEmpty)
                #expect(run.errors == message)
            }
        }
        for (path, kind) in [(fifo, S_IFIFO)] + (madeDevice ? [(device, S_IFCHR)] : []) {
            var status = stat()
            #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == kind, "\(path) is what it was")
        }
        #expect(try Self.leftovers(scratch.folder).isEmpty)
    }

    @Test func theCoachsExportFollowsALinkAndRefusesAFolder() throws {
        let (scratch, db) = try Self.setUp()
        let real = try scratch.write("real.yaml", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        let link = scratch.folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let input = "/list\n/open 1\n/export yaml \(link)\n/export md \(scratch.folder.path)\n/show\n/quit\n"
        let run = try Okrcoach.run(["--lang", "en", "--db", db], input: input)
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("team: Vekst"))
        #expect(try Self.mode(real) == 0o600)
        #expect(run.errors == "okrcoach: \(scratch.folder.path): is a directory; name a file to write\n")
        #expect(run.output.contains("Gjøre oppstarten enkel"), "the coach goes on after the refusal")
    }

    @Test(arguments: [
        ["check", "FILE"], ["report"], ["export"], ["export", "--format", "json"], ["report", "--format", "md"],
    ])
    func aFullStandardOutputExitsNonZero(_ command: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        let (scratch, db) = try Self.setUp()
        let file = scratch.folder.appendingPathComponent("growth.yaml").path
        let arguments = command.map { $0 == "FILE" ? file : $0 } + (command[0] == "check" ? [] : ["--db", db])
        let run = try Okrcoach.run(arguments, standardOutput: "/dev/full")
        #expect(run.status == 2)
        #expect(run.errors == "okrcoach: standard output: cannot write: No space left on device\n")
    }

    @Test func anExitTwoPrintsOneLineAndNothingOnStandardOutput() throws {
        let (scratch, db) = try Self.setUp()
        let missing = scratch.folder.appendingPathComponent("none.yaml").path
        let bad = try scratch.write("bad.yaml", "objectives: [\n")
        let cases = [
            (["check", missing], "\(missing): no such file\n"),
            (
                ["check", bad],
                "\(bad):2: invalid YAML: while parsing a flow node, did not find expected node content\n"
            ),
            (["import", missing, "--db", db], "\(missing): no such file\n"),
            (
                ["check", "--lang", "xx", bad],
                "okrcoach: --lang: unknown language 'xx'; okrcoach speaks en, nb, nl, sv\n"
            ),
            (
                ["report", "--lang", "xx", "--db", db],
                "okrcoach: --lang: unknown language 'xx'; okrcoach speaks en, nb, nl, sv\n"
            ),
        ]
        for (arguments, message) in cases {
            let run = try Okrcoach.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.output.isEmpty, "\(arguments): \(run.output.debugDescription)")
            #expect(run.errors == message, "\(arguments)")
        }
    }

    @Test func aPipeIsReadAndALinkLoopOrAFolderIsNamed() throws {
        let scratch = try Scratch()
        let fifo = scratch.folder.appendingPathComponent("okrs.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let outline = "# Grow revenue so that we can hire\n- Increase revenue from 1 to 2 MEUR by June\n"
        // Opening a FIFO waits for its reader; a reader that never comes leaves this thread waiting, and
        // one that goes early makes the write fail, which is ignored (the test fails on what okrcoach says).
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = outline.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
        }
        writer.start()
        let piped = try Okrcoach.run(["check", fifo])
        #expect(piped.status == 0, "a FIFO is read like a file: \(piped.errors)")
        #expect(piped.output.hasSuffix("\(fifo): 0 errors, 0 warnings, 1 info; score 95/100 (language: en)\n"))

        let stdin = try Okrcoach.run(["check", "/dev/stdin"], input: outline)
        #expect(stdin.status == 0, "\(stdin.errors)")
        #expect(stdin.output.hasSuffix("/dev/stdin: 0 errors, 0 warnings, 1 info; score 95/100 (language: en)\n"))

        let loop = scratch.folder.appendingPathComponent("a.md").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.folder.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        let looped = try Okrcoach.run(["check", loop])
        #expect(looped.status == 2)
        #expect(looped.errors == "\(loop): cannot be read: too many symbolic links (a loop?)\n")
        let folder = try Okrcoach.run(["import", scratch.folder.path])
        #expect(folder.errors == "\(scratch.folder.path): is a directory, not a file\n")
        let notFolder = try Okrcoach.run(["check", fifo + "/okrs.md"])
        #expect(notFolder.errors == "\(fifo)/okrs.md: no such file (a part of the path is not a folder)\n")
    }

    @Test func aDataFolderThatCannotBeMadeIsSaidInOneLine() throws {
        let scratch = try Scratch()
        let file = try scratch.write("not-a-folder", "")
        let run = try Okrcoach.run(["--lang", "en"], input: "/quit\n", environment: ["XDG_DATA_HOME": file])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(
            run.errors
                == "okrcoach: \(file)/okrcoach/okrcoach.sqlite: cannot open the database: cannot make the folder \(file)/okrcoach: Not a directory\n"
        )
    }
}

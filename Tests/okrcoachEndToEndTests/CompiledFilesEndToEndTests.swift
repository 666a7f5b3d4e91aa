import Foundation
import Testing

/// The compiled copies of the locale files (`$XDG_CACHE_HOME/okrcoach`): an edited locale file
/// takes effect at the very next start, and a copy that is corrupt, cut short, huge, of another
/// format, of an older version of the file, or cannot be written changes nothing a person sees.
struct CompiledFilesEndToEndTests {
    /// A key result without a time in a set without a cycle: kr-no-deadline's message is printed.
    static let outline =
        "# Objective: Delight small clinics so that they stay\n- Increase weekly active clinics from 40 to 55\n"

    /// A data folder with the four built locales, English's kr-no-deadline message ending in `mark`
    /// (seven letters, as "forever" is), the files dated an hour back so they are worth compiling.
    private struct Setup {
        let scratch: Scratch
        let data: String
        let english: String
        let outline: String
        let cache: URL

        init(mark: String = "forever") throws {
            scratch = try Scratch()
            for code in ["en", "nb", "sv", "nl"] {
                try scratch.write("data/locales/\(code).yaml", try Okrcoach.locale(code))
            }
            data = scratch.folder.appendingPathComponent("data").path
            english = data + "/locales/en.yaml"
            outline = try scratch.write("okrs.md", CompiledFilesEndToEndTests.outline)
            cache = scratch.folder.appendingPathComponent("cache")
            try edit(mark: mark)
        }

        /// Writes English's message with another mark, dated an hour back unless `now`.
        func edit(mark: String, now: Bool = false) throws {
            let text = try Okrcoach.locale("en").replacingOccurrences(
                of: "it can slip forever.", with: "it can slip \(mark).")
            try Data(text.utf8).write(to: URL(fileURLWithPath: english))
            if !now { try backdate(english) }
            for code in ["nb", "sv", "nl"] { try backdate(data + "/locales/\(code).yaml") }
        }

        func backdate(_ path: String, by seconds: Double = 3600) throws {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: path)
        }

        func check(cacheHome: String? = nil) throws -> Okrcoach.Run {
            try Okrcoach.run(
                ["check", "--data-dir", data, outline],
                environment: ["XDG_CACHE_HOME": cacheHome ?? cache.path, "HOME": scratch.folder.path])
        }

        /// The compiled copy of English, once there is one.
        var englishCopy: URL? {
            let folder = cache.appendingPathComponent("okrcoach")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.first { $0.hasPrefix("en.yaml-") && $0.hasSuffix(".fields") }.map {
                folder.appendingPathComponent($0)
            }
        }
    }

    @Test func anEditedLocaleFileTakesEffectAtTheNextStart() throws {
        let setup = try Setup(mark: "MARK-01")
        let firstDate = try FileManager.default.attributesOfItem(atPath: setup.english)[.modificationDate]
        let first = try setup.check()
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("it can slip MARK-01."), "\(first.output)")
        let copy = try #require(setup.englishCopy)
        let compiled = try Data(contentsOf: copy)

        // The same length, written now, right after the copy was made.
        try setup.edit(mark: "MARK-02", now: true)
        #expect(try setup.check().output.contains("it can slip MARK-02."))
        // The same length again, dated back to the very second of the first version: the change time still tells.
        try setup.edit(mark: "MARK-03")
        if let firstDate {
            try FileManager.default.setAttributes([.modificationDate: firstDate], ofItemAtPath: setup.english)
        }
        #expect(try setup.check().output.contains("it can slip MARK-03."))
        // The first version's copy put back in place after the edit is not of this file any more.
        try compiled.write(to: copy)
        let again = try setup.check()
        #expect(again.output.contains("it can slip MARK-03."), "\(again.output)")
        #expect(!again.output.contains("MARK-01"))
    }

    @Test func aCopyOfTheFileAsItIsIsReadNotWrittenAgain() throws {
        let setup = try Setup()
        let first = try setup.check()
        let copy = try #require(setup.englishCopy)
        let written = try FileManager.default.attributesOfItem(atPath: copy.path)
        try setup.backdate(copy.path)
        let second = try setup.check()
        #expect(second.output == first.output)
        #expect(second.status == first.status)
        let after = try FileManager.default.attributesOfItem(atPath: copy.path)
        // Backdated and not written since: the copy was good and was used.
        #expect((after[.modificationDate] as? Date) != (written[.modificationDate] as? Date))
        #expect((after[.modificationDate] as? Date).map { $0 < Date(timeIntervalSinceNow: -3000) } == true)
    }

    /// A copy that is no copy of this file is ignored and written anew; what is printed is what
    /// reading the locale files without any copy prints.
    @Test(arguments: ["garbage", "empty", "truncated", "huge", "foreign version", "flipped byte", "folder", "link"])
    func aBadCopyIsIgnoredAndWrittenAnew(_ damage: String) throws {
        let setup = try Setup()
        let reference = try setup.check(cacheHome: setup.scratch.folder.appendingPathComponent("none/a").path)
        _ = try setup.check()
        let copy = try #require(setup.englishCopy)
        let good = try Data(contentsOf: copy)
        try FileManager.default.removeItem(at: copy)
        switch damage {
        case "garbage": try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: copy)
        case "empty": try Data().write(to: copy)
        case "truncated": try good.prefix(good.count / 2).write(to: copy)
        case "huge":
            #expect(FileManager.default.createFile(atPath: copy.path, contents: good))
            #expect(truncate(copy.path, 200 << 20) == 0)
        case "foreign version":
            var changed = good
            changed[16] ^= 0x40
            try changed.write(to: copy)
        case "flipped byte":
            var changed = good
            changed[changed.count - 100] ^= 0x01
            try changed.write(to: copy)
        case "folder": try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: false)
        default: try FileManager.default.createSymbolicLink(atPath: copy.path, withDestinationPath: "/dev/zero")
        }
        let run = try setup.check()
        #expect(run.status == reference.status)
        #expect(run.output == reference.output)
        #expect(run.errors == reference.errors)
        #expect(reference.output.contains("it can slip forever."))
        if damage != "folder" {
            #expect(try Data(contentsOf: copy) == good, "the copy is written anew")
        }
    }

    /// A cache folder that cannot be made or written to, or a cache setting that is no path, only
    /// means reading the YAML every time.
    /// (A setting starting with "~" is taken inside the test's scratch folder.)
    @Test(arguments: [
        "~/file/under", "relative/cache", "~/" + String(repeating: "x/", count: 50_000), "/dev/null",
        "~/\u{1}\u{7f}\n\u{1b}[31m", "",
    ])
    func aCacheFolderThatCannotBeWrittenChangesNothing(_ cacheHome: String) throws {
        let setup = try Setup()
        let reference = try setup.check(cacheHome: setup.scratch.folder.appendingPathComponent("none/a").path)
        try setup.scratch.write("file", "a file, not a folder")
        let home =
            cacheHome.hasPrefix("~/") ? setup.scratch.folder.path + cacheHome.dropFirst() : cacheHome
        for _ in 0..<2 {
            let run = try setup.check(cacheHome: home)
            #expect(run.status == reference.status)
            #expect(run.output == reference.output)
            #expect(run.errors == reference.errors)
        }
    }

    /// The coach's texts come from the same copies: an edited greeting is said at the next start.
    @Test func theCoachSaysAnEditedGreetingAtOnce() throws {
        let setup = try Setup()
        _ = try setup.check()
        let edited = try Okrcoach.locale("en").replacingOccurrences(of: "Hi, I'm okrcoach.", with: "Yo, I'm okrcoach.")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: setup.english))
        let run = try Okrcoach.run(
            [
                "--data-dir", setup.data, "--lang", "en", "--db",
                setup.scratch.folder.appendingPathComponent("o.sqlite").path,
            ],
            input: "", environment: ["XDG_CACHE_HOME": setup.cache.path, "HOME": setup.scratch.folder.path])
        #expect(run.output.contains("Yo, I'm okrcoach."), "\(run.output)")
    }

    /// A flow's compiled copy gives way to an edit the same: the edited first question is asked at the next start.
    @Test func anEditedFlowIsAskedAtOnce() throws {
        let setup = try Setup()
        let draft = try String(
            contentsOf: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/prompts/draft.yaml"),
            encoding: .utf8)
        let flow = try setup.scratch.write("data/prompts/draft.yaml", draft)
        try setup.backdate(flow)
        let environment = ["XDG_CACHE_HOME": setup.cache.path, "HOME": setup.scratch.folder.path]
        let database = setup.scratch.folder.appendingPathComponent("o.sqlite").path
        let first = try Okrcoach.run(
            ["--data-dir", setup.data, "--lang", "en", "--db", database], input: "", environment: environment)
        #expect(first.output.contains("Which team is this set for?"), "\(first.output)")
        let copies = try FileManager.default.contentsOfDirectory(
            atPath: setup.cache.appendingPathComponent("okrcoach").path)
        #expect(copies.contains { $0.hasPrefix("draft.yaml-") })

        try setup.scratch.write(
            "data/prompts/draft.yaml",
            draft.replacingOccurrences(of: "    ask: ask_team\n", with: "    ask: ask_cycle\n"))
        let edited = try Okrcoach.run(
            ["--data-dir", setup.data, "--lang", "en", "--db", database], input: "", environment: environment)
        #expect(edited.output.contains("Which cycle does it cover?"), "\(edited.output)")
        #expect(!edited.output.contains("Which team is this set for?"))
    }
}

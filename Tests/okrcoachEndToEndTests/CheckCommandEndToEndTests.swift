import Foundation
import Testing

/// `okrcoach check` as a person runs it: exit codes, output forms and bad input.
@Suite(.timeLimit(.minutes(5)))
struct CheckCommandEndToEndTests {
    static let clean = """
        lang: en
        cycle: 2027-Q1
        objectives:
          - title: Grow monthly recurring revenue in order to secure our lead
            key_results:
              - Increase new paid subscriptions from 3500 to 6000 by 31 March
              - Improve retention from 68% to 75% by the end of Q1
        """

    static let warningsOnly = """
        cycle: 2027-Q1
        objectives:
          - title: Grow monthly recurring revenue in order to secure our lead
            key_results:
              - Reach 6000 paid subscriptions
              - Improve retention from 68% to 75%
        """

    static let withError = """
        objectives:
          - title: Maintain uptime
            key_results:
              - Work on the status page
        """

    @Test func aCleanSetExitsZero() throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(["check", try scratch.write("okrs.yaml", Self.clean)])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("okrs.yaml: no findings; score 100/100 (language: en)\n"))
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", Self.warningsOnly)
        #expect(try Okrcoach.run(["check", file]).status == 0)
        let strict = try Okrcoach.run(["check", "--strict", file])
        #expect(strict.status == 1)
        #expect(strict.output.contains(": warning: [kr-no-baseline] O1 KR1: "))
    }

    @Test func errorsExitOneWithLinterLines() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", Self.withError)
        let run = try Okrcoach.run(["check", file])
        #expect(run.status == 1)
        #expect(run.output.contains("\(file):4: error: [kr-not-measurable] O1 KR1: "))
        #expect(run.output.contains("\(file):2: warning: [objective-business-as-usual] O1: "))
        #expect(!run.output.contains("\u{1B}["), "no colour when the output is not a terminal")
    }

    @Test func jsonOutputIsTheContractObject() throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(["check", "--format", "json", try scratch.write("okrs.yaml", Self.withError)])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["lang"] as? String == "en")
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)
    }

    @Test func standardInputIsRead() throws {
        let dash = try Okrcoach.run(["check", "-"], input: Self.withError)
        #expect(dash.status == 1)
        #expect(dash.output.contains("<stdin>:4: error: [kr-not-measurable]"))
        let outline = try Okrcoach.run(
            ["check"],
            input:
                "# Öka intäkterna för att växa\n- Öka A från 1 till 2 senast juni\n- Öka B från 3 till 4 senast juni\n")
        #expect(outline.status == 0)
        #expect(outline.output.contains("(språk: sv)"))
    }

    @Test func languageOverride() throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(["check", "--lang", "nl", try scratch.write("okrs.yaml", Self.withError)])
        #expect(run.output.contains("[kr-not-measurable] O1 KR1: In dit kernresultaat"))
    }

    @Test func limitsAreConfigurable() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", Self.clean)
        let run = try Okrcoach.run(["check", "--max-key-results", "1", "--max-objectives", "1", file])
        #expect(run.output.contains("[too-many-krs] O1: The objective has 2 key results; 1 at the most"))
        let bad = try Okrcoach.run(["check", "--max-key-results", "0", file])
        #expect(
            bad.status != 0
                && bad.errors.contains("--max-key-results: 0 is out of range; give a whole number of 1 or more"))
    }

    @Test func severalFilesAreCheckedAndTheWorstDecides() throws {
        let scratch = try Scratch()
        let clean = try scratch.write("a.yaml", Self.clean)
        let broken = try scratch.write("b.md", "# Maintain uptime\n- Work on the status page\n")
        let run = try Okrcoach.run(["check", clean, broken, "--format", "json"])
        #expect(run.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == [clean, broken])
    }
}

/// Input that cannot be read gets one clear line naming the file and the line, and exit 2.
@Suite(.timeLimit(.minutes(5)))
struct BadInputEndToEndTests {
    @Test func missingFile() throws {
        let run = try Okrcoach.run(["check", "/no/such/okrs.yaml"])
        #expect(run.status == 2)
        #expect(run.errors == "/no/such/okrs.yaml: no such file\n")
    }

    @Test func directory() throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(["check", scratch.folder.path])
        #expect(run.status == 2)
        #expect(run.errors == "\(scratch.folder.path): is a directory, not a file\n")
    }

    @Test func binaryData() throws {
        let scratch = try Scratch()
        let nul = try scratch.write("nul.yaml", Data([0x6F, 0x00, 0x01, 0x02]))
        let latin = try scratch.write("latin.md", Data([0x23, 0x20, 0xF8, 0x6B, 0x65, 0x0A]))
        for file in [nul, latin] {
            let run = try Okrcoach.run(["check", file])
            #expect(run.status == 2)
            #expect(run.errors.hasPrefix("\(file): ") && run.errors.contains("binary data"))
            #expect(run.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func invalidYAMLNamesTheLine() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", "objectives:\n  - title: A\n    key_results: [a, b\n")
        let run = try Okrcoach.run(["check", file])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("\(file):"))
        #expect(run.errors.contains("invalid YAML"))
    }

    @Test func unknownLanguage() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", "lang: fr\nobjectives: []\n")
        let inFile = try Okrcoach.run(["check", file])
        #expect(inFile.status == 2)
        #expect(inFile.errors == "\(file):1: unknown language 'fr'; okrcoach speaks en, nb, nl, sv\n")
        let flag = try Okrcoach.run(["check", "--lang", "fr", file])
        #expect(flag.status == 2)
        #expect(flag.errors.contains("unknown language 'fr'"))
    }

    @Test func unknownKeysWarnButCheck() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", "objectives:\n  - title: A\n    key_result: [x]\n")
        let run = try Okrcoach.run(["check", file])
        #expect(run.status == 1)
        #expect(run.errors == "\(file):3: warning: unknown key 'key_result' ignored\n")
        #expect(run.output.contains("[objective-no-krs]"))
    }

    @Test func unreadableAmongReadableStillChecksTheRest() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.yaml", CheckCommandEndToEndTests.clean)
        let run = try Okrcoach.run(["check", good, "/no/such.yaml"])
        #expect(run.status == 2)
        #expect(run.output.contains("good.yaml: no findings"))
    }

    @Test(arguments: [
        "", "\n\n", "---\n---\n", "objectives:", ":\n", "[", "{{{{", "- - - -", "objectives: !!binary aGVsbG8=",
        "objectives:\n  - &a {title: x}\n  - *a\n", String(repeating: "[", count: 5000),
        "#\n##\n- \n-\n1. ", "O:\nKR:\n",
    ])
    func nothingCrashes(_ input: String) throws {
        let run = try Okrcoach.run(["check", "-"], input: input)
        #expect([0, 1, 2].contains(run.status), "exit \(run.status): \(run.errors)")
        if run.status == 2 {
            #expect(run.errors.split(separator: "\n").count == 1, "one line: \(run.errors)")
        }
    }
}

/// The program finds its data from anywhere, and a language is added by a file.
@Suite(.timeLimit(.minutes(5)))
struct DataFolderEndToEndTests {
    @Test func runsFromAnotherFolderAfterBeingMoved() throws {
        let scratch = try Scratch()
        let bin = scratch.folder.appendingPathComponent("bin")
        let share = scratch.folder.appendingPathComponent("share/okrcoach")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        let program = bin.appendingPathComponent("okrcoach")
        try FileManager.default.copyItem(at: Okrcoach.program, to: program)
        // The languages, and the flows that say which retrospective questions a file may answer.
        for folder in ["locales", "prompts"] {
            try FileManager.default.copyItem(
                at: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/\(folder)"),
                to: share.appendingPathComponent(folder))
        }
        let file = try scratch.write("okrs.md", "# Mål: Øke inntektene for å vokse\n- Jobbe med ny app\n")
        let run = try Okrcoach.run(["check", file], program: program, in: URL(fileURLWithPath: "/"))
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.output.contains("(språk: nb)"))
    }

    @Test func aDropInLanguageIsUsed() throws {
        let scratch = try Scratch()
        let english = try Okrcoach.locale("en")
        let pirate = english.replacingOccurrences(of: "  code: en\n", with: "  code: xx\n")
            .replacingOccurrences(of: "\n  fallback: true\n", with: "\n")
            .replacingOccurrences(of: "This key result has no text.", with: "Arr, this key result be empty.")
        try scratch.write("data/okrcoach/locales/xx.yaml", pirate)
        let run = try Okrcoach.run(
            ["check", "--lang", "xx", "-"], input: "objectives:\n  - title: A\n    key_results: ['']\n",
            environment: ["XDG_DATA_HOME": scratch.folder.appendingPathComponent("data").path])
        #expect(run.output.contains("[kr-empty] O1 KR1: Arr, this key result be empty."))
        let dataDir = try Okrcoach.run(
            ["check", "--data-dir", scratch.folder.appendingPathComponent("data/okrcoach").path, "--lang", "xx", "-"],
            input: "objectives:\n  - title: A\n    key_results: ['']\n")
        #expect(dataDir.output.contains("Arr, this key result be empty."))
    }

    @Test func aBrokenDropInIsNamed() throws {
        let scratch = try Scratch()
        let file = try scratch.write("data/okrcoach/locales/xx.yaml", "language: {code: xx, name: X}\n")
        let run = try Okrcoach.run(
            ["check", "-"], input: "objectives: []\n",
            environment: ["XDG_DATA_HOME": scratch.folder.appendingPathComponent("data").path])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: \(file): the key"))
    }

    /// A short Norwegian objective with none of æ and ø is checked in Norwegian, not English: the
    /// words teams write most ("salget", "doble", "vokse") are Norwegian signs.
    @Test(arguments: ["Doble salget", "Doble omsetningen", "Vokse i Norden", "Halvere kostnadene"])
    func aShortNorwegianObjectiveIsCheckedInNorwegian(_ title: String) throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", "objectives:\n  - title: \(title)\n")
        let run = try Okrcoach.run(["check", file])
        #expect(run.output.contains("(språk: nb)"), "\(run.output)")
    }
}

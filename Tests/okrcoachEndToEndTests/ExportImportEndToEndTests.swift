import Foundation
import Testing

/// `okrcoach import` and `okrcoach export` as a person runs them: a set with its whole
/// cycle goes into the store and comes out as the same check file.
struct ExportImportEndToEndTests {
    /// A check file in the form `okrcoach export` writes, with every key of the cycle.
    static let everything = """
        lang: nb
        cycle: 2027-Q1
        team: Vekst
        reviewed: 2027-04-02
        parents:
        - id: C1
          title: Bli førstevalget for små klinikker
        objectives:
        - title: Gjøre oppstarten enkel for små klinikker slik at de blir hos oss
          parent: C1
          commitment: committed
          key_results:
          - text: Øke andel aktiverte klinikker fra 30 % til 45 % innen 31. mars
            owner: Kari
            type: increase
            baseline: 30
            target: 45
            weight: 2
            check_ins:
            - date: 2027-01-08
              value: 31
              confidence: 7
              note: 'Status: god start på nøkkelresultater – "sa Kari"'
            - date: 2027-01-15
              value: 33.5
            grade: 0.7
          - Halvere svartiden fra 24 timer til 12 timer innen mars
          post_mortem: 'Migreringen tok hele februar: vi undervurderte den.'
        - title: Bli kjent som den enkleste løsningen for at klinikkene anbefaler oss
          commitment: aspirational
          key_results:
          - text: Holde oppetiden på minst 99,9 %
            type: at_least
            target: 99.9
        retro:
        - topic: went_well
          text: Vi sjekket inn hver uke.
        - topic: change
          text: 'Færre mål: to, ikke tre.'

        """

    @Test func importedSetExportsAsTheSameFile() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let file = try scratch.write("vekst.yaml", Self.everything)
        let imported = try Okrcoach.run(["import", file, "--db", db])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "\(file): saved as set 1 (Vekst, 2027-Q1)\n")
        #expect(imported.errors.isEmpty)

        let exported = try Okrcoach.run(["export", "--db", db])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output == Self.everything)

        let copy = scratch.folder.appendingPathComponent("copy.yaml").path
        #expect(try Okrcoach.run(["export", "--set", "1", "--output", copy, "--db", db]).status == 0)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == Self.everything)
        #expect(try Okrcoach.run(["check", copy]).status == 0)
    }

    @Test func aHandWrittenFileSettlesAfterOneRoundTrip() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let handWritten = """
            cycle: 2027-Q1
            objectives:
              - title: Make booking effortless for small clinics so that they stay
                key_results:
                  - text: Cut average support response time from 24 hours to 8 hours
                    type: decrease
                    baseline: 24.0
                    target: 8.00
                    check_ins:
                      - {date: 2027-01-08, value: 20, confidence: 6, note: "On track: “nearly”"}
            """
        #expect(try Okrcoach.run(["import", try scratch.write("okrs.yaml", handWritten), "--db", db]).status == 0)
        let first = try Okrcoach.run(["export", "--db", db])
        #expect(first.output.contains("lang: en\n"))
        #expect(first.output.contains("    baseline: 24\n    target: 8\n"))
        #expect(first.output.contains("note: 'On track: “nearly”'"))
        let again = try Okrcoach.run(["import", "-", "--db", db], input: first.output)
        #expect(again.output == "<stdin>: saved as set 1 (2027-Q1)\n")
        #expect(try Okrcoach.run(["export", "--db", db]).output == first.output)
        #expect(try Okrcoach.run(["export", "--set", "2", "--db", db]).output == first.output)
    }

    /// Importing a file a second time says it is already there, in the person's language, instead
    /// of "saved as set 1" again over a second copy; a changed file is saved as a new set.
    @Test func importingTheSameFileAgainSaysItIsAlreadyThere() throws {
        let scratch = try Scratch()
        let norwegian = ["LANG": "nb_NO.UTF-8"]
        let file = try scratch.write("vekst.yaml", Self.everything)
        let first = try Okrcoach.run(["import", file, "--db", scratch.database], environment: norwegian)
        #expect(first.output == "\(file): lagret som sett 1 (Vekst, 2027-Q1)\n", "\(first.errors)")
        let again = try Okrcoach.run(["import", file, "--db", scratch.database], environment: norwegian)
        #expect(again.status == 0)
        #expect(
            again.output == "\(file): finnes allerede som sett 1 (Vekst, 2027-Q1); ingenting nytt er lagret\n",
            "\(again.errors)")
        #expect(try Okrcoach.run(["export", "--set", "2", "--db", scratch.database]).status == 1)
        let changed = try scratch.write("vekst.yaml", Self.everything.replacingOccurrences(of: "Vekst", with: "Salg"))
        let third = try Okrcoach.run(["import", changed, "--db", scratch.database], environment: norwegian)
        #expect(third.output.hasPrefix("\(file): lagret som sett 1 (Salg"), "\(third.output)")
        #expect(try Okrcoach.run(["export", "--set", "2", "--db", scratch.database]).status == 0)
    }

    @Test func otherFormatsAndOutlines() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let outline =
            "# Öka intäkterna för att växa\n- Öka A från 1 till 2 senast juni\n- Öka B från 3 till 4 senast juni\n"
        #expect(try Okrcoach.run(["import", try scratch.write("okrs.md", outline), "--db", db]).status == 0)
        let json = try Okrcoach.run(["export", "--format", "json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["lang"] as? String == "sv")
        let markdown = scratch.folder.appendingPathComponent("okrs-out.md").path
        #expect(try Okrcoach.run(["export", "--output", markdown, "--db", db]).status == 0)
        #expect(
            try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("---\nlang: sv\n---\n\n## Öka intäkterna"))
    }

    @Test func badInputIsOneLineNamingFileAndLine() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let bad = Self.everything.replacingOccurrences(of: "    weight: 2\n", with: "    weight: heavy\n")
        let file = try scratch.write("bad.yaml", bad)
        let run = try Okrcoach.run(["import", file, "--db", db])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(
            run.errors == "\(file):18: 'weight' should be a number above 0 and up to 1e15, found the text 'heavy'\n")
        let missing = try Okrcoach.run(["import", scratch.folder.appendingPathComponent("none.yaml").path, "--db", db])
        #expect(missing.status == 2)
        #expect(missing.errors.hasSuffix("none.yaml: no such file\n"))
    }

    @Test func exportSaysWhenThereIsNoSuchSet() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let empty = try Okrcoach.run(["export", "--db", db])
        #expect(empty.status == 1)
        #expect(empty.errors == "okrcoach: no saved sets yet (\(db) does not exist); draft one with: okrcoach\n")
        #expect(!FileManager.default.fileExists(atPath: db), "export creates no database")
        #expect(try Okrcoach.run(["import", try scratch.write("okrs.yaml", Self.everything), "--db", db]).status == 0)
        let beyond = try Okrcoach.run(["export", "--set", "2", "--db", db])
        #expect(beyond.status == 1)
        #expect(beyond.errors == "okrcoach: there is no set 2; there is 1 saved set, numbered as /list shows them\n")
    }

    @Test func theCoachListsAnImportedSetWithoutOfferingToResumeIt() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        #expect(try Okrcoach.run(["import", try scratch.write("okrs.yaml", Self.everything), "--db", db]).status == 0)
        let coach = try Okrcoach.run(["--lang", "en", "--db", db], input: "/list\n/quit\n")
        #expect(coach.output.hasPrefix("Hi, I'm okrcoach."), "\(coach.output)")
        #expect(!coach.output.contains("unfinished"))
        // The new set has no answer yet, so it is not saved and not listed.
        #expect(
            coach.output.contains("1. Vekst, 2027-Q1: Gjøre oppstarten enkel for små klinikker slik at de blir hos oss")
        )
        #expect(!coach.output.contains("2. "))
    }
}

import Foundation
import Testing

/// `okrcoach report` as a person runs it: which set, which form, which language, and the errors.
@Suite(.timeLimit(.minutes(3)))
struct ReportEndToEndTests {
    static let growth = """
        lang: en
        cycle: 2026-Q4
        team: Growth
        objectives:
          - title: Make booking effortless for small clinics so that they stay
            commitment: committed
            key_results:
              - text: Increase weekly bookings from 700 to 900 by 31 December
                type: increase
                baseline: 700
                target: 900
                check_ins:
                  - {date: 2026-10-05, value: 740, confidence: 8}
                  - {date: 2026-10-12, value: 800, confidence: 6, note: "Campaign | started late"}
              - text: Get the ISO 27001 certificate by 15 December
                type: milestone
        retro:
          - topic: went_well
            text: Weekly check-ins kept us honest
        """

    static let support = """
        lang: nb
        cycle: 2026-Q4
        team: Kundestøtte
        objectives:
          - title: Svare klinikkene mens det fortsatt betyr noe for dem
            key_results:
              - Redusere svartiden fra 6 timer til 1 time innen 31. desember
        """

    /// A store with Growth's set imported, then Support's (so Support is set 1, the most recent).
    private func store(_ scratch: Scratch) throws -> String {
        let database = scratch.database
        for (name, text) in [("growth.yaml", Self.growth), ("support.yaml", Self.support)] {
            let run = try Okrcoach.run(["import", try scratch.write(name, text), "--db", database])
            #expect(run.status == 0, "\(run.errors)")
        }
        return database
    }

    @Test func theTerminalViewOfTheMostRecentSet() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let run = try Okrcoach.run(["report", "--db", database, "--date", "2026-11-23"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Mål og nøkkelresultater: Kundestøtte, 2026-Q4\nStatus per 2026-11-23\n"))
        #expect(run.output.contains("(ingen innsjekking ennå)"))
        #expect(!run.output.contains("\u{1B}["), "no colour when the output is not a terminal")
        #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func markdownToAFileByItsExtension() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let file = scratch.folder.appendingPathComponent("okrs.md").path
        let run = try Okrcoach.run(["report", "--db", database, "--set", "2", "--output", file, "--date", "2026-10-30"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.isEmpty)
        let markdown = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(markdown.hasPrefix("# OKRs: Growth, 2026-Q4\n"))
        #expect(
            markdown.contains(
                "| **KR1** Increase weekly bookings from 700 to 900 by 31 December | increase | 700 → 900 | 800 | `█████░░░░░` 50% | +60 | 8 → 6 ↓ at risk | – |"
            ))
        #expect(markdown.contains("- **KR1**, 2026-10-12: Campaign \\| started late"))
        #expect(markdown.contains("### What went well\n\n- Weekly check-ins kept us honest\n"))
        #expect(
            markdown.contains(
                "**Needs attention**\n\n- **KR1**: no check-in for 18 days\n- **KR2**: no check-in at all yet\n"))
    }

    @Test func jsonInAnotherLanguageStillHoldsRawFigures() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let run = try Okrcoach.run(["report", "--db", database, "--set", "2", "--format", "json", "--lang", "sv"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "okrcoach-report")
        let sets = try #require(object["sets"] as? [[String: Any]])
        let result = try #require(
            ((sets[0]["objectives"] as? [[String: Any]])?[0]["key_results"] as? [[String: Any]])?[0])
        #expect(result["progress"] as? Double == 0.5)
        #expect((result["check_ins"] as? [Any])?.count == 2)
    }

    /// A key result never checked in is shown with the kind its text tells, as `check` reads it.
    @Test func aKeyResultNeverCheckedInHasTheKindItsTextTells() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let run = try Okrcoach.run(["report", "--db", database, "--set", "1", "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let sets = try #require(object["sets"] as? [[String: Any]])
        let result = try #require(
            ((sets[0]["objectives"] as? [[String: Any]])?[0]["key_results"] as? [[String: Any]])?[0])
        #expect(result["type"] as? String == "decrease")
        #expect(result["baseline"] as? Double == 6)
        #expect(result["target"] as? Double == 1)
    }

    @Test func aCycleHasEveryTeam() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let run = try Okrcoach.run(["report", "--db", database, "--cycle", "2026-q4", "--format", "md", "--lang", "en"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("# OKRs for 2026-Q4\n"))
        let growth = try #require(run.output.range(of: "\n## Growth\n"))
        let support = try #require(run.output.range(of: "\n## Kundestøtte\n"))
        #expect(growth.lowerBound < support.lowerBound, "teams in alphabetical order")
    }

    @Test func clearErrors() throws {
        let scratch = try Scratch()
        let missing = scratch.folder.appendingPathComponent("none.sqlite").path
        let empty = try Okrcoach.run(["report", "--db", missing])
        #expect(empty.status == 1)
        #expect(empty.errors.contains("no saved sets yet"))
        #expect(!FileManager.default.fileExists(atPath: missing), "a report creates no database")

        let database = try store(scratch)
        let noSet = try Okrcoach.run(["report", "--db", database, "--set", "9"])
        #expect(noSet.status == 1)
        #expect(noSet.errors.contains("there is no set 9; there are 2 saved sets"))
        let noCycle = try Okrcoach.run(["report", "--db", database, "--cycle", "2027-Q1"])
        #expect(noCycle.status == 1)
        #expect(noCycle.errors.contains("no saved set is for cycle '2027-Q1'; the saved sets are for 2026-Q4"))
        let both = try Okrcoach.run(["report", "--db", database, "--set", "1", "--cycle", "2026-Q4"])
        #expect(both.status != 0)
        #expect(both.errors == "okrcoach: give --set or --cycle, not both\n")
        let day = try Okrcoach.run(["report", "--db", database, "--date", "30.10.2026"])
        #expect(day.status != 0)
        #expect(day.errors.contains("--date: '30.10.2026' is no day"))
        let language = try Okrcoach.run(["report", "--db", database, "--lang", "xx"])
        #expect(language.status == 2)
        #expect(language.errors.contains("unknown language 'xx'"))
    }
}

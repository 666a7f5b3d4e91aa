import Foundation
import TestSupport
import Testing

/// The pyramid as a person meets it: a company file and two teams' files, checked across the
/// levels, aligned with `parents_from:`, and imported.
struct PyramidEndToEndTests {
    static let growth = """
        cycle: 2027-Q1
        team: Growth
        parents_from: ../company/okrs-2027.yaml
        objectives:
          - title: Win the clinics of Oslo street by street in order to prove the model
            parent: C1
            key_results:
              - Increase demo bookings from Oslo clinics from 20 to 80
              - Raise the demo-to-paid rate from 15% to 30%
          - title: Make our brand known in Bergen so that clinics there ask for us
            key_results:
              - Increase inbound leads from Bergen from 5 to 40
              - Raise brand awareness among Bergen clinics from 10% to 35%

        """

    static let care = """
        cycle: 2027-Q1
        team: Care
        parents_from: ../company/okrs-2027.yaml
        objectives:
          - title: Make support calm and quick so that clinics trust us from day one
            parent: C1
            key_results:
              - Increase demo bookings from Oslo clinics from 20 to 80
              - Reduce first reply time from 8 hours to 1 hour

        """

    /// The three files in a scratch folder: company/okrs-2027.yaml, teams/growth.yaml, teams/care.yaml.
    static func files(care: String = care) throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("company/okrs-2027.yaml", PyramidFiles.company)
        try scratch.write("teams/growth.yaml", growth)
        try scratch.write("teams/care.yaml", care)
        return scratch
    }

    /// Each file's findings as (rule, objective, key result).
    static func findings(_ output: String) throws -> [String: [(rule: String, objective: Int?, keyResult: Int?)]] {
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        var byFile: [String: [(String, Int?, Int?)]] = [:]
        for report in reports {
            let file = try #require(report["file"] as? String)
            let findings = try #require(report["findings"] as? [[String: Any]])
            byFile[file] = findings.map {
                (($0["rule"] as? String) ?? "", $0["objective"] as? Int, $0["keyResult"] as? Int)
            }
        }
        return byFile
    }

    @Test func theRulesAcrossLevelsFireAndStaySilent() throws {
        let scratch = try Self.files()
        let arguments = [
            "check", "company/okrs-2027.yaml", "teams/growth.yaml", "teams/care.yaml", "--format", "json",
        ]
        let run = try Okrcoach.run(arguments, in: scratch.folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
        let findings = try Self.findings(run.output)
        let company = try #require(findings["company/okrs-2027.yaml"])
        let growth = try #require(findings["teams/growth.yaml"])
        let care = try #require(findings["teams/care.yaml"])
        // C2 (objective 4 of the file) is served by nobody; C1 by both teams.
        #expect(company.filter { $0.rule == "company-objective-unserved" }.map(\.objective) == [4])
        // Y2 (objective 2) has no company objective in 2027-Q1; Y1 has two.
        #expect(company.filter { $0.rule == "yearly-objective-idle" }.map(\.objective) == [2])
        #expect(!company.contains { $0.rule == "too-many-company-objectives" })
        // Growth's second objective serves nothing; its first serves C1.
        #expect(growth.filter { $0.rule == "objective-serves-nothing" }.map(\.objective) == [2])
        #expect(!growth.contains { $0.rule == "objective-not-aligned" || $0.rule == "duplicate-kr-across-teams" })
        // Care repeats Growth's first key result; Care's objective serves C1.
        let duplicates = care.filter { $0.rule == "duplicate-kr-across-teams" }
        #expect(duplicates.map(\.objective) == [1] && duplicates.map(\.keyResult) == [1])
        #expect(!care.contains { $0.rule == "objective-serves-nothing" })

        let strict = try Okrcoach.run(arguments + ["--strict"], in: scratch.folder)
        #expect(strict.status == 1)
        let focused = try Okrcoach.run(arguments + ["--max-objectives", "1"], in: scratch.folder)
        let tooMany = try Self.findings(focused.output)["company/okrs-2027.yaml"] ?? []
        #expect(tooMany.contains { $0.rule == "too-many-company-objectives" })
    }

    @Test func theTextReportSaysItInTheTeamsWords() throws {
        let scratch = try Self.files()
        let run = try Okrcoach.run(
            ["check", "company/okrs-2027.yaml", "teams/growth.yaml", "teams/care.yaml"], in: scratch.folder)
        #expect(run.output.contains("No team's set serves company objective C2 in 2027-Q1"))
        #expect(run.output.contains("This key result also stands in the set of Growth (O1 KR1)."))
        #expect(run.output.contains("The objective serves none of the company's objectives for this cycle (C1, C2)."))
    }

    @Test func teamFilesAloneAlignThroughParentsFrom() throws {
        let scratch = try Self.files()
        let run = try Okrcoach.run(
            ["check", "teams/growth.yaml", "teams/care.yaml", "--format", "json"], in: scratch.folder)
        #expect(run.status == 0, "\(run.errors)")
        let findings = try Self.findings(run.output)
        #expect(findings.keys.sorted() == ["teams/care.yaml", "teams/growth.yaml"])
        #expect(findings["teams/growth.yaml"]?.contains { $0.rule == "objective-serves-nothing" } == true)
        #expect(findings["teams/care.yaml"]?.contains { $0.rule == "duplicate-kr-across-teams" } == true)
    }

    @Test func aParentsFromThatCannotBeReadIsExitTwoNamingTheFile() throws {
        let missing = try Self.files(
            care: Self.care.replacingOccurrences(of: "okrs-2027.yaml", with: "okrs-2028.yaml"))
        let run = try Okrcoach.run(["check", "teams/care.yaml"], in: missing.folder)
        #expect(run.status == 2)
        #expect(run.errors == "teams/../company/okrs-2028.yaml: no such file\n")

        let notOrganisation = try Self.files(
            care: Self.care.replacingOccurrences(of: "../company/okrs-2027.yaml", with: "growth.yaml"))
        let other = try Okrcoach.run(["check", "teams/care.yaml"], in: notOrganisation.folder)
        #expect(other.status == 2)
        #expect(other.errors.hasPrefix("teams/care.yaml:3: 'parents_from' should name an organisation file"))

        let both = try Self.files(
            care: Self.care.replacingOccurrences(of: "team: Care\n", with: "team: Care\nparents:\n  - id: C1\n"))
        let twice = try Okrcoach.run(["check", "teams/care.yaml"], in: both.folder)
        #expect(twice.status == 2)
        #expect(twice.errors.contains("teams/care.yaml:5: give either 'parents' or 'parents_from', not both"))

        let otherCycle = try Self.files(care: Self.care.replacingOccurrences(of: "2027-Q1", with: "2027-Q2"))
        let cycle = try Okrcoach.run(["check", "teams/care.yaml"], in: otherCycle.folder)
        #expect(cycle.status == 2)
        #expect(cycle.errors.contains("no company objectives for the cycle '2027-Q2' (it has 2027-Q1)"))
    }

    @Test func aBrokenOrganisationFileIsExitTwoWithItsLine() throws {
        let scratch = try Self.files()
        try scratch.write(
            "company/okrs-2027.yaml", PyramidFiles.company.replacingOccurrences(of: "parent: Y1", with: "parent: Y7"))
        let run = try Okrcoach.run(["check", "company/okrs-2027.yaml"], in: scratch.folder)
        #expect(run.status == 2)
        #expect(
            run.errors
                == "company/okrs-2027.yaml:22: 'parent: Y7' names no one-year objective of 2027 (it has Y1, Y2)\n"
        )
    }

    @Test func importCarriesEveryLevel() throws {
        let scratch = try Self.files()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let company = try Okrcoach.run(["import", "company/okrs-2027.yaml", "--db", db], in: scratch.folder)
        #expect(company.status == 0, "\(company.errors)")
        #expect(company.output == "company/okrs-2027.yaml: saved as the organisation (Acme Clinics)\n")
        for team in ["growth", "care"] {
            let run = try Okrcoach.run(["import", "teams/\(team).yaml", "--db", db], in: scratch.folder)
            #expect(run.status == 0, "\(run.errors)")
        }
        // The team's set keeps the company objectives it aligned to as its parents.
        let care = try Okrcoach.run(["export", "--set", "1", "--db", db])
        #expect(
            care.output.contains("parents:\n- id: C1\n  title: Win the clinics of Oslo in order to prove the model\n"))
        #expect(!care.output.contains("parents_from"))

        let exported = try Okrcoach.run(["export", "--organisation", "--db", db])
        #expect(exported.status == 0, "\(exported.errors)")
        let again = try scratch.write("again.yaml", exported.output)
        let reimported = try Okrcoach.run(["import", again, "--db", db])
        #expect(reimported.status == 0, "\(reimported.errors)")
        let twice = try Okrcoach.run(["export", "--organisation", "--db", db])
        #expect(twice.output == exported.output)
        for line in ["organisation: Acme Clinics", "- year: 2027", "- cycle: 2027-Q1", "  parent: Y1", "mission: Give"]
        {
            #expect(exported.output.contains(line), "\(line)")
        }
    }

    /// The whole way a company goes: its file and two teams' files checked across the levels,
    /// all three imported, a weekly check-in in each team, and the tree in text, Markdown and JSON
    /// with the teams' progress rolled up to the company objective, the one-year objective and the
    /// mission.
    @Test func fromFilesThroughCheckInsToTheTree() throws {
        let scratch = try Self.files()
        let db = scratch.database
        let check = try Okrcoach.run(
            ["check", "company/okrs-2027.yaml", "teams/growth.yaml", "teams/care.yaml"], in: scratch.folder)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("[company-objective-unserved]"))
        #expect(check.output.contains("[duplicate-kr-across-teams]"))
        for file in ["company/okrs-2027.yaml", "teams/growth.yaml", "teams/care.yaml"] {
            let run = try Okrcoach.run(["import", file, "--db", db], in: scratch.folder)
            #expect(run.status == 0, "\(run.errors)")
        }
        // Set 1 is the last imported (Care), set 2 Growth; a check-in keeps Care at 1.
        let care = try Okrcoach.run(
            ["checkin", "--set", "1", "--db", db, "--date", "2027-02-01"], input: "50\n7\n\n4.5\n6\n\n")
        #expect(care.status == 0, "\(care.errors)")
        #expect(care.output.contains("check-in of Care"))
        let growth = try Okrcoach.run(
            ["checkin", "--set", "2", "--db", db, "--date", "2027-02-01"],
            input: "80\n8\n\n30\n8\n\n22.5\n5\n\n22.5\n5\n\n")
        #expect(growth.status == 0, "\(growth.errors)")
        #expect(growth.output.contains("check-in of Growth"))

        let tree = ["report", "--db", db, "--cycle", "2027-Q1", "--tree", "--date", "2027-02-01"]
        let text = try Okrcoach.run(tree)
        #expect(text.status == 0, "\(text.errors)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "OKR pyramid for 2027-Q1 · Acme Clinics")
        #expect(lines.contains { $0.hasPrefix("Mission: Give every small clinic") && $0.hasSuffix("75%") })
        #expect(lines.contains { $0.hasPrefix("    C1 Win the clinics of Oslo") && $0.hasSuffix("75%") })
        #expect(lines.contains { $0.hasPrefix("      Care: Make support calm") && $0.hasSuffix("50%") })
        #expect(lines.contains { $0.hasPrefix("      Growth: Win the clinics of Oslo") && $0.hasSuffix("100%") })
        #expect(lines.contains("Team objectives serving no company objective"))

        let markdown = try Okrcoach.run(tree + ["--format", "md"])
        #expect(markdown.output.hasPrefix("# OKR pyramid for 2027-Q1 · Acme Clinics\n"))
        #expect(
            markdown.output.contains(
                "    - C1 Win the clinics of Oslo in order to prove the model · Progress 75%\n"
                    + "      - Care: Make support calm and quick so that clinics trust us from day one · Progress 50%\n"
            ))

        let json = try Okrcoach.run(tree + ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(root["format"] as? String == "okrcoach-tree")
        let mission = try #require(root["mission"] as? [String: Any])
        #expect(mission["progress"] as? Double == 0.75)
        let yearly = try #require((mission["children"] as? [[String: Any]])?.first)
        let company = try #require((yearly["children"] as? [[String: Any]])?.first)
        #expect(company["id"] as? String == "C1")
        let teams = try #require(company["children"] as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["Care", "Growth"])
        #expect(teams.map { $0["progress"] as? Double } == [0.5, 1])
    }

    @Test func exportingAnOrganisationBeforeOneIsImportedSaysSo() throws {
        let scratch = try Scratch()
        let db = scratch.folder.appendingPathComponent("okrcoach.sqlite").path
        let run = try Okrcoach.run(["export", "--organisation", "--db", db])
        #expect(run.status == 1)
        #expect(run.errors.contains("no organisation is saved in"))
    }
}

import Foundation
import Testing

/// The pyramid as a person builds it with the binary: the mission, a one-year objective and a
/// company objective drafted with /mission, /yearly and /company (saved in the store's
/// organisation), two teams' sets imported, and `report --cycle 2027-Q1 --tree` in text,
/// Markdown and JSON.
@Suite(.timeLimit(.minutes(3)))
struct PyramidTreeEndToEndTests {
    static let drafting = [
        "/mission", "Acme Clinics", "Give small clinics more time for their patients",
        "/yearly", "2027", "Become the first choice of small clinics in Scandinavia so that we can grow",
        "Grow paying clinics from 120 to 400 by December 2027", "yes",
        "Raise the share of clinics that renew from 70% to 85% by December 2027", "no", "yes", "no",
        "/company", "2027-Q1", "1", "Win the clinics of Oslo", "Increase paying clinics in Oslo from 12 to 40", "yes",
        "Raise weekly active clinics in Oslo from 8 to 30", "no", "yes", "no", "/quit",
    ]

    static func team(_ name: String, parent: String, value: Int) -> String {
        """
        lang: en
        cycle: 2027-Q1
        team: \(name)
        objectives:
          - title: Make booking effortless for small clinics so that they stay
            parent: \(parent)
            key_results:
              - text: Increase completed bookings from 0 to 100 by 31 March
                type: increase
                baseline: 0
                target: 100
                check_ins:
                  - {date: 2027-02-01, value: \(value), confidence: 7}
        """
    }

    private func store(_ scratch: Scratch) throws -> String {
        let database = scratch.folder.appendingPathComponent("okr.sqlite").path
        let drafted = try Okrcoach.run(
            ["coach", "--db", database, "--lang", "en"], input: Self.drafting.joined(separator: "\n") + "\n")
        #expect(drafted.status == 0, "\(drafted.errors)")
        // The mission is shown once, when the level is saved.
        #expect(drafted.output.components(separatedBy: "Give small clinics more time for their patients").count == 2)
        #expect(drafted.output.contains("The mission of Acme Clinics: Give small clinics more time for their patients"))
        #expect(drafted.output.contains("The one-year objectives for 2027:\n  1. Become the first choice"))
        for (name, parent, value) in [("Growth", "C1", 40), ("Care", "C1", 80), ("Ops", "C9", 10)] {
            let file = try scratch.write("\(name).yaml", Self.team(name, parent: parent, value: value))
            let run = try Okrcoach.run(["import", file, "--db", database])
            #expect(run.status == 0, "\(run.errors)")
        }
        return database
    }

    @Test func theTreeInTextMarkdownAndJSON() throws {
        let scratch = try Scratch()
        let database = try store(scratch)
        let text = try Okrcoach.run([
            "report", "--db", database, "--cycle", "2027-Q1", "--tree", "--date", "2027-02-02",
        ])
        #expect(text.status == 0, "\(text.errors)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "OKR pyramid for 2027-Q1 · Acme Clinics")
        #expect(lines.contains { $0.hasPrefix("Mission: Give small clinics") && $0.hasSuffix("60%") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("    C1 Win the clinics of Oslo") && $0.hasSuffix("60%") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("      Care: Make booking effortless") && $0.hasSuffix("80%") })
        #expect(lines.contains("Team objectives serving no company objective"))
        #expect(lines.contains { $0.hasPrefix("  Ops: Make booking effortless") })
        // The organisation's own drafting sessions are no team's set.
        #expect(!lines.contains { $0.contains("Acme Clinics: ") })

        let markdown = try Okrcoach.run(
            ["report", "--db", database, "--cycle", "2027-Q1", "--tree", "--format", "md", "--date", "2027-02-02"])
        #expect(markdown.output.hasPrefix("# OKR pyramid for 2027-Q1 · Acme Clinics\n"))
        #expect(markdown.output.contains("\n    - C1 Win the clinics of Oslo · Progress 60%\n"))

        let file = scratch.folder.appendingPathComponent("tree.json").path
        let json = try Okrcoach.run(
            ["report", "--db", database, "--cycle", "2027-Q1", "--tree", "--output", file, "--date", "2027-02-02"])
        #expect(json.status == 0, "\(json.errors)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(object["format"] as? String == "okrcoach-tree")
        let mission = try #require(object["mission"] as? [String: Any])
        let yearly = try #require((mission["children"] as? [[String: Any]])?.first)
        #expect(yearly["id"] as? String == "Y1")
        let company = try #require((yearly["children"] as? [[String: Any]])?.first)
        #expect(company["id"] as? String == "C1")
        #expect((company["children"] as? [[String: Any]])?.compactMap { $0["team"] as? String } == ["Care", "Growth"])
    }

    /// A company that has drafted its levels top-down sees its tree before any team has a set.
    @Test func theTreeBeforeAnyTeamHasASet() throws {
        let scratch = try Scratch()
        let database = scratch.folder.appendingPathComponent("okr.sqlite").path
        let drafted = try Okrcoach.run(
            ["coach", "--db", database, "--lang", "en"], input: Self.drafting.joined(separator: "\n") + "\n")
        #expect(drafted.status == 0, "\(drafted.errors)")
        let text = try Okrcoach.run(["report", "--db", database, "--cycle", "2027-Q1", "--tree"])
        #expect(text.status == 0, "\(text.errors)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "OKR pyramid for 2027-Q1 · Acme Clinics")
        #expect(lines.contains("    C1 Win the clinics of Oslo"), "\(lines)")
    }

    /// `--cycle 2027-K1` finds the teams' 2027-Q1 sets (the same quarter), and a tree with no team
    /// set yet speaks the organisation's language.
    @Test func theTreeMatchesTheCycleByItsQuarterAndSpeaksTheOrganisationsLanguage() throws {
        let scratch = try Scratch()
        let database = scratch.folder.appendingPathComponent("okr.sqlite").path
        let company = try scratch.write(
            "company.yaml",
            """
            organisation: Klinikkhjelp AS
            lang: nb
            mission: Gi hver lille klinikk mer tid til pasientene sine
            cycles:
              - cycle: 2027-K1
                objectives:
                  - id: S1
                    title: Vinne klinikkene i Oslo for å bevise modellen
            """)
        #expect(try Okrcoach.run(["import", company, "--db", database]).status == 0)
        let alone = try Okrcoach.run(["report", "--db", database, "--cycle", "2027-K1", "--tree"])
        #expect(alone.output.hasPrefix("OKR-pyramiden for 2027-K1 · Klinikkhjelp AS\n"), "\(alone.output)")
        let team = try scratch.write("growth.yaml", Self.team("Growth", parent: "S1", value: 40))
        #expect(try Okrcoach.run(["import", team, "--db", database]).status == 0)
        for cycle in ["2027-K1", "Q1 2027"] {
            let tree = try Okrcoach.run(["report", "--db", database, "--cycle", cycle, "--tree"])
            #expect(tree.output.contains("    Growth: Make booking effortless"), "\(tree.output)")
        }
        let unknown = try Okrcoach.run(["report", "--db", database, "--cycle", "2027-K2"])
        #expect(unknown.status == 1, "\(unknown.output)")
    }

    @Test func aTreeNeedsACycleAndAnOrganisation() throws {
        let scratch = try Scratch()
        let database = scratch.folder.appendingPathComponent("okr.sqlite").path
        let noCycle = try Okrcoach.run(["report", "--db", database, "--tree"])
        #expect(noCycle.status == 2)
        #expect(noCycle.errors == "okrcoach: --tree needs --cycle: the pyramid is drawn for one cycle\n")
        let file = try scratch.write("growth.yaml", Self.team("Growth", parent: "C1", value: 40))
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        let none = try Okrcoach.run(["report", "--db", database, "--cycle", "2027-Q1", "--tree"])
        #expect(none.status == 1)
        #expect(none.errors.contains("no organisation is saved in"), "\(none.errors)")
    }
}

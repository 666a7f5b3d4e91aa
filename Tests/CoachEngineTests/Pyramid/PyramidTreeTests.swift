import CoachEngine
import Foundation
import OKRCore
import Testing

/// The pyramid's tree: mission → one-year → company → team objectives, each level the mean of its
/// children's progress and grades, in the terminal view, Markdown and JSON; and chat's `!tree`.
struct PyramidTreeTests {
    static let today = Day(year: 2027, month: 2, day: 15)

    /// A key result from 0 to 100 checked in at `value`, graded `grade` where given.
    static func keyResult(_ value: Double, grade: Double? = nil, weight: Double? = nil) -> KeyResult {
        var keyResult = KeyResult("Increase X from 0 to 100")
        keyResult.kind = .increase
        keyResult.baseline = 0
        keyResult.target = 100
        keyResult.weight = weight
        keyResult.grade = grade
        keyResult.checkIns = [CheckIn(day: Day(year: 2027, month: 2, day: 1), value: value)]
        return keyResult
    }

    /// Growth serves C1 at 40 % (its key results weighted 3:1 at 20 % and 100 %, graded 0.6),
    /// Care serves C1 at 80 % (graded 0.8) and has one objective serving nothing.
    static let sets: [OKRSet] = [
        OKRSet(
            cycle: "2027-Q1", team: "Growth",
            objectives: [
                Objective(
                    title: "Make booking effortless", parent: "C1",
                    keyResults: [keyResult(20, grade: 0.6, weight: 3), keyResult(100, grade: 0.6, weight: 1)])
            ]),
        OKRSet(
            cycle: "Q1 2027", team: "Care",
            objectives: [
                Objective(
                    title: "Answer every clinic the same day", parent: "C1", keyResults: [keyResult(80, grade: 0.8)]),
                Objective(title: "Tidy the backlog", keyResults: [keyResult(10)]),
            ]),
        OKRSet(cycle: "2027-Q2", team: "Later", objectives: [Objective(title: "Not this cycle", parent: "C1")]),
    ]

    static var tree: PyramidTree {
        PyramidTree(organisation: PyramidSamples.organisation("en"), sets: sets, cycle: "2027-Q1", today: today)
    }

    @Test func eachLevelIsTheMeanOfItsChildren() throws {
        let tree = Self.tree
        #expect(tree.root.level == .mission)
        #expect(tree.root.title == "Give small clinics more time for their patients")
        #expect(tree.root.children.map(\.id) == ["Y1", "Y2"])
        let y1 = tree.root.children[0]
        let c1 = try #require(y1.children.first)
        #expect(c1.id == "C1")
        #expect(c1.children.map(\.team) == ["Growth", "Care"])
        // Growth: (0.2 × 3 + 1.0 × 1) / 4 = 0.4; Care: 0.8. C1 is their mean, 0.6, and so are Y1 and the mission.
        #expect(abs((c1.children[0].progress ?? 0) - 0.4) < 1e-9)
        #expect(abs((c1.progress ?? 0) - 0.6) < 1e-9)
        #expect(abs((c1.grade ?? 0) - 0.7) < 1e-9)
        #expect(abs((y1.progress ?? 0) - 0.6) < 1e-9)
        // Y2's company objective C2 has no team and no check-in: no figures, and the mission takes Y1's alone.
        #expect(tree.root.children[1].progress == nil)
        #expect(abs((tree.root.progress ?? 0) - 0.6) < 1e-9)
        // Care's second objective serves nothing; the other cycle's set is left out.
        #expect(tree.teamUnaligned.map(\.title) == ["Tidy the backlog"])
        #expect(tree.companyUnaligned.isEmpty)
    }

    @Test func theTerminalViewIndentsEachLevelWithBarsAndGrades() {
        let text = PyramidTreeReport.text(Self.tree, texts: ReportFixtures.texts("en"), today: Self.today)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "OKR pyramid for 2027-Q1 · Acme Clinics")
        #expect(lines[1] == "As of 2027-02-15")
        #expect(lines[2].hasPrefix("Mission: Give small clinics more time for their patients"))
        #expect(lines[2].hasSuffix("██████░░░░   60%  0.7"))
        #expect(lines[3].hasPrefix("  Y1 Become the first choice of small clinics in Scandi…"))
        #expect(lines[4].hasPrefix("    C1 Win the clinics of Oslo"))
        #expect(lines[5].hasPrefix("      Growth: Make booking effortless"))
        #expect(lines[5].hasSuffix("████░░░░░░   40%  0.6"))
        #expect(lines.contains("Team objectives serving no company objective"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
    }

    /// A line without figures (an objective nobody has checked in on yet) is not cut to the title
    /// column: it keeps its whole title, up to the 80 columns of the line.
    @Test func aTitleWithoutFiguresIsCutOnlyAtTheLineWidth() {
        var organisation = PyramidSamples.organisation("nb")
        let whole = "Gjøre kundene våre så fornøyde at de anbefaler oss til andre klinikker"
        organisation.years[0].objectives[1].title = whole
        organisation.cycles[0].objectives[1].title = String(repeating: "lang ", count: 30)
        let tree = PyramidTree(organisation: organisation, sets: Self.sets, cycle: "2027-Q1", today: Self.today)
        let lines = PyramidTreeReport.text(tree, texts: ReportFixtures.texts("nb"), today: Self.today)
            .split(separator: "\n").map(String.init)
        #expect(lines.contains("  Y2 " + whole), "\(lines)")
        let cut = lines.first { $0.hasPrefix("    C2 lang lang") }
        #expect(cut.map { $0.hasSuffix("…") && DisplayWidth.of($0) == 80 } == true, "\(lines)")
    }

    @Test func markdownNestsTheLevelsInEveryLanguage() {
        let english = PyramidTreeReport.markdown(Self.tree, texts: ReportFixtures.texts("en"), today: Self.today)
        #expect(english.hasPrefix("# OKR pyramid for 2027-Q1 · Acme Clinics\n"))
        #expect(english.contains("\n    - C1 Win the clinics of Oslo · Progress 60% · Grade 0.7 (green)\n"))
        #expect(
            english.contains("\n      - Care: Answer every clinic the same day · Progress 80% · Grade 0.8 (green)\n"))
        let norwegian = PyramidTreeReport.markdown(Self.tree, texts: ReportFixtures.texts("nb"), today: Self.today)
        #expect(norwegian.hasPrefix("# OKR-pyramiden for 2027-Q1 · Acme Clinics\n"))
        #expect(norwegian.contains("- Misjon: Give small clinics"))
        #expect(norwegian.contains("## Teammål som ikke støtter noe selskapsmål"))
    }

    @Test func jsonCarriesTheTreeWithRawFigures() throws {
        let json = PyramidTreeReport.json(Self.tree, today: Self.today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "okrcoach-tree")
        #expect(object["cycle"] as? String == "2027-Q1")
        let mission = try #require(object["mission"] as? [String: Any])
        #expect(mission["level"] as? String == "mission")
        let yearly = try #require(mission["children"] as? [[String: Any]])
        let company = try #require(yearly[0]["children"] as? [[String: Any]])
        #expect(company[0]["id"] as? String == "C1")
        #expect(abs((company[0]["progress"] as? Double ?? 0) - 0.6) < 1e-9)
        let teams = try #require(company[0]["children"] as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["Growth", "Care"])
        #expect((yearly[1]["progress"] as? NSNull) != nil)
        #expect((object["team_unaligned"] as? [[String: Any]])?.count == 1)
    }

    @Test func anOrganisationWithoutAMissionOrWithHostileTitlesStillWritesATree() {
        var organisation = PyramidSamples.organisation("en")
        organisation.mission = nil
        organisation.cycles[0].objectives[0].title = "Win\u{1B}[2J Oslo\n\u{07}"
        let tree = PyramidTree(organisation: organisation, sets: Self.sets, cycle: "2027-Q1", today: Self.today)
        let text = PyramidTreeReport.text(tree, texts: ReportFixtures.texts("en"), today: Self.today)
        #expect(text.contains("Mission: not written yet"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let markdown = PyramidTreeReport.markdown(tree, texts: ReportFixtures.texts("en"), today: Self.today)
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func chatTreeNamesTheTeamsServingEachCompanyObjective() async {
        var chat = Chat(engine: TestCoach.coach(organisation: PyramidSamples.organisation("en")))
        for line in [
            "hi", "Growth", "2027-Q1", "2", "Make booking effortless for small clinics so that they stay",
            "Increase the share of completed bookings from 60% to 80%", "no", "no", "share #growth",
        ] {
            await chat.say("kari", line)
        }
        let tree = await chat.say("kari", "okrcoach: !tree", in: "#growth")
        #expect(
            tree == [
                "#growth: kari: The company objectives for 2027-Q1:",
                "#growth: kari: C1 Win the clinics of Oslo ← no team yet",
                "#growth: kari: C2 Halve the steps of a booking ← Growth",
            ], "\(tree)")
        // The same words in Norwegian, and without an organisation the bot says how to set one up.
        #expect(await chat.say("ola", "!tre").first?.hasPrefix("ola: Selskapsmålene for 2027-Q1:") == true)
        var bare = Chat()
        #expect(
            await bare.say("kari", "!tree") == [
                "kari: No organisation is saved here: import its file with okrcoach import FILE to see the company's objectives."
            ])
    }
}

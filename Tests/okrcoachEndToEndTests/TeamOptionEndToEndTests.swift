import Foundation
import Testing

/// `--team`: a saved set chosen by its team, since set numbers move whenever a check-in saves a set.
@Suite(.timeLimit(.minutes(5)))
struct TeamOptionEndToEndTests {
    /// A set of one key result for `team`, its objective named by `title`.
    static func set(team: String, title: String, cycle: String = "2026-Q4") -> String {
        """
        lang: en
        cycle: \(cycle)
        team: \(team)
        objectives:
          - title: \(title)
            key_results:
              - Increase weekly active clinics from 420 to 600 by 31 December
        """
    }

    /// A store holding Growth's set, then Platform's (so Platform's is set 1).
    static func twoTeams(_ scratch: Scratch) throws {
        let growth = try scratch.write("growth.yaml", set(team: "Growth", title: "Make onboarding effortless"))
        let platform = try scratch.write("platform.yaml", set(team: "Platform", title: "Make the platform dependable"))
        for file in [growth, platform] {
            let run = try Okrcoach.run(["import", file, "--db", scratch.database])
            #expect(run.status == 0, "\(run.errors)")
        }
    }

    @Test func checkInsByTeamLandInThatTeamsSetWhateverTheNumbers() throws {
        let scratch = try Scratch()
        try Self.twoTeams(scratch)
        let database = scratch.database
        let growth = try Okrcoach.run(
            ["checkin", "--team", "Growth", "--db", database, "--date", "2026-10-05"],
            input: "470\non track\nNote for Growth\n\n\n")
        #expect(growth.status == 0, "\(growth.errors)")
        #expect(growth.output.contains("Check-in of 2026-10-05 saved."))
        // Growth's set is set 1 now; --team still finds Platform's.
        let platform = try Okrcoach.run(
            ["checkin", "--team", "platform", "--db", database, "--date", "2026-10-06"],
            input: "510\nat risk\nNote for Platform\n\n\n")
        #expect(platform.status == 0, "\(platform.errors)")

        let exportGrowth = try Okrcoach.run(["export", "--team", "Growth", "--db", database])
        #expect(exportGrowth.status == 0, "\(exportGrowth.errors)")
        #expect(exportGrowth.output.contains("team: Growth"))
        #expect(exportGrowth.output.contains("Note for Growth"))
        #expect(!exportGrowth.output.contains("Note for Platform"))
        let exportPlatform = try Okrcoach.run(["export", "--team", "  PLATFORM ", "--db", database])
        #expect(exportPlatform.output.contains("Note for Platform"))
        #expect(!exportPlatform.output.contains("Note for Growth"))

        let report = try Okrcoach.run(["report", "--team", "Growth", "--db", database, "--format", "md"])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("Growth"))
        #expect(!report.output.contains("Platform"))
    }

    @Test func reportByTeamAndCycleTakesThatTeamsSetOfTheCycle() throws {
        let scratch = try Scratch()
        let files = [
            try scratch.write("q4.yaml", Self.set(team: "Growth", title: "Grow in the fourth quarter")),
            try scratch.write(
                "q1.yaml", Self.set(team: "Growth", title: "Grow in the first quarter", cycle: "2027-Q1")),
            try scratch.write("other.yaml", Self.set(team: "Platform", title: "Make the platform dependable")),
        ]
        for file in files { #expect(try Okrcoach.run(["import", file, "--db", scratch.database]).status == 0) }

        let q4 = try Okrcoach.run(["report", "--team", "growth", "--cycle", "2026-K4", "--db", scratch.database])
        #expect(q4.status == 0, "\(q4.errors)")
        #expect(q4.output.contains("Grow in the fourth quarter"))
        #expect(!q4.output.contains("Grow in the first quarter"))
        #expect(!q4.output.contains("Make the platform dependable"))

        let none = try Okrcoach.run(["report", "--team", "Sales", "--cycle", "2026-Q4", "--db", scratch.database])
        #expect(none.status == 1)
        #expect(
            none.errors
                == "okrcoach: no saved set with key results is for team 'Sales'; the saved sets are for Growth, Platform\n"
        )

        let tree = try Okrcoach.run([
            "report", "--tree", "--team", "Growth", "--cycle", "2026-Q4", "--db", scratch.database,
        ])
        #expect(tree.status == 2)
        #expect(tree.errors.contains("give --tree or --team, not both"))
    }

    /// When two saved sets are the same team's, the most recently saved one is chosen.
    @Test func theMostRecentSetOfATeamWins() throws {
        let scratch = try Scratch()
        let older = try scratch.write("older.yaml", Self.set(team: "Growth", title: "The older objective"))
        let newer = try scratch.write("newer.yaml", Self.set(team: "growth ", title: "The newer objective"))
        for file in [older, newer] {
            #expect(try Okrcoach.run(["import", file, "--db", scratch.database]).status == 0)
        }

        let export = try Okrcoach.run(["export", "--team", "Growth", "--db", scratch.database])
        #expect(export.output.contains("The newer objective"))
        #expect(!export.output.contains("The older objective"))
    }

    @Test func aTeamWithNoSetNamesTheTeamsThereAreInTheUsersLanguage() throws {
        let scratch = try Scratch()
        try Self.twoTeams(scratch)
        let expected = [
            (
                "C.UTF-8",
                "okrcoach: no saved set with key results is for team 'Sales'; the saved sets are for Growth, Platform\n"
            ),
            (
                "nb_NO.UTF-8",
                "okrcoach: ingen lagrede sett med nøkkelresultater tilhører teamet «Sales»; de lagrede settene tilhører Growth, Platform\n"
            ),
            (
                "sv_SE.UTF-8",
                "okrcoach: inget sparat set med nyckelresultat hör till teamet ”Sales”; de sparade seten hör till Growth, Platform\n"
            ),
            (
                "nl_NL.UTF-8",
                "okrcoach: geen opgeslagen set met kernresultaten hoort bij het team “Sales”; de opgeslagen sets horen bij Growth, Platform\n"
            ),
        ]
        for (lang, message) in expected {
            for command in ["checkin", "review", "retro", "report", "export"] {
                let run = try Okrcoach.run(
                    [command, "--team", "Sales", "--db", scratch.database], input: "", environment: ["LANG": lang])
                #expect(run.status == 1, "\(command) \(lang)")
                #expect(run.errors == message, "\(command) \(lang)")
            }
        }
    }

    @Test(arguments: [
        (["--set", "1", "--team", "Growth"], "okrcoach: give --set or --team, not both\n"),
        (["--team", ""], "okrcoach: --team: names no team\n"),
        (["--team", "     "], "okrcoach: --team: names no team\n"),
        (["--team", "Gro\u{1B}[2Jwth"], "okrcoach: --team: holds a control character\n"),
        (["--team", "Growth\nPlatform"], "okrcoach: --team: holds a control character\n"),
        (["--team", String(repeating: "G", count: 100_000)], "okrcoach: --team: is longer than 1000 characters\n"),
    ])
    func hostileTeamNamesAreRefusedBeforeAnySetIsOpened(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        try Self.twoTeams(scratch)
        for command in ["checkin", "review", "retro", "report", "export"] {
            let run = try Okrcoach.run([command] + arguments + ["--db", scratch.database], input: "470\n")
            #expect(run.status == 2, "\(command)")
            #expect(run.errors == message, "\(command)")
        }
        // Nothing was checked in.
        let export = try Okrcoach.run(["export", "--db", scratch.database])
        #expect(!export.output.contains("check_ins"))
    }
}

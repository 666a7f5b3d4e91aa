import Foundation
import Testing

/// `.okrcoach.yaml` and `okrcoach: ignore` comments, as a team's repository uses them.
@Suite(.timeLimit(.minutes(5)))
struct TeamConfigurationEndToEndTests {
    /// Four key results (one too many), no baselines, no purpose in the objective.
    static let set = """
        cycle: 2027-Q1
        objectives:
          - title: Grow revenue
            key_results:
              - Reach 6000 paid subscriptions
              - Reach 80 NPS
              - Reach 40 enterprise customers
              - Reach 95% renewal rate
        """

    @Test func theNearestConfigurationAboveTheFileApplies() throws {
        let scratch = try Scratch()
        try scratch.write(
            ".okrcoach.yaml",
            "max-key-results: 4\nstrict: true\nrules:\n  kr-no-baseline: off\n  objective-no-purpose: error\n")
        let file = try scratch.write("teams/payments/okrs.yaml", Self.set)
        let run = try Okrcoach.run(["check", file])
        #expect(run.status == 1, "objective-no-purpose is an error here")
        #expect(run.output.contains(":3: error: [objective-no-purpose]"))
        #expect(!run.output.contains("kr-no-baseline"))
        #expect(!run.output.contains("too-many-krs"))
        // A nearer file wins over the one above it.
        try scratch.write("teams/payments/.okrcoach.yaml", "lang: en\n")
        let nearer = try Okrcoach.run(["check", file])
        #expect(nearer.output.contains("kr-no-baseline") && nearer.output.contains("too-many-krs"))
        #expect(nearer.status == 0)
    }

    @Test func commandLineOptionsWin() throws {
        let scratch = try Scratch()
        try scratch.write(".okrcoach.yaml", "max-key-results: 4\nstrict: true\nlang: nb\n")
        let file = try scratch.write("okrs.yaml", Self.set)
        let run = try Okrcoach.run(["check", "--max-key-results", "3", "--no-strict", "--lang", "en", file])
        #expect(run.status == 0, "warnings only, and --no-strict wins: \(run.output)")
        #expect(run.output.contains("[too-many-krs]"))
        #expect(run.output.contains("(language: en)"))
        let strict = try Okrcoach.run(["check", file])
        #expect(strict.status == 1)
        #expect(strict.output.contains("(språk: nb)"))
    }

    @Test func aWrongSettingNamesFileAndLineAndExitsTwo() throws {
        let scratch = try Scratch()
        let configuration = try scratch.write(".okrcoach.yaml", "lang: en\nmax-krs: 4\n")
        let file = try scratch.write("okrs.yaml", Self.set)
        let run = try Okrcoach.run(["check", file])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("\(configuration):2: unknown key 'max-krs'"))
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test func teamWordsCount() throws {
        let scratch = try Scratch()
        try scratch.write(".okrcoach.yaml", "words:\n  activity-verbs: [evangelize]\n")
        let file = try scratch.write(
            "okrs.yaml",
            "cycle: 2027-Q1\nobjectives:\n  - title: Grow revenue in order to invest\n    key_results:\n      - Evangelize the API from 3 to 6 partners\n      - Increase revenue from 1 to 2 million\n"
        )
        let run = try Okrcoach.run(["check", file])
        #expect(run.output.contains(":5: warning: [kr-is-activity]"))
    }

    @Test func ignoreCommentsInYAMLAndMarkdown() throws {
        let scratch = try Scratch()
        let yaml = try scratch.write(
            "okrs.yaml",
            Self.set.replacing(
                "      - Reach 6000 paid subscriptions",
                with: "      # okrcoach: ignore kr-no-baseline\n      - Reach 6000 paid subscriptions"))
        let yamlRun = try Okrcoach.run(["check", yaml])
        #expect(!yamlRun.output.contains(":6: warning: [kr-no-baseline]"))
        #expect(yamlRun.output.contains(":7: warning: [kr-no-baseline]"))
        let markdown = try scratch.write(
            "okrs.md",
            "---\ncycle: 2027-Q1\n---\n# Grow revenue in order to invest\n<!-- okrcoach: ignore kr-no-baseline -->\n"
                + "- Reach 6000 paid subscriptions\n- Reach 80 NPS <!-- okrcoach: ignore kr-vague -->\n- Reach 40 customers\n"
        )
        let markdownRun = try Okrcoach.run(["check", "--format", "github", markdown])
        #expect(!markdownRun.output.contains("line=6,title=kr-no-baseline"))
        #expect(
            markdownRun.output.contains("line=7,title=kr-no-baseline"), "a comment at the end of a line is that line's")
        #expect(markdownRun.output.contains("line=8,title=kr-no-baseline"))
        let typo = try scratch.write(
            "typo.md",
            "# Grow revenue in order to invest\n<!-- okrcoach: ignore kr-no-basline -->\n- Reach 80 NPS by June\n")
        let typoRun = try Okrcoach.run(["check", typo])
        #expect(typoRun.errors.contains("\(typo):2: warning: okrcoach: ignore: unknown rule 'kr-no-basline'"))
    }
}

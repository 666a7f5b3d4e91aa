import ChatCoach
import CoachEngine
import Foundation
import OKRCore
import Testing

/// One catalogue per language: labels, signs and percentages come from the locale file,
/// and the coach, `check` and the reports write them the same way.
struct LocaleCatalogueTests {
    private static func english() -> String {
        // The data files are part of the repository; failing here is a broken checkout.
        try! String(contentsOf: TestCoach.root.appendingPathComponent("locales/en.yaml"), encoding: .utf8)
    }

    /// English with other labels and signs, as a coach could write them in a new locale.
    private static let relabelled: LocaleCatalogue = {
        var yaml = english()
        for (old, new) in [
            (#"objective: "O{number}""#, #"objective: "Goal {number}""#),
            (#"key_result: "KR{number}""#, #"key_result: "Result {number}""#),
            (
                #"key_result_in_objective: "{objective}.{key_result}""#,
                #"key_result_in_objective: "{objective}/{key_result}""#
            ),
            (#"finding_key_result: "{objective} {key_result}""#, #"finding_key_result: "{objective}, {key_result}""#),
            (#"percent: "{value}%""#, #"percent: "{value} pct""#),
            (#"plus: "+""#, #"plus: "up ""#),
        ] {
            #expect(yaml.contains(old), "en.yaml lacks \(old)")
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        return try! LocaleCatalogue(yaml: yaml, source: "en.yaml")
    }()

    private static let coach = try! Coach(
        languages: Languages([relabelled.rules]), texts: [relabelled.coach], flow: TestCoach.coach.flow,
        cycleFlows: Dictionary(uniqueKeysWithValues: Activity.Kind.allCases.map { ($0, flow($0)) }))

    private static func flow(_ kind: Activity.Kind) -> Flow {
        let path = "prompts/\(kind.rawValue).yaml"
        return try! Flow(
            yaml: String(contentsOf: TestCoach.root.appendingPathComponent(path), encoding: .utf8), source: path)
    }

    @Test func theReportShowsTheLocalesLabels() {
        let report = CycleReport(sets: [ReportFixtures.growth()], cycle: nil, today: ReportFixtures.today)
        for text in [
            CycleReportMarkdown.render(report, texts: Self.relabelled.report, retroTopics: Self.coach.retroTopics),
            CycleReportCompact(colour: false).render(report, texts: Self.relabelled.report),
        ] {
            #expect(text.contains("Goal 1"))
            #expect(text.contains("Result 2"))
            #expect(!text.contains("KR1") && !text.contains("O1."))
            #expect(text.contains(" pct"))
        }
    }

    @Test func theCoachShowsTheLocalesLabels() {
        let session = CycleFixtures.session("en")
        let listing = Self.coach.respond(to: "/show", in: session, today: TestCoach.today).replies.map(\.text)
        #expect(listing.contains { $0.hasPrefix("Goal 1: ") })
        #expect(listing.contains { $0.hasPrefix("  Result 1: ") })
        #expect(!listing.contains { $0.hasPrefix("O1") || $0.contains("KR1:") })
        let checkIn = Self.coach.respond(to: "/checkin", in: session, today: TestCoach.today)
        let question = checkIn.replies.map(\.text).joined(separator: "\n")
        #expect(question.contains("1/1 “"), "\(question)")
        let progress = Self.coach.respond(to: "480", in: checkIn.session, today: TestCoach.today).replies.map(\.text)
            .joined(separator: "\n")
        #expect(progress.contains("1/1 ") && progress.contains(" pct"), "\(progress)")
    }

    @Test func checkPointsAtFindingsWithTheLocalesLabels() {
        #expect(Self.relabelled.rules.label(objective: 2, keyResult: nil) == "Goal 2")
        #expect(Self.relabelled.rules.label(objective: 2, keyResult: 3) == "Goal 2, Result 3")
    }

    @Test func changesAndPercentagesTakeTheLocalesSigns() {
        #expect(Self.relabelled.format.change(40) == "up 40")
        #expect(Self.relabelled.format.change(-2.5) == "−2.5")
        #expect(Self.relabelled.format.percent(0.75) == "75 pct")
    }

    /// help and chat_help were one text written twice: now the chat's list is the terminal's,
    /// with "!" for "/", and without files and Ctrl-D.
    @Test(arguments: TestCoach.codes) func theHelpIsWrittenOnceForBothMedia(_ code: String) {
        let texts = TestCoach.coach.allTexts.first { $0.language.rawValue == code }!
        let languages = TestCoach.coach.languageList
        let terminal = texts.written(.help(languages: languages))
        let chat = texts.help(prefix: ChatCoach.commandPrefix, atTerminal: false, languages: languages)
        #expect(!terminal.contains("{") && !chat.contains("{"))
        #expect(terminal.contains("/") && terminal.contains("Ctrl-D"))
        #expect(!chat.contains("Ctrl-D") && !chat.contains("\n  /"))
        #expect(chat.split(separator: "\n").count == terminal.split(separator: "\n").count)
    }

    /// Each key lives once: the keys that were duplicated between the coach and the report are gone.
    @Test(arguments: TestCoach.codes) func noKeyIsDuplicated(_ code: String) throws {
        let yaml = try String(
            contentsOf: TestCoach.root.appendingPathComponent("locales/\(code).yaml"), encoding: .utf8)
        for key in ["    chat_help:", "    no_check_in_yet:", "    band_red:", "    percent:"] {
            #expect(!yaml.contains("\n" + key), "\(code): \(key)")
        }
    }
}

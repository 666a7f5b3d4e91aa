import Foundation
import OKRCore
import Testing

/// Reports say the same thing as JSON for tools and as lines for people.
struct ReportTests {
    private let checker = Checker(languages: TestLanguages.shared)

    private var sample: OKRSet { ReportSamples.set }

    @Test func jsonFollowsTheContract() throws {
        let json = JSONReport.render(checker.check(sample))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["lang", "findings", "summary"])
        #expect(object["lang"] as? String == "en")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let objectiveFinding = try #require(findings.first { $0["rule"] as? String == "objective-business-as-usual" })
        #expect(Set(objectiveFinding.keys) == ["rule", "severity", "objective", "message", "hint"])
        #expect(objectiveFinding["severity"] as? String == "warning")
        let keyResultFinding = try #require(findings.first { $0["rule"] as? String == "kr-is-activity" })
        #expect(keyResultFinding["objective"] as? Int == 1)
        #expect(keyResultFinding["keyResult"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["errors", "warnings", "infos", "score"])
        #expect(summary["errors"] == 1)
        // Keys come in the contract's order.
        #expect(json.range(of: "\"lang\"")!.lowerBound < json.range(of: "\"findings\"")!.lowerBound)
    }

    @Test func setFindingsCarryNoObjective() throws {
        var set = sample
        set.objectives = Array(repeating: set.objectives[0], count: 6)
        let json = JSONReport.render(checker.check(set, language: LanguageCode("en")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let tooMany = try #require(findings.first { $0["rule"] as? String == "too-many-objectives" })
        #expect(tooMany["objective"] == nil && tooMany["keyResult"] == nil)
    }

    @Test func severalFilesAreAnArrayNamingEachFile() throws {
        let report = checker.check(sample)
        let json = JSONReport.render([(file: "a.yaml", report: report), (file: "b.md", report: report)])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == ["a.yaml", "b.md"])
    }

    @Test func textLinesReadLikeALinter() {
        let text = TextReport(colour: false).render(
            checker.check(sample), file: "okrs.yaml", catalog: TestLanguages.catalog("en"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("okrs.yaml:2: warning: [objective-business-as-usual] O1: ") })
        #expect(lines.contains { $0.hasPrefix("okrs.yaml:4: warning: [kr-is-activity] O1 KR1: ") })
        #expect(lines.contains { $0.hasPrefix("    Ask what number would move") })
        #expect(lines.last?.hasPrefix("okrs.yaml: 1 error, ") == true)
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourOnlyWhenAsked() {
        let text = TextReport(colour: true).render(
            checker.check(sample), file: "f", catalog: TestLanguages.catalog("en"))
        #expect(text.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func summaryIsInTheReportsLanguage() {
        var set = sample
        set.lang = LanguageCode("nb")
        let report = checker.check(set)
        let summary = TextReport(colour: false).summary(report, catalog: TestLanguages.catalog("nb"))
        #expect(summary.hasPrefix("1 feil, "))
        #expect(summary.contains("\(report.summary.score)/100"))
    }

    @Test func exitDecision() {
        let report = checker.check(sample)
        #expect(report.fails(strict: false))
        let warningsOnly = checker.check(
            OKRSet(
                lang: LanguageCode("en"), cycle: "Q1",
                objectives: [
                    Objective(
                        title: "Delight clinics so that they stay",
                        keyResults: [KeyResult("Reach 45 NPS"), KeyResult("Increase bookings from 10 to 20")])
                ]))
        #expect(warningsOnly.summary.errors == 0 && warningsOnly.summary.warnings > 0)
        #expect(!warningsOnly.fails(strict: false))
        #expect(warningsOnly.fails(strict: true))
    }
}

/// The score weighs errors over warnings over infos and scales with the set.
struct ScoreTests {
    @Test func formula() {
        #expect(Score.of(errors: 0, warnings: 0, infos: 0, entries: 4) == 100)
        #expect(Score.of(errors: 0, warnings: 1, infos: 0, entries: 4) == 90)
        #expect(Score.of(errors: 1, warnings: 0, infos: 0, entries: 4) == 75)
        #expect(Score.of(errors: 0, warnings: 0, infos: 1, entries: 4) == 98)
        #expect(Score.of(errors: 9, warnings: 9, infos: 9, entries: 2) == 0)
        #expect(Score.of(errors: 0, warnings: 0, infos: 0, entries: 0) == 100)
    }

    @Test func errorsWeighMoreThanWarningsMoreThanInfos() {
        let error = Score.of(errors: 1, warnings: 0, infos: 0, entries: 10)
        let warning = Score.of(errors: 0, warnings: 1, infos: 0, entries: 10)
        let info = Score.of(errors: 0, warnings: 0, infos: 1, entries: 10)
        #expect(error < warning && warning < info)
    }
}

/// Text in JSON is escaped so that any message stays valid JSON.
struct JSONEscapingTests {
    @Test func quotesBackslashesAndControlCharacters() throws {
        let finding = Finding(
            rule: .keyResultVague, objective: 1, keyResult: 1, message: "say \"about\"\\ now\n\u{1}", hint: "ø ✓")
        let report = Report(language: LanguageCode("nb"), findings: [finding], set: OKRSet())
        let json = JSONReport.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings[0]["message"] as? String == "say \"about\"\\ now\n\u{1}")
        #expect(findings[0]["hint"] as? String == "ø ✓")
    }
}

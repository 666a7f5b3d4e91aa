import Foundation
import OKRCore
import Testing

/// SARIF output: the rule catalogue as the tool's rules, results pointing at file and line.
struct SARIFReportTests {
    private let checker = Checker(languages: TestLanguages.shared)

    private var sample: OKRSet { ReportSamples.set }

    private func run(_ reports: [(file: String, report: Report)], catalog: String = "en") throws -> [String: Any] {
        let sarif = SARIFReport.render(reports, catalog: TestLanguages.catalog(catalog), version: "9.9.9")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return runs[0]
    }

    @Test func theRulesAreTheCatalogueInItsLanguage() throws {
        let run = try run([(file: "okrs.yaml", report: checker.check(sample))], catalog: "nb")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "okrcoach")
        #expect(driver["version"] as? String == "9.9.9")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleID.allCases.map(\.rawValue))
        let catalog = TestLanguages.catalog("nb")
        for (rule, entry) in zip(RuleID.allCases, rules) {
            #expect((entry["shortDescription"] as? [String: String])?["text"] == catalog.texts(for: rule).title)
            let full = try #require((entry["fullDescription"] as? [String: String])?["text"])
            #expect(!full.isEmpty && !full.contains("{"), "placeholders are not left in \(rule)")
            #expect((entry["help"] as? [String: String])?["text"]?.isEmpty == false)
            let level = (entry["defaultConfiguration"] as? [String: String])?["level"]
            #expect(level == SARIFReport.level(rule.severity))
        }
        #expect(SARIFReport.level(.info) == "note")
    }

    @Test func resultsPointAtFileAndLine() throws {
        let run = try run([(file: "team okrs/q1.yaml", report: checker.check(sample))])
        let results = try #require(run["results"] as? [[String: Any]])
        let activity = try #require(results.first { $0["ruleId"] as? String == "kr-is-activity" })
        #expect(activity["level"] as? String == "warning")
        let rules = RuleID.allCases.map(\.rawValue)
        #expect(activity["ruleIndex"] as? Int == rules.firstIndex(of: "kr-is-activity"))
        let location = try #require(
            (activity["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "team%20okrs/q1.yaml")
        #expect((location["region"] as? [String: Int])?["startLine"] == 4)
        #expect(((activity["message"] as? [String: String])?["text"] ?? "").isEmpty == false)
    }

    @Test func theScoreIsARunProperty() throws {
        var big = sample
        big.objectives = Array(repeating: big.objectives[0], count: 6)
        let good = checker.check(sample)
        let worse = checker.check(big)
        let run = try run([(file: "a.yaml", report: good), (file: "b.yaml", report: worse)])
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["score"] as? Int == min(good.summary.score, worse.summary.score))
        let scores = try #require(properties["scores"] as? [[String: Any]])
        #expect(scores.map { $0["file"] as? String } == ["a.yaml", "b.yaml"])
        #expect(scores.map { $0["score"] as? Int } == [good.summary.score, worse.summary.score])
    }

    @Test func aFindingWithoutALinePointsAtTheFileAlone() throws {
        let finding = Finding(rule: .tooManyObjectives, objective: nil, line: nil, message: "m", hint: "h")
        let run = try run([
            (file: "a.yaml", report: Report(language: LanguageCode("en"), findings: [finding], set: sample))
        ])
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: String])?["uri"] == "a.yaml")
        #expect(location?["region"] == nil)
    }

    @Test func hostileFileNamesAndTextStayValidJSON() throws {
        let finding = Finding(
            rule: .keyResultVague, objective: 1, keyResult: 1, line: Int.max, message: "\"quoted\"\u{0}\u{1B}[31m\n",
            hint: "\\")
        let report = Report(language: LanguageCode("en"), findings: [finding], set: sample)
        let run = try run([(file: "a\"b\n%c?#ø.yaml", report: report)])
        let results = try #require(run["results"] as? [[String: Any]])
        let location = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: String])?["uri"] == "a%22b%0A%25c%3F%23%C3%B8.yaml")
        #expect((results.first?["message"] as? [String: String])?["text"] == "\"quoted\"\u{0}\u{1B}[31m\n")
    }
}

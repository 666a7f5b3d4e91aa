import Foundation
import OKRCore
import Testing

/// GitLab Code Quality: an array of issues with stable fingerprints.
struct CodeQualityReportTests {
    private let checker = Checker(languages: TestLanguages.shared)

    private func set(shiftedBy lines: Int = 0, objectives: Int = 1) -> OKRSet {
        let objective = Objective(
            title: "Maintain uptime", keyResults: [KeyResult("Work on the status page", line: 4 + lines)],
            line: 2 + lines)
        return OKRSet(lang: LanguageCode("en"), objectives: Array(repeating: objective, count: objectives))
    }

    private func issues(_ set: OKRSet, file: String = "okrs/q1.yaml") throws -> [[String: Any]] {
        let json = CodeQualityReport.render([(file: file, report: checker.check(set))], languages: TestLanguages.shared)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func issuesHaveTheFieldsGitLabReads() throws {
        let issues = try issues(set())
        let measurable = try #require(issues.first { $0["check_name"] as? String == "kr-not-measurable" })
        #expect(Set(measurable.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
        #expect(measurable["severity"] as? String == "major")
        #expect((measurable["description"] as? String)?.hasPrefix("O1 KR1: ") == true)
        let location = try #require(measurable["location"] as? [String: Any])
        #expect(location["path"] as? String == "okrs/q1.yaml")
        #expect((location["lines"] as? [String: Int])?["begin"] == 4)
        #expect(
            issues.first { $0["check_name"] as? String == "objective-no-purpose" }?["severity"] as? String == "info")
        #expect(issues.first { $0["check_name"] as? String == "kr-is-activity" }?["severity"] as? String == "minor")
    }

    @Test func fingerprintsAreStableUniqueAndIgnoreLineMoves() throws {
        let first = try issues(set(objectives: 6)).map { $0["fingerprint"] as? String }
        let again = try issues(set(objectives: 6)).map { $0["fingerprint"] as? String }
        let moved = try issues(set(shiftedBy: 7, objectives: 6)).map { $0["fingerprint"] as? String }
        #expect(first == again)
        #expect(first == moved)
        #expect(Set(first).count == first.count, "each issue has its own fingerprint")
        #expect(first.allSatisfy { $0?.count == 32 && $0?.allSatisfy(\.isHexDigit) == true })
        let otherFile = try issues(set(objectives: 6), file: "okrs/q2.yaml").map { $0["fingerprint"] as? String }
        #expect(Set(first).isDisjoint(with: otherFile))
    }

    @Test func aFindingWithoutALinePointsAtTheFirst() throws {
        // Sets built in code (by the coach) have no lines; GitLab needs one.
        let finding = Finding(rule: .tooManyObjectives, objective: nil, line: nil, message: "m", hint: "h")
        let report = Report(language: LanguageCode("en"), findings: [finding], set: set())
        let json = CodeQualityReport.render([(file: "okrs.yaml", report: report)], languages: TestLanguages.shared)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(((issues.first?["location"] as? [String: Any])?["lines"] as? [String: Int])?["begin"] == 1)
        #expect(issues.first?["description"] as? String == "m")
    }

    @Test func noFindingsIsAnEmptyArray() throws {
        let json = CodeQualityReport.render([], languages: TestLanguages.shared)
        #expect(json == "[]")
    }
}

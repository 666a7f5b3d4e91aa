import Foundation
import TestSupport
import Testing

/// `okrcoach check --format sarif|github|gitlab` as a CI job runs it: the built program on real files.
@Suite(.timeLimit(.minutes(5)))
struct CheckFormatsEndToEndTests {
    /// An error on line 4, warnings on lines 2 and 4, a quantity with "%" in the objective on line 6,
    /// and six objectives: too-many-objectives points at the sixth, on line 9.
    static let set = """
        objectives:
          - title: Maintain uptime
            key_results:
              - Work on the status page
          - Maintain 99% uptime
          - Grow revenue by 50% in order to invest
          - Grow revenue in order to invest
          - Grow margins in order to invest
          - Grow trust in order to invest
        """

    /// The official SARIF 2.1.0 schema beside the package, in `../shared/sarif`.
    static let schema = Repository.shared("sarif/sarif-schema-2.1.0.json")

    static var schemaIsPresent: Bool { FileManager.default.fileExists(atPath: schema.path) }

    /// Validates a document against the schema with Python's jsonschema; the status and what it said.
    static func validate(_ document: String, in scratch: Scratch) throws -> (status: Int32, said: String) {
        let file = try scratch.write("out.sarif", document)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
            """
        let run = try ChildProcess.run("/usr/bin/env", ["python3", "-c", script, schema.path, file])
        return (run.status, String(decoding: run.errors + run.output, as: UTF8.self))
    }

    @Test(.enabled(if: schemaIsPresent, "the SARIF schema in ../shared/sarif is not here"))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let scratch = try Scratch()
        let yaml = try scratch.write("okrs.yaml", Self.set)
        let outline = try scratch.write("team okrs.md", "# Maintain uptime\n- Work on the status page\n")
        let run = try Okrcoach.run(["check", "--format", "sarif", yaml, outline])
        #expect(run.status == 1)
        let valid = try Self.validate(run.output, in: scratch)
        #expect(valid.status == 0, "\(valid.said)")
        // The validator does reject what breaks the schema: a level SARIF does not know.
        let broken = run.output.replacing("\"level\": \"note\"", with: "\"level\": \"info\"")
        #expect(broken != run.output)
        #expect(try Self.validate(broken, in: scratch).status != 0)
    }

    @Test func sarifResultsPointAtFileAndLineAndCarryTheScore() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", Self.set)
        let run = try Okrcoach.run(["check", "--format", "sarif", file])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let sarifRun = try #require((object["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "kr-not-measurable" })
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        let measurable = try #require(results.first { $0["ruleId"] as? String == "kr-not-measurable" })
        #expect(measurable["level"] as? String == "error")
        let location = try #require(
            (measurable["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == file)
        #expect((location["region"] as? [String: Int])?["startLine"] == 4)
        let score = try #require((sarifRun["properties"] as? [String: Any])?["score"] as? Int)
        let json = try Okrcoach.run(["check", "--format", "json", file])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((summary["summary"] as? [String: Int])?["score"] == score)
    }

    @Test func githubAnnotationsNameFileLineAndTitle() throws {
        let scratch = try Scratch()
        let file = try scratch.write("a,b:c.yaml", Self.set)
        let run = try Okrcoach.run(["check", "--format", "github", file])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        let name = file.replacing(",", with: "%2C").replacing(":", with: "%3A")
        #expect(lines.contains { $0.hasPrefix("::error file=\(name),line=4,title=kr-not-measurable%3A ") })
        #expect(
            lines.contains {
                $0.hasPrefix("::warning file=\(name),line=6,title=objective-has-metric%3A ") && $0.contains("50%25")
            })
        #expect(lines.contains { $0.hasPrefix("::warning file=\(name),line=9,title=too-many-objectives%3A ") })
        #expect(lines.filter { !$0.hasPrefix("::") }.count == 1, "one summary line besides the commands")
    }

    @Test func gitlabCodeQualityIsAnArrayWithStableFingerprints() throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", Self.set)
        let first = try Okrcoach.run(["check", "--format", "gitlab", file])
        #expect(first.status == 1)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [[String: Any]])
        let measurable = try #require(issues.first { $0["check_name"] as? String == "kr-not-measurable" })
        #expect(measurable["severity"] as? String == "major")
        let location = try #require(measurable["location"] as? [String: Any])
        #expect(location["path"] as? String == file)
        #expect((location["lines"] as? [String: Int])?["begin"] == 4)
        // Lines added above move every finding down; the fingerprints stay.
        try scratch.write("okrs.yaml", "# Our OKRs\n\n" + Self.set)
        let moved = try Okrcoach.run(["check", "--format", "gitlab", file])
        let movedIssues = try #require(
            try JSONSerialization.jsonObject(with: Data(moved.output.utf8)) as? [[String: Any]])
        #expect(movedIssues.map { $0["fingerprint"] as? String } == issues.map { $0["fingerprint"] as? String })
        let begins = movedIssues.map { (($0["location"] as? [String: Any])?["lines"] as? [String: Int])?["begin"] }
        #expect(begins.contains(6))
    }

    @Test(arguments: ["sarif", "github", "gitlab"])
    func unreadableInputStillExitsTwoWithOneLineOnStandardError(format: String) throws {
        let scratch = try Scratch()
        let bad = try scratch.write("bad.yaml", "objectives: [\n")
        let run = try Okrcoach.run(["check", "--format", format, bad])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("\(bad):"))
    }
}

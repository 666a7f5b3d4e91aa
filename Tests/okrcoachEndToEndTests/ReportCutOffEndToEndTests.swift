import Foundation
import Testing

/// `report --date D` shows the sets as they stood on D: later check-ins and a later review are left out.
@Suite(.timeLimit(.minutes(3)))
struct ReportCutOffEndToEndTests {
    /// The key results of the report's JSON: each one's latest value and its check-ins' days.
    private func keyResults(_ json: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sets = try #require(report["sets"] as? [[String: Any]])
        let objectives = try #require(sets.first?["objectives"] as? [[String: Any]])
        return try #require(objectives.first?["key_results"] as? [[String: Any]])
    }

    @Test(arguments: FourLanguageCycleSet.all)
    func checkInsAfterTheDayAreLeftOut(set: FourLanguageCycleSet) throws {
        let scratch = try Scratch()
        let database = try set.imported(in: scratch, reviewed: "2027-03-31")
        for arguments in [["--set", "1"], ["--cycle", "2027-Q1"]] {
            let text = try Okrcoach.run(["report", "--db", database, "--date", "2027-01-18"] + arguments)
            #expect(text.status == 0, "\(text.errors)")
            #expect(text.output.contains(set.asOf.filled(["day": "2027-01-18"])), "\(text.output)")
            let share = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("  KR1 ") })
            #expect(share.hasSuffix(" 40 8"), "\(share)")
            let customers = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("  KR2 ") })
            #expect(!customers.contains("█") && !customers.contains("45"), "\(customers)")

            let json = try Okrcoach.run(
                ["report", "--db", database, "--date", "2027-01-18", "--format", "json"] + arguments)
            #expect(json.status == 0, "\(json.errors)")
            let results = try keyResults(json.output)
            let latest = try #require(results[0]["latest"] as? [String: Any])
            #expect(latest["value"] as? Double == 40 && latest["day"] as? String == "2027-01-11")
            #expect((results[0]["check_ins"] as? [Any])?.count == 1)
            #expect(results[0]["grade"] is NSNull, "the review of 2027-03-31 was not made yet")
            #expect(results[1]["latest"] is NSNull)
        }
        // On the day of the later check-ins, and after the review, everything counts.
        let later = try keyResults(
            try Okrcoach.run(["report", "--db", database, "--date", "2027-03-31", "--format", "json"]).output)
        #expect((later[0]["latest"] as? [String: Any])?["value"] as? Double == 45)
        #expect(later[0]["grade"] as? Double == 0.7)
        #expect((later[1]["check_ins"] as? [Any])?.count == 1)
        // Before any check-in, nothing has been checked in yet.
        let before = try Okrcoach.run(["report", "--db", database, "--date", "2027-01-10", "--format", "json"])
        #expect(try keyResults(before.output).allSatisfy { $0["latest"] is NSNull })
        let markdown = try Okrcoach.run(["report", "--db", database, "--date", "2027-01-18", "--format", "md"])
        #expect(!markdown.output.contains("2027-01-25"), "\(markdown.output)")
    }

    @Test(arguments: [
        "99999-01-01", "-2027-01-18", "2027-02-30", "2027-01-18\u{7}", "\u{1B}[2J", "2027-1-18", "0000-01-01",
        String(repeating: "9", count: 100_000), "2027-01-18T00:00", " ",
    ])
    func aDayThatIsNoDayIsRefused(date: String) throws {
        let scratch = try Scratch()
        let database = try FourLanguageCycleSet.all[1].imported(in: scratch)
        let run = try Okrcoach.run(["report", "--db", database, "--date=\(date)"])
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("okrcoach: --date: "), "\(run.errors.prefix(200))")
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(!run.errors.contains("\u{1B}") && !run.errors.contains("\u{7}"))
        #expect(run.errors.count < 1_000)
    }
}

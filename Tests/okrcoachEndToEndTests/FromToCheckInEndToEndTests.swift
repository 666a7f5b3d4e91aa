import Foundation
import Testing

/// A key result written "from 40 customers to 60 customers" starts at 40 in the check-in, in
/// every language: Dutch "van 40 klanten naar 60 klanten" too, whose start was once missed, so
/// that the first check-in became the baseline and 46 customers showed as 7 %.
@Suite(.timeLimit(.minutes(3)))
struct FromToCheckInEndToEndTests {
    @Test(arguments: FourLanguageCycleSet.all)
    func progressCountsFromTheWrittenStart(set: FourLanguageCycleSet) throws {
        let scratch = try Scratch()
        let database = try set.imported(in: scratch)
        let run = try Okrcoach.run(
            ["checkin", "--db", database, "--date", "2027-02-01"], input: "47\n7\n\n46\n7\n\n40\n7\n\n")
        #expect(run.status == 0, "\(run.errors)")
        // 46 customers on the way from 40 to 60 is 30 %.
        let progress = run.output.split(separator: "\n").first { $0.hasPrefix("1.2 ") && $0.contains("█") }
        #expect(progress.map { $0.contains(" 30%") || $0.contains(" 30 %") } == true, "\(run.output)")
    }
}

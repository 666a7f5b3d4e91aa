import Foundation
import Testing

/// The text report heads its columns in the report's language, each name over its column.
@Suite(.timeLimit(.minutes(3)))
struct ReportHeadingsEndToEndTests {
    @Test(arguments: FourLanguageCycleSet.all)
    func eachColumnHasItsNameAboveIt(set: FourLanguageCycleSet) throws {
        let scratch = try Scratch()
        let database = try set.imported(in: scratch)
        for arguments in [["--cycle", "2027-Q1"], ["--set", "1"]] {
            let run = try Okrcoach.run(["report", "--db", database, "--date", "2027-01-25"] + arguments)
            #expect(run.status == 0, "\(run.errors)")
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(run.output)")
            let heading = try #require(lines.first { $0.hasPrefix("  \(set.headings[0])") }, "\(run.output)")
            let row = try #require(lines.first { $0.hasPrefix("  KR1 ") })
            let names = set.headings.map { name in
                heading.range(of: name).map { heading.distance(from: heading.startIndex, to: $0.lowerBound) }
            }
            #expect(names.allSatisfy { $0 != nil } && names == names.sorted { ($0 ?? 0) < ($1 ?? 0) }, "\(heading)")
            // The name of the key results over their labels, the progress over the bars, the latest
            // value ending where the values end, the confidence over the scores.
            let column = { (text: String, part: String) -> Int? in
                text.range(of: part).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
            }
            #expect(names[0] == column(row, "KR1"))
            #expect(names[1] == column(row, "█"))
            let latestEnd = (names[2] ?? 0) + set.headings[2].count
            #expect(column(row, " 45 3 ↓").map { $0 + 3 } == latestEnd, "\(heading)\n\(row)")
            #expect(names[3] == column(row, " 3 ↓").map { $0 + 1 }, "\(heading)\n\(row)")
        }
    }
}

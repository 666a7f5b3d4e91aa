import OKRCore
import Testing

/// GitHub Actions workflow commands: one annotation per finding, escaped as the runner reads them.
struct GitHubReportTests {
    private let checker = Checker(languages: TestLanguages.shared)

    private var sample: OKRSet { ReportSamples.set }

    @Test func oneCommandPerFindingWithFileLineAndTitle() {
        let output = GitHubReport.render(
            [(file: "okrs.yaml", report: checker.check(sample))], languages: TestLanguages.shared)
        let lines = output.split(separator: "\n").map(String.init)
        let title = TestLanguages.catalog("en").texts(for: .keyResultNotMeasurable).title
        #expect(
            lines.contains {
                $0.hasPrefix("::error file=okrs.yaml,line=4,title=kr-not-measurable%3A \(title)::O1 KR1: ")
            })
        #expect(
            lines.contains { $0.hasPrefix("::warning file=okrs.yaml,line=2,title=objective-business-as-usual%3A ") })
        #expect(lines.contains { $0.hasPrefix("::notice file=okrs.yaml,line=2,title=objective-no-purpose%3A ") })
        #expect(lines.last?.hasPrefix("okrs.yaml: 1 error, ") == true)
    }

    @Test func hostileTextCannotEndTheCommandOrStartAnother() {
        let finding = Finding(
            rule: .keyResultVague, objective: nil, line: nil, message: "50% done\r\n::error::forged", hint: "a,b:c")
        let report = Report(language: LanguageCode("en"), findings: [finding], set: sample)
        let output = GitHubReport.render([(file: "a,b:c%d\n::x.yaml", report: report)], languages: TestLanguages.shared)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "one command and the summary; nothing forged: \(lines)")
        #expect(lines[0].hasPrefix("::warning file=a%2Cb%3Ac%25d%0A%3A%3Ax.yaml,title=kr-vague%3A "))
        #expect(lines[0].hasSuffix("::50%25 done%0D%0A::error::forged%0Aa,b:c"))
        #expect(!lines[0].contains("line="), "a finding without a line names none")
        #expect(lines[1].hasPrefix("a,b:c%25d%0A::x.yaml: "))
    }
}

import Foundation
import Testing

/// `okrcoach check` on key results as real teams publish them: no error, and only the
/// findings version 2 of the rule contract calls for (milestones are warnings, levels to
/// hold need no starting value, Dutch "van … uit" is no starting value).
@Suite(.timeLimit(.minutes(5)))
struct RealKeyResultsEndToEndTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let lang: String
        let keyResult: String
        let rules: [String]
        var testDescription: String { "\(lang): \(keyResult)" }
    }

    static let examples: [Example] = [
        Example(lang: "en", keyResult: "The DHT is enabled by default in js-ipfs", rules: ["kr-milestone"]),
        Example(lang: "en", keyResult: "99th percentile of time to first result is below 3s", rules: []),
        Example(lang: "en", keyResult: "100% of monthly releases ship on time", rules: []),
        Example(lang: "en", keyResult: "Gateway usage policy is published", rules: ["kr-milestone"]),
        Example(lang: "en", keyResult: "Bitswap refactor + improvements reduce latency by 75%", rules: []),
        Example(lang: "nb", keyResult: "Nytt bookingsystem er på plass innen 1. mars", rules: ["kr-milestone"]),
        Example(lang: "nb", keyResult: "Holde oppetiden på minst 99,5 % hver uke", rules: []),
        Example(lang: "sv", keyResult: "Minst 99,5 % tillgänglighet varje vecka", rules: []),
        Example(lang: "sv", keyResult: "Hålla upptiden på minst 99,5 % varje vecka", rules: []),
        Example(
            lang: "nl", keyResult: "Een klanttevredenheidsscore van 4,5 uit 5 halen voor 1 juli",
            rules: ["kr-no-baseline"]),
        Example(lang: "nl", keyResult: "De doorlooptijd met een derde verkorten", rules: []),
        Example(lang: "nl", keyResult: "De uptime op minstens 99,5% houden", rules: []),
    ]

    @Test(arguments: examples) func givesOnlyTheContractsFindings(_ example: Example) throws {
        let scratch = try Scratch()
        let yaml = """
            lang: \(example.lang)
            cycle: 2027-Q1
            objectives:
              - title: "Objective so that"
                key_results:
                  - "\(example.keyResult)"
                  - "\(example.keyResult) "
            """
        let run = try Okrcoach.run(["check", "--format", "json", try scratch.write("okrs.yaml", yaml)])
        #expect(run.status == 0, "\(run.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let onFirst = findings.filter { $0["keyResult"] as? Int == 1 }.compactMap { $0["rule"] as? String }
        #expect(onFirst == example.rules)
        #expect(!findings.contains { $0["severity"] as? String == "error" })
    }
}

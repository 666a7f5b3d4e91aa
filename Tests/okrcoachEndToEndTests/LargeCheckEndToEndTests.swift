import Foundation
import Testing

/// `okrcoach check` on a set large enough to be read on every core: the whole report comes out
/// before the program exits, with the exit status the findings call for.
@Suite(.timeLimit(.minutes(5)))
struct LargeCheckEndToEndTests {
    /// Objectives in all four languages, each with key results that break rules and one that repeats.
    static let objectives = [
        ("Grow monthly recurring revenue in order to secure our lead", "Increase paid plans from 3500 to 6000 by June"),
        ("Bli kundenes førstevalg i Norden slik at de blir", "Øke aktive klinikker fra 1 850 til 2 000 innen 31. mars"),
        ("Bli kundernas förstahandsval så att de stannar", "Öka andelen från 40 % till 55 % senast vecka 12"),
        ("Onze kwaliteit behouden zodat klanten blijven", "Het aantal klanten verhogen van 50.000 naar 60.000"),
    ]

    static func largeSet(objectives count: Int) -> String {
        var text = "cycle: 2027-Q1\nobjectives:\n"
        for index in 0..<count {
            let (title, keyResult) = objectives[index % objectives.count]
            text += "  - title: \(title) \(index)\n    key_results:\n"
            text += "      - \(keyResult)\n      - Try to improve NPS significantly \(index)\n"
            text += "      - Launch the new wizard\n"
        }
        return text
    }

    @Test func aLargeSetIsReportedWholeBeforeTheExit() throws {
        let scratch = try Scratch()
        let file = try scratch.write("big.yaml", Self.largeSet(objectives: 600))
        let run = try Okrcoach.run(["check", "--format", "json", file])
        #expect(run.status == 1)
        #expect(run.output.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(findings.count == (summary["errors"] ?? 0) + (summary["warnings"] ?? 0) + (summary["infos"] ?? 0))
        // "Launch the new wizard" in every objective, and each language's first key result in every
        // fourth: each repeat after the first is a duplicate.
        #expect(findings.count { $0["rule"] as? String == "duplicate-kr" } == 599 + (600 - 4))
        #expect(findings.last?["objective"] as? Int == 600)
    }

    /// An unreadable file among them still exits 2, after the readable ones' whole reports.
    @Test func anUnreadableFileBesideALargeSetExitsTwo() throws {
        let scratch = try Scratch()
        let file = try scratch.write("big.yaml", Self.largeSet(objectives: 300))
        let missing = scratch.folder.appendingPathComponent("missing.yaml").path
        let run = try Okrcoach.run(["check", "--format", "json", file, missing])
        #expect(run.status == 2)
        #expect(run.errors.contains("missing.yaml"))
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(reports.count == 1)
        #expect((reports.first?["findings"] as? [Any])?.count ?? 0 > 900)
    }
}

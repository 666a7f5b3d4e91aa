import CoachEngine
import Foundation
import OKRCore
import Testing

/// A drafted set written out reads back as the same set.
struct SetExportTests {
    private let set = OKRSet(
        cycle: "2027-Q1", team: "Growth: EMEA", parents: [ParentObjective(id: "P1", title: "Be the first choice")],
        objectives: [
            Objective(
                title: "Make booking effortless so that clinics stay", parent: "P1",
                keyResults: [
                    KeyResult("Increase weekly bookings from 700 to 900 by 31 March"),
                    KeyResult("Reduce no-shows from 12% to 8% by the end of 2027-Q1"),
                ])
        ])

    private func readBack(_ format: SetExport.Format) throws -> OKRSet {
        let text = SetExport.render(set, as: format, language: LanguageCode("en"))
        return try SetReader.read(
            text, source: "export", format: format == .md ? .outline : .checkFile, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics
        ).set
    }

    private func sameContent(_ read: OKRSet) {
        #expect(read.lang == LanguageCode("en"))
        #expect(read.cycle == set.cycle)
        #expect(read.team == set.team)
        #expect(read.parents == set.parents)
        #expect(read.objectives.map(\.title) == set.objectives.map(\.title))
        #expect(read.objectives.map { $0.keyResults.map(\.text) } == set.objectives.map { $0.keyResults.map(\.text) })
    }

    @Test func markdownReadsBack() throws {
        sameContent(try readBack(.md))
    }

    @Test func aLineBreakOrAnEscapeInATextKeepsTheOutlineWhole() throws {
        var set = self.set
        set.objectives[0].title = "Make booking\neffortless\r\nso that \u{1B}]2;PWNED\u{07}clinics stay"
        set.objectives[0].keyResults[0].text = "Increase weekly bookings\n## from 700\rto 900 by 31 March \u{1B}[2J"
        let text = SetExport.render(set, as: .md, language: LanguageCode("en"))
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        let read = try SetReader.read(
            text, source: "export", format: .outline, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics
        ).set
        #expect(read.objectives.map(\.title) == ["Make booking effortless so that ␛]2;PWNED␇clinics stay"])
        #expect(
            read.objectives[0].keyResults.map(\.text) == [
                "Increase weekly bookings ## from 700 to 900 by 31 March ␛[2J",
                "Reduce no-shows from 12% to 8% by the end of 2027-Q1",
            ])
    }

    @Test func yamlReadsBackAsACheckFile() throws {
        let read = try readBack(.yaml)
        sameContent(read)
        #expect(read.objectives[0].parent == "P1")
    }

    @Test func jsonHoldsTheSet() throws {
        let text = SetExport.render(set, as: .json, language: LanguageCode("nb"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["lang"] as? String == "nb")
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        #expect((objectives[0]["key_results"] as? [String])?.count == 2)
    }
}

import CoachEngine
import Foundation
import OKRCore
import Testing

/// The check file YAML carries a set through the whole cycle without loss: written out,
/// read back and written out again it is the same set and the same text.
struct SetRoundTripTests {
    /// A set with every field the check file has, and texts YAML could misread.
    static let everything = OKRSet(
        lang: LanguageCode("nb"), cycle: "2027", team: "Vekst: EMEA",
        parents: [ParentObjective(id: "P1", title: "null")],
        objectives: [
            Objective(
                title: "Gjøre oppstarten enkel for små klinikker slik at de blir hos oss", parent: "P1",
                keyResults: [
                    KeyResult(
                        "Øke andel aktiverte klinikker fra 30 % til 45 % innen 31. mars", owner: "Kari Nordmann",
                        kind: .increase, baseline: 30, target: 45, weight: 2.5,
                        checkIns: [
                            CheckIn(
                                day: Day(year: 2027, month: 1, day: 8), value: 31, confidence: 7,
                                note: "Status: bra start, \"nøkkelresultater\" på plass – 'veldig' bra"),
                            CheckIn(
                                day: Day(year: 2027, month: 1, day: 15), value: 33.75, confidence: 4, note: "- # yes"),
                            CheckIn(
                                day: Day(year: 2027, month: 1, day: 22), value: nil, note: "Første linje\nandre linje\n"
                            ),
                            CheckIn(day: Day(year: 2027, month: 1, day: 29), value: -0.5, note: "  spaces around  "),
                        ],
                        grade: 0.7),
                    KeyResult("Halvere svartiden fra 24 timer til 12 timer", kind: .decrease, baseline: 24, target: 12),
                    KeyResult("Holde oppetiden på minst 99,9 %", kind: .atLeast, target: 99.9),
                    KeyResult("Holde frafallet på høyst 2 %", kind: .atMost, target: 2, weight: 0.5, grade: 1),
                    KeyResult(
                        "ISO 27001-sertifikat innen 30. juni", kind: .milestone,
                        checkIns: [
                            CheckIn(day: Day(year: 2027, month: 2, day: 5), value: 0, confidence: 10, author: "kari")
                        ]),
                    KeyResult("42"),
                ],
                commitment: .committed, postMortem: "Migreringen tok hele februar: \"vi\" undervurderte den."),
            Objective(title: "true", keyResults: [], commitment: .aspirational),
        ],
        reviewed: Day(year: 2027, month: 4, day: 2),
        retro: TestCoach.coach.retroTopics.map { RetroNote(topic: $0, text: "Svar på \($0): ja") })

    /// A set in each language, as a team writes one.
    static let languages: [OKRSet] = [
        set(
            "en", "Make booking effortless for small clinics so that they stay",
            "Increase weekly active clinics from 420 to 600"),
        set(
            "nb", "Gjøre oppstarten enkel for små klinikker slik at de blir hos oss",
            "Øke aktiverte klinikker fra 30 % til 45 %"),
        set(
            "sv", "Göra det enkelt för små kliniker att komma igång så att de stannar",
            "Öka andel aktiverade kliniker från 30 % till 45 %"),
        set(
            "nl", "Het boeken moeiteloos maken zodat klinieken blijven",
            "Het activatiepercentage verhogen van 30% naar 45%"),
    ]

    private static func set(_ code: String, _ objective: String, _ keyResult: String) -> OKRSet {
        OKRSet(
            lang: LanguageCode(code), cycle: "2027-Q1", team: "Team \(code)",
            objectives: [
                Objective(
                    title: objective,
                    keyResults: [
                        KeyResult(
                            keyResult, kind: .increase, baseline: 30, target: 45,
                            checkIns: [
                                CheckIn(
                                    day: Day(year: 2027, month: 2, day: 1), value: 36, confidence: 6, note: keyResult)
                            ])
                    ], commitment: .aspirational)
            ],
            retro: [RetroNote(topic: "learned", text: objective)])
    }

    private func yaml(_ set: OKRSet) -> String {
        SetExport.render(set, as: .yaml, language: set.lang ?? LanguageCode("en"))
    }

    private func read(_ text: String) throws -> ReadResult {
        try SetReader.read(
            text, source: "export.yaml", format: nil, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics)
    }

    /// The set without the line numbers reading adds.
    private func withoutLines(_ set: OKRSet) -> OKRSet {
        var set = set
        for objective in set.objectives.indices {
            set.objectives[objective].line = nil
            for keyResult in set.objectives[objective].keyResults.indices {
                set.objectives[objective].keyResults[keyResult].line = nil
            }
        }
        return set
    }

    private func roundTrip(_ set: OKRSet) throws {
        let written = yaml(set)
        let result = try read(written)
        #expect(result.warnings.isEmpty)
        #expect(withoutLines(result.set) == set)
        #expect(yaml(result.set) == written)
    }

    @Test func everyFieldRoundTrips() throws {
        try roundTrip(Self.everything)
    }

    @Test(arguments: languages)
    func eachLanguageRoundTrips(_ set: OKRSet) throws {
        try roundTrip(set)
        #expect(yaml(set).contains("lang: \(set.lang!)\n"))
    }

    @Test func numbersHaveNoNeedlessDecimalsAndDaysAreDates() {
        let set = OKRSet(
            cycle: "2027-Q1",
            objectives: [
                Objective(
                    title: "Grow",
                    keyResults: [
                        KeyResult(
                            "Uptime at least 99.9 %", kind: .atLeast, baseline: 99, target: 99.9, weight: 1,
                            checkIns: [
                                CheckIn(
                                    day: Day(year: 2027, month: 1, day: 8), value: 8, confidence: 7, note: "ok: fine")
                            ], grade: 0.75),
                        KeyResult("Increase A from 1 to 2"),
                    ])
            ], reviewed: Day(year: 2027, month: 4, day: 2))
        #expect(
            yaml(set) == """
                lang: en
                cycle: 2027-Q1
                reviewed: 2027-04-02
                objectives:
                - title: Grow
                  key_results:
                  - text: Uptime at least 99.9 %
                    type: at_least
                    baseline: 99
                    target: 99.9
                    weight: 1
                    check_ins:
                    - date: 2027-01-08
                      value: 8
                      confidence: 7
                      note: 'ok: fine'
                    grade: 0.75
                  - Increase A from 1 to 2

                """)
    }

    @Test func jsonCarriesEveryField() throws {
        let text = SetExport.render(Self.everything, as: .json, language: LanguageCode("nb"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["reviewed"] as? String == "2027-04-02")
        #expect(
            (object["retro"] as? [[String: String]])?.first == ["topic": "went_well", "text": "Svar på went_well: ja"])
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        #expect(objectives[0]["commitment"] as? String == "committed")
        #expect(objectives[0]["post_mortem"] as? String == Self.everything.objectives[0].postMortem)
        let keyResults = try #require(objectives[0]["key_results"] as? [Any])
        let first = try #require(keyResults[0] as? [String: Any])
        #expect(first["owner"] as? String == "Kari Nordmann")
        #expect(first["type"] as? String == "increase")
        #expect(first["weight"] as? Double == 2.5)
        #expect(first["grade"] as? Double == 0.7)
        let checkIns = try #require(first["check_ins"] as? [[String: Any]])
        #expect(checkIns[1]["value"] as? Double == 33.75)
        #expect(checkIns[0]["confidence"] as? Int == 7)
        #expect(checkIns[0]["note"] as? String == Self.everything.objectives[0].keyResults[0].checkIns[0].note)
        #expect(keyResults[5] as? String == "42")
        #expect(text.contains("\"baseline\": 30,"))
    }

    /// A field added to the model is lost on the way through a file until the check file carries it:
    /// read it in `CheckFileReader` (NodeReader), write it in `CheckFileLayout`, and list it here.
    @Test func theCheckFileCarriesEveryFieldOfTheModel() {
        func fields(_ value: Any) -> [String] {
            Mirror(reflecting: value).children.compactMap(\.label)
        }
        #expect(fields(OKRSet()) == ["lang", "cycle", "team", "parents", "objectives", "reviewed", "retro"])
        #expect(fields(ParentObjective(id: "P1")) == ["id", "title"])
        #expect(fields(Objective(title: "")) == ["title", "parent", "keyResults", "line", "commitment", "postMortem"])
        #expect(
            fields(KeyResult(""))
                == ["text", "owner", "line", "kind", "baseline", "target", "weight", "checkIns", "grade"])
        #expect(
            fields(CheckIn(day: Day(year: 2027, month: 1, day: 1), value: nil)) == [
                "day", "value", "confidence", "note", "author",
            ])
        #expect(fields(RetroNote(topic: "learned", text: "")) == ["topic", "text"])
    }

    @Test func markdownStillReadsBackWithItsTexts() throws {
        let text = SetExport.render(Self.everything, as: .md, language: LanguageCode("nb"))
        let read = try SetReader.read(
            text, source: "export.md", format: .outline, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics
        ).set
        #expect(read.team == Self.everything.team)
        #expect(read.cycle == Self.everything.cycle)
        #expect(read.objectives[0].keyResults.map(\.text) == Self.everything.objectives[0].keyResults.map(\.text))
    }
}

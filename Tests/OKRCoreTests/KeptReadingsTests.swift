import TestSupport
import Testing

@testable import OKRCore

/// `check(_:language:kept:)` reuses what the rules found in each objective and key result while
/// a set was drafted: its report must be the report of reading the whole set again, whatever was
/// kept, stale or not.
struct KeptReadingsTests {
    private let languages = TestLanguages.shared
    private var checker: Checker { Checker(languages: languages) }

    /// Texts of the four languages that draw findings and texts that draw none, with hostile ones.
    private static let texts = [
        "Increase weekly active clinics from 420 to 600 by 31 March", "Launch the new onboarding flow",
        "Make onboarding effortless for small clinics so that they stay", "Grow revenue 20 %", "Try to improve NPS",
        "Øke ukentlig aktive klinikker fra 1 850 til 2 000 innen 31. mars", "Lansere ny onboarding",
        "Gjøre oppstarten enkel for små klinikker slik at de blir hos oss",
        "Öka andelen från 40 % till 55 % senast vecka 12", "Göra det enkelt för små kliniker så att de stannar",
        "Het aantal klanten verhogen van 50.000 naar 60.000 uiterlijk 31-03-2027", "Een nieuwe onboarding lanceren",
        "Keep uptime at or above 99.5 % and cut costs", "", "  ", "\u{0007}\u{009B}", "😀",
        String(repeating: "word ", count: 30), "-1e308 NaN ∞",
    ]

    /// Seeded random sets: repeated key results, objectives serving the set's parents or not, a
    /// cycle or none, lines or none.
    private static func sets(count: Int, seed: UInt64) -> [OKRSet] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let parents = Bool.random(using: &generator) ? [ParentObjective(id: "P1", title: "Win the north")] : []
            let objectives = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                Objective(
                    title: texts.randomElement(using: &generator)!,
                    parent: Bool.random(using: &generator) ? "P1" : nil,
                    keyResults: (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                        KeyResult(
                            texts.randomElement(using: &generator)!,
                            line: Bool.random(using: &generator) ? Int.random(in: 1...500, using: &generator) : nil)
                    },
                    line: Bool.random(using: &generator) ? Int.random(in: 1...500, using: &generator) : nil)
            }
            return OKRSet(
                cycle: Bool.random(using: &generator) ? "2027-Q1" : nil, parents: parents, objectives: objectives)
        }
    }

    /// The readings of every objective and key result of `set`, as the coach keeps them when each is saved.
    private func readings(of set: OKRSet, language: LanguageCode) -> KeptReadings {
        var kept = KeptReadings()
        let parents = set.parents.map(\.id)
        for (offset, objective) in set.objectives.enumerated() {
            let linked = objective.parent.map { parents.contains($0) } ?? false
            kept.keep(
                checker.reading(objective: objective.title, linkedToParent: linked, language: language),
                objective: offset, of: set)
            for (index, keyResult) in objective.keyResults.enumerated() {
                kept.keep(
                    checker.reading(keyResult: keyResult.text, setHasCycle: set.hasCycle, language: language),
                    objective: offset, keyResult: index, of: set)
            }
        }
        return kept
    }

    @Test(arguments: TestLanguages.codes)
    func keptReadingsGiveTheReportOfReadingTheWholeSet(_ language: LanguageCode) {
        for set in Self.sets(count: 60, seed: 31) {
            let kept = readings(of: set, language: language)
            #expect(checker.check(set, language: language, kept: kept) == checker.check(set, language: language))
        }
    }

    /// Readings of other texts, of another language or made without the set's cycle or parents no
    /// longer fit their place: they are read again, and the report is still the whole set's.
    @Test(arguments: TestLanguages.codes)
    func staleReadingsAreReadAgain(_ language: LanguageCode) {
        let others = Self.sets(count: 60, seed: 32)
        for (offset, set) in Self.sets(count: 60, seed: 31).enumerated() {
            let other = others[offset]
            let otherLanguage = TestLanguages.codes[(offset + 1) % TestLanguages.codes.count]
            var changed = set
            changed.cycle = set.hasCycle ? nil : "2027-Q1"
            changed.parents = set.parents.isEmpty ? [ParentObjective(id: "P1", title: "Win the north")] : []
            for stale in [
                readings(of: other, language: language), readings(of: set, language: otherLanguage),
                readings(of: changed, language: language),
            ] {
                #expect(checker.check(set, language: language, kept: stale) == checker.check(set, language: language))
            }
        }
    }

    /// A key result edited after it was read, and one removed (as /back does), are read again.
    @Test func anEditedOrRemovedKeyResultIsReadAgain() {
        let language = LanguageCode("en")
        var set = OKRSet(
            cycle: "2027-Q1",
            objectives: [
                Objective(
                    title: "Make onboarding effortless for small clinics so that they stay",
                    keyResults: [KeyResult("Launch the new onboarding flow"), KeyResult("Try to improve NPS")])
            ])
        let kept = readings(of: set, language: language)
        let before = checker.check(set, language: language)
        set.objectives[0].keyResults[0].text = "Increase weekly active clinics from 420 to 600"
        let edited = checker.check(set, language: language, kept: kept)
        #expect(edited == checker.check(set, language: language))
        #expect(edited.findings.filter { $0.keyResult == 1 } != before.findings.filter { $0.keyResult == 1 })
        set.objectives[0].keyResults.removeLast()
        #expect(checker.check(set, language: language, kept: kept) == checker.check(set, language: language))
    }

    /// `keepReadings` reads only the places without a reading that fits: a fitting one stays as
    /// it is (a planted finding shows in the report), a stale one is read again.
    @Test func keepingReadingsReadsOnlyWhatNoLongerFits() {
        let language = LanguageCode("en")
        var set = OKRSet(
            cycle: "2027-Q1",
            objectives: [Objective(title: "Grow", keyResults: [KeyResult("Launch it"), KeyResult("Try harder")])])
        let planted = Finding(rule: .keyResultVague, objective: 1, keyResult: 1, message: "Planted.", hint: "")
        var kept = KeptReadings()
        kept.keep(
            KeptReading(text: "Launch it", language: language, setFact: true, findings: [planted], key: "launch it"),
            objective: 0, keyResult: 0, of: set)
        checker.keepReadings(of: set, language: language, in: &kept)
        let report = checker.check(set, language: language, kept: kept)
        #expect(report.findings.contains { $0.message == "Planted." && $0.keyResult == 1 })
        #expect(
            report.findings.filter { $0.keyResult == 2 }
                == checker.check(set, language: language).findings.filter { $0.keyResult == 2 })
        set.cycle = nil
        checker.keepReadings(of: set, language: language, in: &kept)
        let again = kept
        checker.keepReadings(of: set, language: language, in: &kept)
        #expect(kept == again)
        #expect(checker.check(set, language: language, kept: kept) == checker.check(set, language: language))
    }

    /// Places the set does not have keep nothing, however far off.
    @Test func placesOutsideTheSetKeepNothing() {
        let set = OKRSet(objectives: [Objective(title: "Grow", keyResults: [KeyResult("Launch it")])])
        let reading = checker.reading(keyResult: "Launch it", setHasCycle: false, language: LanguageCode("en"))
        var kept = KeptReadings()
        for place in [-1, 1, 2, Int.max, Int.min] {
            kept.keep(reading, objective: place, of: set)
            kept.keep(reading, objective: place, keyResult: 0, of: set)
            kept.keep(reading, objective: 0, keyResult: place, of: set)
        }
        #expect(kept.isEmpty)
        kept.keep(reading, objective: 0, keyResult: 0, of: set)
        #expect(!kept.isEmpty)
    }
}

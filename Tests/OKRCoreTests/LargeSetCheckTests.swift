import OKRCore
import Testing

/// A large set is read on every core; its report must be the one a single pass gives.
struct LargeSetCheckTests {
    private let checker = Checker(languages: TestLanguages.shared)

    /// 130 objectives with the same key result: every repeat points back at the first,
    /// across the slices the objectives are split into, and the findings stay in reading order.
    @Test func duplicatesAcrossSlicesPointAtTheFirst() {
        let objectives = (1...130).map { number in
            Objective(
                title: "Grow clinic bookings so that clinics stay \(number)",
                keyResults: [
                    KeyResult("Increase weekly bookings from 40 to 60 by June"), KeyResult("Publish 3 guides"),
                ])
        }
        let report = checker.check(OKRSet(lang: LanguageCode("en"), objectives: objectives))
        let duplicates = report.findings.filter { $0.rule == .duplicateKeyResult }
        #expect(duplicates.count == 2 * 129)
        #expect(duplicates.allSatisfy { $0.message.contains("O1") })
        let places = report.findings.compactMap { finding in finding.objective.map { ($0, finding.keyResult ?? 0) } }
        #expect(zip(places, places.dropFirst()).allSatisfy { $0 <= $1 })
    }

    /// The report of a large set equals, objective by objective, the reports of the same
    /// objectives checked in sets of their own (too small to be split), duplicates aside.
    @Test func aLargeSetIsCheckedAsItsObjectivesAre() {
        let texts = ["Reduce churn from 5 % to 3 %", "Try to improve NPS significantly", "Launch the new app", ""]
        let objectives = (0..<100).map { index in
            Objective(
                title: index % 7 == 0 ? "" : "Maintain uptime \(index)",
                keyResults: (0..<(index % 5)).map { KeyResult(texts[($0 + index) % texts.count] + " \(index)") })
        }
        let whole = checker.check(OKRSet(lang: LanguageCode("en"), cycle: "2027-Q1", objectives: objectives))
        for (offset, objective) in objectives.enumerated() {
            let alone = checker.check(OKRSet(lang: LanguageCode("en"), cycle: "2027-Q1", objectives: [objective]))
            let expected = alone.findings.map { "\($0.rule.rawValue) \($0.keyResult ?? 0) \($0.message)" }
            let found = whole.findings.filter { $0.objective == offset + 1 && $0.rule != .duplicateKeyResult }
                .map { "\($0.rule.rawValue) \($0.keyResult ?? 0) \($0.message)" }
            #expect(found == expected, "objective \(offset + 1)")
        }
    }
}

/// A set with nothing in it is checked without a crash, in every language and undetected.
struct EmptySetCheckTests {
    @Test func anEmptySetHasNoFindingsButTheScore() {
        let checker = Checker(languages: TestLanguages.shared)
        #expect(checker.check(OKRSet()).findings.isEmpty)
        #expect(checker.check(OKRSet(lang: LanguageCode("nb"))).findings.isEmpty)
        #expect(LanguageDetector(TestLanguages.shared).detect("") == nil)
    }
}

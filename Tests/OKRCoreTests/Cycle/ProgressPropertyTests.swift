import OKRCore
import TestSupport
import Testing

/// Properties of progress and grading that hold for every kind of key result, over many random cases.
struct ProgressPropertyTests {
    static let rounds = 5_000

    /// A baseline and a target that differ, in the direction of the kind.
    static func ends(_ kind: KeyResultKind, _ random: inout SeededGenerator) -> (Double, Double) {
        let low = Double.random(in: -1_000...1_000, using: &random).rounded()
        let high = low + Double.random(in: 1...5_000, using: &random).rounded()
        return kind == .increase ? (low, high) : (high, low)
    }

    @Test(arguments: [KeyResultKind.increase, .decrease]) func baselineIsZeroAndTargetIsOne(_ kind: KeyResultKind) {
        var random = SeededGenerator(seed: 1)
        for _ in 0..<Self.rounds {
            let (baseline, target) = Self.ends(kind, &random)
            #expect(Progress.fraction(kind: kind, baseline: baseline, target: target, value: baseline) == 0)
            #expect(Progress.fraction(kind: kind, baseline: baseline, target: target, value: target) == 1)
        }
    }

    @Test(arguments: [KeyResultKind.increase, .decrease]) func movingInTheKindsDirectionRaisesProgress(
        _ kind: KeyResultKind
    ) {
        var random = SeededGenerator(seed: 2)
        for _ in 0..<Self.rounds {
            let (baseline, target) = Self.ends(kind, &random)
            let a = Double.random(in: -7_000...7_000, using: &random)
            let b = Double.random(in: -7_000...7_000, using: &random)
            guard a != b else { continue }
            let better = kind == .increase ? max(a, b) : min(a, b)
            let worse = better == a ? b : a
            let high = Progress.fraction(kind: kind, baseline: baseline, target: target, value: better)!
            let low = Progress.fraction(kind: kind, baseline: baseline, target: target, value: worse)!
            #expect(high > low)
        }
    }

    @Test(arguments: [KeyResultKind.increase, .decrease]) func beyondTheTargetIsMoreThanOneAndGradesOne(
        _ kind: KeyResultKind
    ) {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<Self.rounds {
            let (baseline, target) = Self.ends(kind, &random)
            let beyond = target + (target - baseline) * Double.random(in: 0.01...3, using: &random)
            let wrongWay = baseline - (target - baseline) * Double.random(in: 0.01...3, using: &random)
            let over = Progress.fraction(kind: kind, baseline: baseline, target: target, value: beyond)!
            let under = Progress.fraction(kind: kind, baseline: baseline, target: target, value: wrongWay)!
            #expect(over > 1 && Progress.clamped(over) == 1 && Grade.suggested(for: over) == 1)
            #expect(under < 0 && Progress.clamped(under) == 0 && Grade.suggested(for: under) == 0)
        }
    }

    @Test func theIssuesExampleDecrease() {
        #expect(Progress.fraction(kind: .decrease, baseline: 24, target: 8, value: 12) == 0.75)
    }

    @Test(arguments: [KeyResultKind.atLeast, .atMost]) func thresholdsAreHeldOrNot(_ kind: KeyResultKind) {
        var random = SeededGenerator(seed: 4)
        for _ in 0..<Self.rounds {
            let target = Double.random(in: -100...100, using: &random)
            let value = Double.random(in: -100...100, using: &random)
            let held = kind == .atLeast ? value >= target : value <= target
            #expect(Progress.fraction(kind: kind, baseline: nil, target: target, value: value) == (held ? 1 : 0))
            #expect(Progress.fraction(kind: kind, baseline: nil, target: target, value: target) == 1)
        }
        #expect(Progress.fraction(kind: kind, baseline: 5, target: nil, value: 5) == nil)
    }

    @Test func milestonesAreDoneOrNot() {
        #expect(Progress.fraction(kind: .milestone, baseline: nil, target: nil, value: 1) == 1)
        #expect(Progress.fraction(kind: .milestone, baseline: nil, target: nil, value: 0) == 0)
        #expect(Progress.fraction(kind: .milestone, baseline: nil, target: nil, value: nil) == nil)
    }

    @Test(arguments: KeyResultKind.allCases) func noValueOrANonFiniteOneIsNoProgress(_ kind: KeyResultKind) {
        for value in [nil, Double.nan, Double.infinity] {
            #expect(Progress.fraction(kind: kind, baseline: 0, target: 10, value: value) == nil)
        }
    }

    @Test(arguments: [KeyResultKind.increase, .decrease]) func aMissingBaselineIsTheFirstCheckIn(_ kind: KeyResultKind)
    {
        #expect(Progress.fraction(kind: kind, baseline: nil, target: 10, value: 5) == nil)
        let day = Day(year: 2026, month: 11, day: 2)
        var keyResult = KeyResult("x", kind: kind, target: kind == .increase ? 200 : 50)
        #expect(keyResult.progress == nil)
        keyResult.checkIns = [CheckIn(day: day, value: 100)]
        #expect(keyResult.effectiveBaseline == 100 && keyResult.progress == 0)
        keyResult.checkIns.append(CheckIn(day: day.adding(days: 7), value: kind == .increase ? 150 : 75))
        #expect(keyResult.progress == 0.5)
        keyResult.baseline = 0
        #expect(keyResult.effectiveBaseline == 0)
    }

    @Test func aTargetEqualToTheBaselineIsReachedOrNot() {
        #expect(Progress.fraction(kind: .increase, baseline: 5, target: 5, value: 6) == 1)
        #expect(Progress.fraction(kind: .increase, baseline: 5, target: 5, value: 4) == 0)
        #expect(Progress.fraction(kind: .decrease, baseline: 5, target: 5, value: 4) == 1)
    }

    @Test func suggestedGradesAreTenthsWithinZeroAndOne() {
        var random = SeededGenerator(seed: 5)
        for _ in 0..<Self.rounds {
            let grade = Grade.suggested(for: Double.random(in: -2...3, using: &random))
            #expect((0...1).contains(grade))
            #expect(abs(grade * 10 - (grade * 10).rounded()) < 1e-9)
        }
        #expect(Grade.suggested(for: nil) == 0)
        #expect(Grade.suggested(for: 0.61) == 0.6)
        #expect(Grade.suggested(for: 0.65) == 0.7)
    }

    @Test func bands() {
        #expect([0, 0.1, 0.3].map(Grade.Band.init) == [.red, .red, .red])
        #expect([0.4, 0.5, 0.6].map(Grade.Band.init) == [.yellow, .yellow, .yellow])
        #expect([0.7, 0.9, 1].map(Grade.Band.init) == [.green, .green, .green])
        #expect(Grade.Band(0.34) == .red && Grade.Band(0.66) == .green)
    }

    @Test func anObjectivesGradeIsTheWeightedMeanOfItsGradedKeyResults() {
        var objective = Objective(title: "o", keyResults: [KeyResult("a", grade: 1), KeyResult("b", grade: 0.4)])
        #expect(abs(Grade.objective(objective)! - 0.7) < 1e-9)
        objective.keyResults[0].weight = 2
        #expect(abs(Grade.objective(objective)! - 0.8) < 1e-9)
        objective.keyResults.append(KeyResult("c"))
        #expect(abs(Grade.objective(objective)! - 0.8) < 1e-9)
        #expect(Grade.objective(Objective(title: "none", keyResults: [KeyResult("a")])) == nil)
        #expect(Grade.objective(Objective(title: "zero", keyResults: [KeyResult("a", weight: 0, grade: 1)])) == nil)
    }

    @Test func gradesAreReadAndWritten() {
        #expect(Grade.read("0,7") == 0.7 && Grade.read(".7") == 0.7 && Grade.read("1") == 1)
        #expect(Grade.read("1.5") == nil && Grade.read("-0.1") == nil && Grade.read("good") == nil)
        #expect([0.7, 1, 0.65, 0].map(Grade.written) == ["0.7", "1.0", "0.65", "0.0"])
    }
}

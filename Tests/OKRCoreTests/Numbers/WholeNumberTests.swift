import OKRCore
import Testing

/// Formatting never traps: whole numbers from any double, grades, bands, bars and progress.
struct WholeNumberTests {
    static let hostile: [Double] = [
        .nan, .infinity, -.infinity, 1e20, -1e20, 2e19, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e15,
        -1e15,
        .leastNonzeroMagnitude, 0, -0.0,
    ]

    @Test func saturatingHoldsEveryDoubleToAnInt() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == .max)
        #expect(Int(saturating: -.infinity) == .min)
        #expect(Int(saturating: 1e20) == .max)
        #expect(Int(saturating: -1e20) == .min)
        #expect(Int(saturating: 42.9) == 42)
        #expect(Int(saturating: -42.9) == -42)
    }

    @Test func wholeTextWritesDigitsWithinTheLimitAndSwiftsFormBeyondIt() {
        #expect(74.6.wholeText == "75")
        #expect((-3.2).wholeText == "-3")
        #expect(1e20.wholeText == "1e+20")
        #expect(Double.nan.wholeText == "nan")
        #expect((-Double.infinity).wholeText == "-inf")
    }

    @Test(arguments: hostile) func gradesBandsAndBarsTakeAnyValue(_ value: Double) {
        #expect(!Grade.written(value).isEmpty)
        _ = Grade.Band(value)
        #expect(Progress.bar(value).count == 10)
        #expect(Progress.bar(value, width: -3).isEmpty)
        let grade = Grade.suggested(for: value)
        #expect((0...1).contains(grade))
    }

    @Test func progressOfValuesTooFarApartIsUnknownNotInfinite() {
        let huge = Progress.fraction(
            kind: .increase, baseline: -.greatestFiniteMagnitude, target: .greatestFiniteMagnitude, value: 0)
        #expect(huge == nil || huge!.isFinite)
        #expect(
            Progress.fraction(
                kind: .increase, baseline: 0, target: .leastNonzeroMagnitude, value: .greatestFiniteMagnitude) == nil)
        #expect(Progress.fraction(kind: .increase, baseline: 420, target: 600, value: 1e20)?.isFinite == true)
    }

    @Test(arguments: ["0.7", "0,7", ".7", "1", "0", " 0.65 "]) func aGradeIsReadInAnyLanguage(_ text: String) {
        #expect(Grade.read(text) != nil)
    }

    @Test(arguments: ["0x0.8p0", "5e-1", "nan", "inf", "1.5", "-0.1", "0.7\u{0}", "20000000000000000000", "7/10", ""])
    func aGradeThatIsNoPlainNumberFromZeroToOneIsRefused(_ text: String) {
        #expect(Grade.read(text) == nil)
    }
}

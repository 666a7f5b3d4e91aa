/// Grades at the end of a cycle: 0.0 to 1.0 in tenths, and the colour band of a grade.
public enum Grade {
    /// The colour bands: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green.
    public enum Band: String, Sendable, CaseIterable {
        case red, yellow, green

        /// The band of a grade, read to one decimal (0.65 is 0.7, green).
        public init(_ grade: Double) {
            let tenths = Int(saturating: (Progress.clamped(grade) * 10).rounded())
            self = tenths >= 7 ? .green : tenths >= 4 ? .yellow : .red
        }
    }

    /// The grade suggested for a progress: held to 0...1 and rounded to a tenth.
    public static func suggested(for progress: Double?) -> Double {
        tenth(Progress.clamped(progress ?? 0))
    }

    /// A grade rounded to a tenth.
    public static func tenth(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// A grade read from an answer in any language: "0.7", "0,7", ".7", "1"; nil outside 0...1.
    public static func read(_ text: String) -> Double? {
        let written = text.replacingOccurrences(of: ",", with: ".")
        guard let value = NumberReader(decimal: ".", grouping: []).value(written), (0...1).contains(value) else {
            return nil
        }
        return value
    }

    /// The grade of an objective: the mean of its key results' grades, weighted where weights are set.
    /// Key results without a grade are left out; nil when none has one.
    public static func objective(_ objective: Objective) -> Double? {
        let graded = objective.keyResults.compactMap { result in result.grade.map { ($0, max(0, result.weight ?? 1)) } }
        let total = graded.reduce(0) { $0 + $1.1 }
        guard !graded.isEmpty, total > 0 else { return nil }
        return graded.reduce(0) { $0 + $1.0 * $1.1 } / total
    }

    /// A grade written to two decimals at most: "0.7", "0.65", "1.0".
    public static func written(_ grade: Double) -> String {
        let hundredths = Int(saturating: (grade * 100).rounded())
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return "\(whole).0" }
        if rest % 10 == 0 { return "\(whole).\(rest / 10)" }
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}

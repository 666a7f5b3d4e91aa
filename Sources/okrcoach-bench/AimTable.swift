import Foundation

/// The figures of one run that have an aim, each with its ratio to the aim, printed together at
/// the end so that a run says at a glance which aims it meets.
struct AimTable {
    private var rows: [(what: String, figure: String, aim: String, ratio: Double, met: Bool)] = []

    /// A figure that should be at most `aim` (a time); its ratio is figure ÷ aim, 1 or less meets it.
    mutating func atMost(_ what: String, _ figure: Double, aim: Double, unit: String) {
        rows.append(
            (
                what, String(format: "%.1f ", figure) + unit, String(format: "≤ %.0f ", aim) + unit, figure / aim,
                figure <= aim
            ))
    }

    /// A figure that should be at least `aim` (a speed-up); its ratio is figure ÷ aim, 1 or more meets it.
    mutating func atLeast(_ what: String, _ figure: Double, aim: Double, unit: String) {
        rows.append(
            (
                what, String(format: "%.2f", figure) + unit, String(format: "≥ %.0f", aim) + unit, figure / aim,
                figure >= aim
            ))
    }

    func print() {
        Swift.print("Against the aims, this run (figure ÷ aim):")
        let width = rows.map(\.what.count).max() ?? 0
        for row in rows {
            let padded = row.what.padding(toLength: width, withPad: " ", startingAt: 0)
            let ratio = String(format: "%.2f", row.ratio)
            Swift.print(
                "  \(padded)  \(row.figure) (aim \(row.aim)): \(ratio) of the aim, \(row.met ? "met" : "not met")")
        }
    }
}

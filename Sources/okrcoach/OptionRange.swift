import ArgumentParser

/// The limits of the options that take a number of seconds, lines or a clock speed: a value
/// outside them (infinity, 1e300, a negative) would trap where it becomes a `Duration`, so it
/// is refused up front with one line on standard error and exit 2.
enum OptionRange {
    /// Seconds: from a hundredth to a week.
    static let seconds = 0.01...604_800.0
    /// Lines at once: from one to a million (the load test sends 100,000).
    static let lines = 1...1_000_000

    /// Refuses a value outside its range, naming the option and the range.
    static func check(_ value: Double, _ option: String, in range: ClosedRange<Double> = seconds) throws {
        guard value.isFinite, range.contains(value) else {
            Terminal.printError(
                "okrcoach: \(option): \(value) is out of range; give a number from \(range.lowerBound) to \(range.upperBound)")
            throw ExitCode(2)
        }
    }

    static func check(_ value: Int, _ option: String, in range: ClosedRange<Int> = lines) throws {
        guard range.contains(value) else {
            Terminal.printError(
                "okrcoach: \(option): \(value) is out of range; give a whole number from \(range.lowerBound) to \(range.upperBound)")
            throw ExitCode(2)
        }
    }
}

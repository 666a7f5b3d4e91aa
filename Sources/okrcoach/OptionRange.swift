/// The limits of the options that take a number of seconds, lines or a clock speed: a value
/// outside them (infinity, 1e300, a negative) would trap where it becomes a `Duration`, so it
/// is refused up front, naming the option and the range.
enum OptionRange {
    /// Seconds: from a hundredth to a week.
    static let seconds = 0.01...604_800.0
    /// Lines at once: from one to a million (the load test sends 100,000).
    static let lines = 1...1_000_000

    /// Refuses a value outside its range, naming the option and the range.
    static func check(_ value: Double, _ option: String, in range: ClosedRange<Double> = seconds) throws(CommandFailure)
    {
        guard value.isFinite, range.contains(value) else {
            throw CommandFailure(
                option: option, .outOfRange,
                ["value": "\(value)", "low": "\(range.lowerBound)", "high": "\(range.upperBound)"])
        }
    }

    /// Refuses a whole number outside its range; a range with no upper end says "or more".
    static func check(_ value: Int?, _ option: String, in range: ClosedRange<Int> = lines) throws(CommandFailure) {
        guard let value, !range.contains(value) else { return }
        guard range.upperBound < Int.max else {
            throw CommandFailure(option: option, .atLeast, ["value": "\(value)", "low": "\(range.lowerBound)"])
        }
        throw CommandFailure(
            option: option, .wholeOutOfRange,
            ["value": "\(value)", "low": "\(range.lowerBound)", "high": "\(range.upperBound)"])
    }

    /// Refuses a `--set` number below 1: sets are numbered from 1, as /list shows them.
    static func checkSet(_ set: Int?) throws(CommandFailure) {
        guard let set, set < 1 else { return }
        throw CommandFailure(option: "--set", .setCountsFromOne, ["value": "\(set)"])
    }
}

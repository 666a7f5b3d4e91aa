import OKRCore

extension Day {
    /// The day a `--date` option names, nil when it is not given.
    ///
    /// - Throws: `CommandFailure` when it names no day okrcoach takes (a year outside 1900–2200 among them).
    static func option(_ text: String?) throws(CommandFailure) -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else {
            throw CommandFailure(
                option: "--date", .noDay, ["text": text, "from": "\(years.lowerBound)", "to": "\(years.upperBound)"])
        }
        return day
    }
}

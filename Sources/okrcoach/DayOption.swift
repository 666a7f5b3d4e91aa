import OKRCore

extension Day {
    /// The day a `--date` option names, nil when it is not given.
    ///
    /// - Throws: `CommandFailure` when it names no day okrcoach takes (a year outside 1900–2200 among them);
    ///   a long text is cut in the message, which stays one short line.
    static func option(_ text: String?) throws(CommandFailure) -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else {
            let shown = text.count > 40 ? String(text.prefix(39)) + "…" : text
            throw CommandFailure(
                option: "--date", .noDay, ["text": shown, "from": "\(years.lowerBound)", "to": "\(years.upperBound)"])
        }
        return day
    }
}

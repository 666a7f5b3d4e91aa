import ArgumentParser
import OKRCore

extension Day {
    /// The day a `--date` option names, nil when it is not given; when it names no day okrcoach
    /// takes (a year outside 1900–2200 among them), one line on standard error and exit 2.
    static func option(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else {
            Terminal.printError(
                "okrcoach: --date: '\(text)' is no day; write it as YYYY-MM-DD with a year from "
                    + "\(years.lowerBound) to \(years.upperBound), for example 2026-11-23")
            throw ExitCode(2)
        }
        return day
    }
}

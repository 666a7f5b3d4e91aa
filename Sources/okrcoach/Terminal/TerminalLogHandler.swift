import Foundation
import Logging

/// Writes the bot's log (swift-log) on standard error, one line an entry: the time in UTC, the
/// level and the message, with control characters shown as signs like every line okrcoach prints.
/// `2026-12-05T22:31:07.412Z notice okrcoach: nick in use; trying okrcoach_`
struct TerminalLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        Terminal.printError("\(Self.timestamp(Date())) \(event.level) okrcoach: \(event.message)")
    }

    /// ISO 8601 in UTC with milliseconds: sorts as text, and reads the same on every machine.
    static func timestamp(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current).year().month().day()
                .time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

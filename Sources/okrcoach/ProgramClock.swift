import CoachEngine
import Foundation
import OKRCore

extension CoachClock {
    /// The environment variable that names a clock file, for tests.
    static let fileVariable = "OKRCOACH_CLOCK_FILE"

    /// The clock every command reads today and the time from: the system's, or, when
    /// `OKRCOACH_CLOCK_FILE` names a file, the local time written in it ("2026-12-31T23:59" or
    /// "2026-12-31"). The file is read again each time the clock is, so a test moves a running
    /// bot's time by rewriting it; while it holds no time (half written), the last time it held counts.
    ///
    /// - Throws: `InputError` naming the file when it cannot be read or holds no time at the start.
    static func program(environment: [String: String] = ProcessInfo.processInfo.environment) throws(InputError)
        -> CoachClock
    {
        guard let path = environment[fileVariable], !path.isEmpty else { return .system }
        let first = try time(in: path)
        let last = LastTime(first)
        return CoachClock {
            guard let time = try? time(in: path) else { return last.value }
            last.value = time
            return time
        }
    }

    /// The local time a clock file holds.
    private static func time(in path: String) throws(InputError) -> Date {
        let text = try InputFile.read(path: path).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let time = localTime(text) else {
            throw InputError(source: path, .clockFileTakes, ["variable": fileVariable])
        }
        return time
    }
}

/// The last time a clock file held, shared by every reading of the clock.
private final class LastTime: @unchecked Sendable {
    private let lock = NSLock()
    private var time: Date

    init(_ time: Date) {
        self.time = time
    }

    var value: Date {
        get { lock.withLock { time } }
        set { lock.withLock { time = newValue } }
    }
}

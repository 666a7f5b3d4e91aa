import Foundation

/// A running `okrcoach` fed line by line through a pipe, for tests that kill it half way.
final class RunningProgram: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received = ""

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = Okrcoach.program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.received += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    /// Everything the program has printed so far.
    var printed: String {
        lock.withLock { received }
    }

    /// Waits until the program has printed a text, for at most ten seconds.
    @discardableResult
    func waitFor(_ text: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if printed.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    func type(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// SIGKILL: no chance to save anything.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }

    /// Closes the input (end of script) and waits for the program to leave.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }
}

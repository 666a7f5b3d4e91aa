import Foundation

/// A real terminal: okrcoach running in a tmux pane, typed into with send-keys and read with capture-pane.
final class TmuxTerminal {
    let name: String
    private static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether tmux is installed; the tests that need it skip, saying so, when it is not.
    static var isAvailable: Bool { tmux != nil }

    /// Starts the program in a new detached tmux session (the pane stays after the program ends).
    init(command: [String], environment: [String: String]) throws {
        name = "okrcoach-test-\(UUID().uuidString.prefix(8))"
        let env = environment.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env", "-u", "NO_COLOR"] + env + command).map(Self.quoted).joined(separator: " ")
        // The first command starts the tmux server, which must not hold our pipe open.
        try run(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", shellCommand], capture: false)
        try run(["set-option", "-t", name, "remain-on-exit", "on"], capture: false)
    }

    deinit {
        _ = try? run(["kill-session", "-t", name], capture: false)
    }

    /// Types keys: text, or tmux key names such as "Enter", "Tab", "C-c", "C-d", "Up".
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys, capture: false)
    }

    /// Types text literally, then Enter.
    func typeLine(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text], capture: false)
        try run(["send-keys", "-t", name, "Enter"], capture: false)
    }

    /// What the pane shows now.
    func screen() -> String {
        (try? run(["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// Waits (at most ten seconds) until the screen shows a text.
    @discardableResult
    func waitFor(_ text: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Whether the program in the pane has ended.
    func hasEnded() -> Bool {
        let dead = (try? run(["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? ""
        return dead.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmux ?? "tmux")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard capture else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

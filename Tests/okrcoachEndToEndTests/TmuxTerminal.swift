import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real terminal: okrcoach running in a tmux pane, typed into with send-keys and read with capture-pane.
/// Each terminal has a tmux server of its own (its own socket, no configuration file), which is stopped,
/// with the program in its pane, when the test lets go of the terminal.
final class TmuxTerminal {
    let name: String
    private let folder: URL
    private var serverPID: pid_t = 0
    private var panePID: pid_t = 0
    private static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Whether tmux is installed; the tests that need it skip, saying so, when it is not.
    static var isAvailable: Bool { tmux != nil }

    /// Starts the program in a new detached tmux session (the pane stays after the program ends).
    init(command: [String], environment: [String: String]) throws {
        name = "okrcoach-test-\(UUID().uuidString.prefix(8))"
        // A short path: a socket's name may be at most 107 bytes long.
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("okrcoach-tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let env = environment.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env", "-u", "NO_COLOR"] + env + command).map(Self.quoted).joined(separator: " ")
        // This starts the tmux server, which keeps nothing of ours open: it is spawned with only /dev/null.
        let started = try run(["new-session", "-d", "-s", name, "-x", "120", "-y", "40", shellCommand])
        guard started.status == 0 else {
            throw TmuxError(message: "tmux new-session: \(String(decoding: started.errors, as: UTF8.self))")
        }
        try run(["set-option", "-t", name, "remain-on-exit", "on"])
        let pids = String(
            decoding: try run(["display-message", "-p", "-t", name, "#{pid} #{pane_pid}"]).output, as: UTF8.self
        )
        .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if pids.count == 2 {
            serverPID = pids[0]
            panePID = pids[1]
        }
    }

    deinit {
        _ = try? run(["kill-server"])
        // Whatever did not go with the server goes now.
        for pid in [panePID, serverPID] where pid > 0 {
            let deadline = Date().addingTimeInterval(2)
            while Self.isAlive(pid), Date() < deadline { usleep(10_000) }
            if Self.isAlive(pid) { Glibc.kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Types keys: text, or tmux key names such as "Enter", "Tab", "C-c", "C-d", "Up".
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types text literally, then Enter.
    func typeLine(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
        try run(["send-keys", "-t", name, "Enter"])
    }

    /// What the pane shows now.
    func screen() -> String {
        (try? run(["capture-pane", "-p", "-t", name])).map { String(decoding: $0.output, as: UTF8.self) } ?? ""
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

    /// Sets a tmux option for the whole server ("set-clipboard", "on").
    func setOption(_ option: String, _ value: String) throws {
        try run(["set-option", "-g", option, value])
    }

    /// The pane's title, which a program sets with `ESC ] 2 ; … BEL`.
    func title() -> String {
        let title = try? run(["display-message", "-p", "-t", name, "#{pane_title}"])
        return title.map { String(decoding: $0.output, as: UTF8.self).trimmingCharacters(in: .newlines) } ?? ""
    }

    /// tmux's paste buffers, which a program fills with a clipboard write (`ESC ] 52 ; c ; …`).
    func buffers() -> String {
        (try? run(["list-buffers"])).map { String(decoding: $0.output, as: UTF8.self) } ?? ""
    }

    /// Whether the program in the pane has ended.
    func hasEnded() -> Bool {
        let dead = (try? run(["display-message", "-p", "-t", name, "#{pane_dead}"])).map {
            String(decoding: $0.output, as: UTF8.self)
        }
        return dead?.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// One tmux command on this terminal's server, which must answer within twenty seconds.
    @discardableResult
    private func run(_ arguments: [String]) throws -> ChildProcess.Result {
        let socket = folder.appendingPathComponent("socket").path
        return try ChildProcess.run(
            Self.tmux ?? "/usr/bin/tmux", ["-S", socket, "-f", "/dev/null"] + arguments, seconds: 20)
    }

    /// Whether a process exists and has not ended (a zombie has; no one may be left to reap it).
    private static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return false }
        return !stat[afterName.upperBound...].hasPrefix("Z")
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux command that failed, with what tmux said.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

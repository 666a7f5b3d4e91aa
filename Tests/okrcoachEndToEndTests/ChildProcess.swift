import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A program the tests start: spawned with only its standard input, output and error open, and every
/// wait for it bounded; past the deadline it is killed with SIGKILL and the test records a failure.
///
/// Foundation's `Process` is not used. On Linux it learns that a child ended through a socket the child
/// inherits, so when a child forks a daemon (as the first `tmux new-session` starts the tmux server), the
/// daemon keeps that socket and `waitUntilExit()` waits for as long as the daemon lives: for ever.
final class ChildProcess: @unchecked Sendable {
    /// Where one of the child's standard streams goes.
    enum Stream {
        case null
        case descriptor(Int32)
    }

    /// A program run to its end: its exit status (128 + the signal when a signal ended it) and what it printed.
    struct Result {
        let status: Int32
        let output: Data
        let errors: Data
    }

    let pid: pid_t
    /// The program's name, for failure messages.
    let name: String
    private let lock = NSLock()
    private var status: Int32?

    /// Starts a program; `environment` nil means the test process's own.
    init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, in directory: String? = nil,
        input: Stream = .null, output: Stream = .null, errors: Stream = .null
    ) throws {
        _ = Self.ignoreBrokenPipes
        name = URL(fileURLWithPath: executable).lastPathComponent
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, stream) in [(Int32(0), input), (1, output), (2, errors)] {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_RDWR, 0)
            case .descriptor(let descriptor): posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            }
        }
        // Nothing else of the test process reaches the child: no other test's pipe, no socket.
        if let closeFrom = Self.closeFrom {
            _ = closeFrom(&actions, 3)
        } else {
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        }
        if let directory {
            guard let changeDirectory = Self.changeDirectory else { throw POSIXError(.ENOSYS) }
            _ = changeDirectory(&actions, directory)
        }

        // The child starts as a shell would start it: no signal blocked, SIGPIPE not ignored.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        self.pid = pid
    }

    deinit {
        kill()
    }

    /// Whether the program is still running.
    var isRunning: Bool { reap() == nil }

    /// Waits until the program ends, at most `seconds`; past that it is killed and the test fails.
    @discardableResult
    func wait(seconds: Double) -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let status = reap() { return status }
            usleep(5_000)
        }
        Issue.record("\(name) (pid \(pid)) did not end within \(Int(seconds)) s; killed it")
        kill()
        return reap() ?? 128 + SIGKILL
    }

    /// Sends a signal (SIGTERM, SIGINT) unless the program has ended; `wait(seconds:)` then sees it go.
    func send(_ signal: Int32) {
        guard reap() == nil else { return }
        Glibc.kill(pid, signal)
    }

    /// SIGKILL, unless the program has ended, and waits the moment it takes to go.
    func kill() {
        guard reap() == nil else { return }
        Glibc.kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while reap() == nil, Date() < deadline { usleep(2_000) }
    }

    /// The exit status once the program has ended (collecting it the first time), nil while it runs.
    private func reap() -> Int32? {
        lock.withLock {
            if let status { return status }
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
            } else if result == -1, errno == ECHILD {
                status = -1
            }
            return status
        }
    }

    /// Runs a program to its end: writes `input` to it while collecting its output and errors, all within
    /// `seconds`. Past the deadline the program is killed, the test fails, and what came so far is returned.
    static func run(
        _ executable: String, _ arguments: [String], input: Data = Data(), environment: [String: String]? = nil,
        in directory: String? = nil, seconds: Double = 120
    ) throws -> Result {
        let stdin = try pipe()
        let stdout = try pipe()
        let stderr = try pipe()
        let child: ChildProcess
        do {
            child = try ChildProcess(
                executable, arguments, environment: environment, in: directory,
                input: .descriptor(stdin.read), output: .descriptor(stdout.write), errors: .descriptor(stderr.write))
        } catch {
            [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write].forEach { close($0) }
            throw error
        }
        [stdin.read, stdout.write, stderr.write].forEach { close($0) }
        var open = [stdin.write, stdout.read, stderr.read]
        defer { open.filter { $0 >= 0 }.forEach { close($0) } }
        for descriptor in open { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }

        let pending = [UInt8](input)
        var written = 0
        var collected = [Data(), Data()]
        if pending.isEmpty {
            close(open[0])
            open[0] = -1
        }
        let deadline = Date().addingTimeInterval(seconds)
        var exitedAt: Date?
        while open[1] >= 0 || open[2] >= 0 {
            let now = Date()
            if now >= deadline {
                let printed = String(decoding: collected[0] + collected[1], as: UTF8.self).suffix(2_000)
                Issue.record(
                    "\(child.name) \(arguments.joined(separator: " ")) did not end within \(Int(seconds)) s; killed it. It printed: \(printed)"
                )
                child.kill()
                return Result(status: child.wait(seconds: 10), output: collected[0], errors: collected[1])
            }
            // A program that has ended but whose output some process it started still holds open.
            if exitedAt == nil, !child.isRunning { exitedAt = now }
            if let exitedAt, now.timeIntervalSince(exitedAt) > 5 {
                Issue.record("\(child.name) ended, but something it started still holds its output open")
                break
            }
            var descriptors = [
                pollfd(fd: open[0], events: Int16(POLLOUT), revents: 0),
                pollfd(fd: open[1], events: Int16(POLLIN), revents: 0),
                pollfd(fd: open[2], events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&descriptors, 3, 100) > 0 else { continue }
            if open[0] >= 0, descriptors[0].revents != 0 {
                let count = pending[written...].withUnsafeBytes {
                    Glibc.write(open[0], $0.baseAddress, min($0.count, 65_536))
                }
                if count > 0 { written += count }
                if written == pending.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                    close(open[0])
                    open[0] = -1
                }
            }
            for index in 1...2 where open[index] >= 0 && descriptors[index].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let count = Glibc.read(open[index], &chunk, chunk.count)
                if count > 0 {
                    collected[index - 1].append(contentsOf: chunk[..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    close(open[index])
                    open[index] = -1
                }
            }
        }
        let status = child.wait(seconds: max(1, deadline.timeIntervalSinceNow))
        return Result(status: status, output: collected[0], errors: collected[1])
    }

    /// A pipe whose ends no other program inherits by accident (close-on-exec; every child this type
    /// starts closes all but its three standard streams anyway).
    static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard Glibc.pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Writing to a program that has gone is an error to handle (EPIPE), not the end of the test process.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    private typealias FileActionWithNumber =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias FileActionWithPath =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34), which Swift's Glibc module does not show.
    private static let closeFrom: FileActionWithNumber? = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np"
    ).map { unsafeBitCast($0, to: FileActionWithNumber.self) }

    /// glibc's posix_spawn_file_actions_addchdir_np (2.29).
    private static let changeDirectory: FileActionWithPath? = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np"
    ).map { unsafeBitCast($0, to: FileActionWithPath.self) }
}

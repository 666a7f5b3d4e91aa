import Foundation

/// The real coach, `okrcoach serve --listen 127.0.0.1:0`, as a child process with its own SQLite file.
struct CoachProcess {
    let pid: pid_t
    let port: Int
    let database: String

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts the program and waits (at most `timeout` seconds) for its "okrcoach: listening on 127.0.0.1:PORT".
    static func start(program: String, timeout: Double = 30) throws -> CoachProcess {
        let database = FileManager.default.temporaryDirectory
            .appendingPathComponent("okrcoach-load-\(getpid()).sqlite").path
        removeDatabase(database)
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw Failure(description: "cannot make a pipe") }
        let arguments = [program, "serve", "--listen", "127.0.0.1:0", "--db", database, "--inbound-burst", "100000"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw Failure(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        let process = CoachProcess(pid: pid, port: 0, database: database)
        let stderr = pipeEnds[0]
        guard let port = readPort(stderr, timeout: timeout) else {
            close(stderr)
            process.stop()
            throw Failure(description: "\(program) did not say where it listens within \(Int(timeout)) s")
        }
        // Whatever else it says (errors) goes on to our standard error, so its pipe never fills up.
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(stderr, &buffer, buffer.count)
                if count <= 0 { break }
                _ = buffer.withUnsafeBytes { write(2, $0.baseAddress, count) }
            }
            close(stderr)
        }
        return CoachProcess(pid: pid, port: port, database: database)
    }

    /// Ends the program (SIGTERM, then SIGKILL after two seconds) and removes its database.
    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(pid, &status, WNOHANG) == pid {
                Self.removeDatabase(database)
                return
            }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        Self.removeDatabase(database)
    }

    private static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Reads standard error line by line until "listening on HOST:PORT"; nil at the end of the stream or the timeout.
    private static func readPort(_ fd: Int32, timeout: Double) -> Int? {
        let marker = "okrcoach: listening on "
        let deadline = ContinuousClock.now + .seconds(timeout)
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 else { return nil }
            if poller.revents == 0 { continue }
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { return nil }
            pending += buffer[0..<count]
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if let range = line.range(of: marker), let colon = line.lastIndex(of: ":"), colon >= range.upperBound,
                    let port = Int(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                {
                    return port
                }
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
        return nil
    }
}

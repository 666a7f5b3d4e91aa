import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A running `okrcoach` fed line by line through a pipe, for tests that kill it half way.
/// It is killed at the latest when the test lets go of it, so no program outlives its test.
final class RunningProgram: @unchecked Sendable {
    private let child: ChildProcess
    private let output: Transcript
    private let lock = NSLock()
    private var input: Int32

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let env = Okrcoach.environment(environment)
        let stdin = try ChildProcess.pipe()
        let stdout = try ChildProcess.pipe()
        do {
            child = try ChildProcess(
                Okrcoach.program.path, arguments, environment: env,
                input: .descriptor(stdin.read), output: .descriptor(stdout.write), errors: .descriptor(stdout.write))
        } catch {
            [stdin.read, stdin.write, stdout.read, stdout.write].forEach { close($0) }
            throw error
        }
        close(stdin.read)
        close(stdout.write)
        input = stdin.write
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
        output = Transcript(reading: stdout.read)
    }

    deinit {
        closeInput()
        child.kill()
        output.stop()
    }

    /// Everything the program has printed so far.
    var printed: String {
        output.text
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

    /// The port a server started on port 0 listens on, from its "listening on 127.0.0.1:PORT"; nil when
    /// it does not say so within ten seconds.
    func listeningPort() -> Int? {
        guard waitFor("listening on 127.0.0.1:") else { return nil }
        return printed.split(separator: "\n").first { $0.contains("listening on") }?.split(separator: ":").last
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Types a line; a program that reads nothing for ten seconds fails the test instead of blocking it.
    func type(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        let deadline = Date().addingTimeInterval(10)
        lock.withLock {
            while offset < bytes.count, input >= 0 {
                let count = bytes[offset...].withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
                if count > 0 {
                    offset += count
                } else if count < 0, errno == EAGAIN || errno == EINTR, Date() < deadline {
                    var descriptor = pollfd(fd: input, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&descriptor, 1, 100)
                } else {
                    Issue.record("could not type \(line.debugDescription): \(String(cString: strerror(errno)))")
                    return
                }
            }
        }
    }

    /// SIGKILL: no chance to save anything.
    func kill() {
        child.kill()
        closeInput()
        output.stop()
    }

    /// Sends a signal and waits, at most ten seconds, for the program to leave; its exit status.
    func stop(with signal: Int32) -> Int32 {
        child.send(signal)
        let status = child.wait(seconds: 10)
        output.waitForEnd(seconds: 5)
        return status
    }

    /// Closes the input (end of script) and waits, at most thirty seconds, for the program to leave.
    func finish() -> Int32 {
        closeInput()
        let status = child.wait(seconds: 30)
        output.waitForEnd(seconds: 5)
        output.stop()
        return status
    }

    private func closeInput() {
        lock.withLock {
            if input >= 0 { close(input) }
            input = -1
        }
    }
}

/// What a program prints on a pipe, read on a thread of its own until the pipe ends or `stop()`.
final class Transcript: @unchecked Sendable {
    private let lock = NSCondition()
    private var received = Data()
    private var ended = false
    private var stopping = false

    init(reading descriptor: Int32) {
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while !lock.withLock({ stopping }) {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let count = read(descriptor, &chunk, chunk.count)
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                guard count > 0 else { break }
                lock.withLock { received.append(contentsOf: chunk[..<count]) }
            }
            close(descriptor)
            lock.withLock {
                ended = true
                lock.broadcast()
            }
        }
        thread.start()
    }

    var text: String {
        lock.withLock { String(decoding: received, as: UTF8.self) }
    }

    /// Waits, at most `seconds`, until the pipe has ended.
    func waitForEnd(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        lock.withLock {
            while !ended, lock.wait(until: deadline) {}
        }
    }

    /// Stops reading, and waits for the reading thread to close the pipe.
    func stop() {
        lock.withLock { stopping = true }
        waitForEnd(seconds: 5)
    }
}

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP client for the line protocol: sends lines, reads the lines that come back.
/// Connecting, sending and reading each give up after ten seconds.
final class LineClient {
    private let socket: Int32
    private var buffer: [UInt8] = []
    /// Whether the peer has closed the connection (a read came back empty).
    private(set) var closed = false

    /// A connection already open, such as one a test server accepted.
    init(descriptor: Int32) {
        socket = descriptor
        Self.limitSending(socket)
    }

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EMFILE) }
        Self.limitSending(socket)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit {
        close(socket)
    }

    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    func send(bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else {
                if errno == EAGAIN || errno == EWOULDBLOCK { Issue.record("the peer read nothing for ten seconds") }
                return
            }
            offset += sent
        }
    }

    /// Shuts down the sending side, as `nc -N` does after its input: the peer reads the end of input
    /// and may still reply.
    func finishSending() {
        shutdown(socket, Int32(SHUT_WR))
    }

    /// The lines received until one contains `text`, or until ten seconds pass.
    func read(until text: String) -> [String] {
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                lines.append(String(decoding: line, as: UTF8.self))
                if lines.last?.contains(text) == true { return lines }
            }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(socket, &chunk, chunk.count, 0)
            guard count > 0 else {
                closed = count == 0
                return lines
            }
            buffer += chunk[..<count]
        }
        return lines
    }

    /// Connecting and sending (the socket's send timeout) wait at most ten seconds.
    private static func limitSending(_ socket: Int32) {
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }
}

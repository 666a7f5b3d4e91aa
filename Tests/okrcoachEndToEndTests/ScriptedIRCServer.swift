import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-connection IRC server that plays a script, for what ngircd cannot show (SASL).
final class ScriptedIRCServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var heard: [String] = []
    private var client: LineClient?

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        self.listener = listener
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(listener, address, length) == 0 && listen(listener, 1) == 0
                    && getsockname(listener, address, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit {
        close(listener)
    }

    /// Waits for the bot to connect.
    func accept() -> Bool {
        var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 10_000) > 0 else { return false }
        let connection = Glibc.accept(listener, nil, nil)
        guard connection >= 0 else { return false }
        _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
        client = LineClient(descriptor: connection)
        return true
    }

    /// Reads until the bot sends a line starting with `prefix`; returns it.
    func expect(_ prefix: String) -> String? {
        client?.read(until: prefix).last { $0.hasPrefix(prefix) }
    }

    func send(_ line: String) {
        client?.send(line + "\r\n")
    }

    /// The lines received until one contains `text`.
    func read(until text: String) -> [String] {
        client?.read(until: text) ?? []
    }
}

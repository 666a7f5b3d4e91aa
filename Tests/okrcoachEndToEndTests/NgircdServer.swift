import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension Trait where Self == ConditionTrait {
    /// Runs an IRC suite only where a real ngircd can start: installed, and run as root, which it
    /// switches from to the user irc; elsewhere the suite is skipped, saying so.
    static var needsNgircd: Self {
        .enabled(
            if: NgircdServer.unavailable == nil,
            "needs ngircd (apt-get install ngircd) and root, which it switches from to irc")
    }
}

/// A real ngircd on 127.0.0.1 for the bot's tests: started as the user irc, stopped by its PID,
/// and killed at the latest when the test lets go of it.
final class NgircdServer {
    static let binary = "/usr/sbin/ngircd"

    /// Why the tests cannot run here, or nil when they can.
    static var unavailable: String? {
        if !FileManager.default.isExecutableFile(atPath: binary) {
            return "ngircd is not installed: apt-get install ngircd"
        }
        if getuid() != 0 { return "ngircd switches to the user irc, which needs root" }
        if getpwnam("irc") == nil { return "there is no user irc" }
        return nil
    }

    let port: Int
    /// The TLS port, when the server was started with TLS; its certificate is `certificate`.
    let tlsPort: Int?
    private let folder: URL
    private var server: ChildProcess?

    /// The self-signed certificate of the TLS port, which a client trusts with --ca-file.
    var certificate: String { folder.appendingPathComponent("cert.pem").path }

    init(tls: Bool = false) throws {
        port = Self.freePort()
        tlsPort = tls ? Self.freePort() : nil
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-ngircd-\(UUID().uuidString)")
        let pidFolder = folder.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: pidFolder, withIntermediateDirectories: true)
        let irc = getpwnam("irc")!.pointee
        chown(pidFolder.path, irc.pw_uid, irc.pw_gid)
        chmod(folder.path, 0o755)
        var configuration = """
            [Global]
            Name = irc.okrcoach.test
            Info = okrcoach test server
            Listen = 127.0.0.1
            Ports = \(port)
            ServerUID = irc
            ServerGID = irc
            PidFile = \(pidFolder.path)/ngircd.pid
            MotdPhrase = "okrcoach tests"
            [Limits]
            MaxConnectionsIP = 0
            MaxPenaltyTime = 0
            PingTimeout = 120
            PongTimeout = 20
            [Options]
            DNS = no
            Ident = no
            PAM = no
            """
        if let tlsPort {
            try Self.makeCertificate(in: folder)
            configuration += """

                [SSL]
                CertFile = \(folder.appendingPathComponent("cert.pem").path)
                KeyFile = \(folder.appendingPathComponent("key.pem").path)
                Ports = \(tlsPort)
                """
        }
        try configuration.write(to: folder.appendingPathComponent("ngircd.conf"), atomically: true, encoding: .utf8)
        try start()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts the server and waits, at most ten seconds, until it takes connections.
    func start() throws {
        let server = try ChildProcess(
            Self.binary, ["--nodaemon", "--config", folder.appendingPathComponent("ngircd.conf").path])
        self.server = server
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, server.isRunning {
            if (try? LineClient(port: port)) != nil { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw POSIXError(.ETIMEDOUT)
    }

    /// Kills the server by its PID, as a crash would.
    func stop() {
        server?.kill()
        server = nil
    }

    /// A throwaway self-signed certificate for 127.0.0.1, made with openssl.
    private static func makeCertificate(in folder: URL) throws {
        let made = try ChildProcess.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", folder.appendingPathComponent("key.pem").path, "-out",
                folder.appendingPathComponent("cert.pem").path,
            ], seconds: 60)
        guard made.status == 0 else { throw POSIXError(.EIO) }
        for name in ["key.pem", "cert.pem"] { chmod(folder.appendingPathComponent(name).path, 0o644) }
    }

    private static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                _ = bind(socket, address, length)
                return getsockname(socket, address, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A person on the IRC server: registers with a nick and talks.
final class IRCPerson {
    let nick: String
    private let client: LineClient

    /// Connects as `nick` and, when `channel` is given, joins it.
    init(_ nick: String, port: Int, joining channel: String? = nil) throws {
        self.nick = nick
        client = try LineClient(port: port)
        client.send("NICK \(nick)\r\nUSER \(nick) 0 * :\(nick)\r\n")
        guard client.read(until: " 001 \(nick) ").last?.contains(" 001 ") == true else {
            throw POSIXError(.ECONNREFUSED)
        }
        if let channel { join(channel) }
    }

    /// Joins a channel, returning once the server has listed its members (so the join is done).
    func join(_ channel: String) {
        send("JOIN \(channel)")
        _ = read(until: " 366 ")
    }

    func send(_ line: String) {
        client.send(line + "\r\n")
    }

    func say(_ text: String, to target: String = "okrcoach") {
        send("PRIVMSG \(target) :\(text)")
    }

    /// Says `text` and returns the texts of the PRIVMSGs received until one contains `reply`: one step
    /// of a conversation with the bot.
    @discardableResult
    func say(_ text: String, to target: String = "okrcoach", waitingFor reply: String) -> [String] {
        say(text, to: target)
        return messages(until: reply)
    }

    /// Says each line in turn, waiting after each for the reply that contains its text: a scripted
    /// stretch of a conversation with the bot.
    func converse(_ steps: [(line: String, reply: String)]) {
        for (line, reply) in steps { say(line, waitingFor: reply) }
    }

    /// Lines received until one contains `text`.
    func read(until text: String) -> [String] {
        client.read(until: text)
    }

    /// The texts of the PRIVMSGs received until one contains `text`.
    func messages(until text: String) -> [String] {
        read(until: text).compactMap { line in
            guard line.contains(" PRIVMSG "), let colon = line.dropFirst().firstIndex(of: ":") else { return nil }
            return String(line[line.index(after: colon)...])
        }
    }
}

import Foundation

/// Runs the built `okrcoach` program and collects what it printed.
struct Okrcoach {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The folder SwiftPM builds products into: the test bundle's own folder.
    static let products: URL = {
        let selfPath =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: selfPath).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("okrcoach").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let program = products.appendingPathComponent("okrcoach")

    /// The text of a locale file as the build installed it beside the program.
    static func locale(_ code: String) throws -> String {
        try String(
            contentsOf: products.appendingPathComponent("okrcoach_okrcoach.resources/locales/\(code).yaml"),
            encoding: .utf8)
    }

    /// The cycle the coach offers by default today: "2026-Q4".
    static var currentQuarter: String {
        let today = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        return "\(today.year!)-Q\((today.month! - 1) / 3 + 1)"
    }

    /// Runs `okrcoach` with arguments, standard input and extra environment, for at most two minutes
    /// (past that it is killed and the test fails).
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        program: URL = Okrcoach.program, in folder: URL? = nil
    ) throws -> Run {
        let run = try ChildProcess.run(
            program.path, arguments, input: Data((input ?? "").utf8), environment: Self.environment(environment),
            in: folder?.path)
        return Run(
            status: run.status, output: String(decoding: run.output, as: UTF8.self),
            errors: String(decoding: run.errors, as: UTF8.self))
    }

    /// Runs `okrcoach serve --stdio` on a chat script: each of `said` is a line `nick` says to the
    /// coach, the sets are kept in `database`, and `options` come after those.
    static func serve(_ said: [String], by nick: String = "alice", database: String, options: [String] = []) throws
        -> Run
    {
        let input = said.map { ":\(nick) PRIVMSG okrcoach :\($0)" }.joined(separator: "\n") + "\n"
        return try run(["serve", "--stdio", "--db", database] + options, input: input)
    }

    /// Runs `okrcoach` with its standard output going to a file or a device (`/dev/full`), for at most a
    /// minute; `output` of the result is empty, `errors` what it printed on standard error.
    static func run(_ arguments: [String], standardOutput path: String, environment: [String: String] = [:]) throws
        -> Run
    {
        let output = open(path, O_WRONLY | O_CLOEXEC)
        guard output >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(output) }
        let errors = try ChildProcess.pipe()
        defer { close(errors.read) }
        let child: ChildProcess
        do {
            child = try ChildProcess(
                program.path, arguments, environment: Self.environment(environment), output: .descriptor(output),
                errors: .descriptor(errors.write))
        } catch {
            close(errors.write)
            throw error
        }
        close(errors.write)
        let status = child.wait(seconds: 60)
        let printed = FileHandle(fileDescriptor: errors.read, closeOnDealloc: false).readDataToEndOfFile()
        return Run(status: status, output: "", errors: String(decoding: printed, as: UTF8.self))
    }

    /// The test's environment for okrcoach: no colour or language setting of the caller's (so
    /// messages are English unless a test sets `LANG`), no data drop-ins, compiled locales in a
    /// temporary folder rather than the person's own cache, and `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["XDG_DATA_HOME"] =
            FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-no-drop-ins").path
        environment["XDG_CACHE_HOME"] =
            FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-test-cache").path
        for (key, value) in extra { environment[key] = value }
        return environment
    }
}

/// A scratch folder with files, removed when the test is done.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The path of the SQLite file a test's runs share: okr.sqlite in the folder.
    var database: String { folder.appendingPathComponent("okr.sqlite").path }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }
}

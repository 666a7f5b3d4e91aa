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
        let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: selfPath).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("okrcoach").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let program = products.appendingPathComponent("okrcoach")

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
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-no-drop-ins").path
        for (key, value) in environment { env[key] = value }
        let run = try ChildProcess.run(
            program.path, arguments, input: Data((input ?? "").utf8), environment: env, in: folder?.path)
        return Run(
            status: run.status, output: String(decoding: run.output, as: UTF8.self),
            errors: String(decoding: run.errors, as: UTF8.self))
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

import Foundation
import TestSupport
import Testing

/// The ircdocs parser tests (github.com/ircdocs/parser-tests) in `../shared/irc-parser-tests`,
/// beside the package. They are read where they are, never copied; in a clone without them
/// the tests that use them are skipped.
enum ParserSuite {
    static let skipReason: Comment = "the ircdocs parser tests in ../shared/irc-parser-tests are not here"

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("msg-split.json").path)
    }

    /// The messages to split, or none when the suite is not here.
    static func splitCases() throws -> [SplitCase] {
        try tests("msg-split").map { test in
            SplitCase(input: try string(test["input"]), atoms: try Atoms(test["atoms"]))
        }
    }

    /// The messages to join, or none when the suite is not here.
    static func joinCases() throws -> [JoinCase] {
        try tests("msg-join").map { test in
            JoinCase(
                description: test["desc"] as? String ?? "",
                atoms: try Atoms(test["atoms"]),
                matches: try strings(test["matches"])
            )
        }
    }

    /// The sources to split, or none when the suite is not here.
    static func userhostCases() throws -> [UserhostCase] {
        try tests("userhost-split").map { test in
            let atoms = test["atoms"] as? [String: Any] ?? [:]
            return UserhostCase(
                source: try string(test["source"]),
                nick: try string(atoms["nick"]),
                user: atoms["user"] as? String,
                host: atoms["host"] as? String
            )
        }
    }

    /// `../shared/irc-parser-tests/json`, found from this file: up to the folder that holds
    /// `Package.swift`, then beside it.
    private static var folder: URL {
        Repository.shared("irc-parser-tests/json")
    }

    private static func tests(_ name: String) throws -> [[String: Any]] {
        guard isPresent else { return [] }
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
        guard let suite = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let tests = suite["tests"] as? [[String: Any]]
        else { throw SuiteError.unreadable(name) }
        return tests
    }

    fileprivate static func string(_ value: Any?) throws -> String {
        guard let string = value as? String else { throw SuiteError.unreadable(String(describing: value)) }
        return string
    }

    fileprivate static func strings(_ value: Any?) throws -> [String] {
        guard let strings = value as? [String] else { throw SuiteError.unreadable(String(describing: value)) }
        return strings
    }
}

enum SuiteError: Error {
    case unreadable(String)
}

/// The parts of a message as the suite lists them.
struct Atoms: Sendable {
    var tags: [String: String]
    var source: String?
    var verb: String
    var params: [String]

    init(_ value: Any?) throws {
        let atoms = value as? [String: Any] ?? [:]
        tags = atoms["tags"] as? [String: String] ?? [:]
        source = atoms["source"] as? String
        verb = try ParserSuite.string(atoms["verb"])
        params = atoms["params"] as? [String] ?? []
    }
}

struct SplitCase: Sendable, CustomTestStringConvertible {
    var input: String
    var atoms: Atoms
    var testDescription: String { input.debugDescription }
}

struct JoinCase: Sendable, CustomTestStringConvertible {
    var description: String
    var atoms: Atoms
    var matches: [String]
    var testDescription: String { description }
}

struct UserhostCase: Sendable, CustomTestStringConvertible {
    var source: String
    var nick: String
    var user: String?
    var host: String?
    var testDescription: String { source.debugDescription }
}

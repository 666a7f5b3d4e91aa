import CoachEngine
import Foundation
import OKRCore

/// A shipped flow or locale file, copied and edited as a coach editing `prompts/` or
/// `locales/` would, and the coach built from the copies.
struct FlowCopy {
    /// The flow files by name ("draft", "checkin"…), as edited.
    var flows: [String: String]
    /// The locale files by code, as edited.
    var locales: [String: String]

    init() {
        flows = Dictionary(
            uniqueKeysWithValues: (DraftLevel.allCases.map(\.flowName) + Activity.Kind.allCases.map(\.rawValue)).map {
                ($0, Self.read("prompts/\($0).yaml"))
            })
        locales = Dictionary(uniqueKeysWithValues: TestCoach.codes.map { ($0, Self.read("locales/\($0).yaml")) })
    }

    static func read(_ path: String) -> String {
        // The data files are part of the repository; failing here is a broken checkout.
        try! String(contentsOf: TestCoach.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Replaces text in a flow file; the text must be there, so that an edit cannot silently miss.
    mutating func edit(_ flow: String, _ old: String, _ new: String) {
        precondition(flows[flow]?.contains(old) == true, "prompts/\(flow).yaml has no \(old)")
        flows[flow] = flows[flow]?.replacingOccurrences(of: old, with: new)
    }

    /// Takes a message out of a locale file: the line `    key: …` and any lines continuing it.
    mutating func remove(message key: String, from code: String) {
        var lines = (locales[code] ?? "").components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("    \(key):") }) else {
            preconditionFailure("locales/\(code).yaml has no \(key)")
        }
        lines.remove(at: index)
        while index < lines.count, lines[index].hasPrefix("      ") { lines.remove(at: index) }
        locales[code] = lines.joined(separator: "\n")
    }

    /// Adds a message to every locale file, after the line that opens `coach.messages`.
    mutating func add(message key: String, _ texts: [String: String]) {
        for code in TestCoach.codes {
            locales[code] = locales[code]?.replacingOccurrences(
                of: "\n  messages:\n", with: "\n  messages:\n    \(key): \"\(texts[code] ?? "")\"\n")
        }
    }

    /// A flow file read as the coach reads it.
    func flow(_ name: String) throws(InputError) -> Flow {
        try Flow(yaml: flows[name] ?? "", source: "prompts/\(name).yaml")
    }

    /// The coach built from the copies; `Talk` gives it `TestCoach.today`, 15 November 2026.
    func coach() throws(InputError) -> Coach {
        var texts: [CoachTexts] = []
        for code in TestCoach.codes { texts.append(try CoachTexts(yaml: locales[code] ?? "", source: code)) }
        var cycleFlows: [Activity.Kind: Flow] = [:]
        for kind in Activity.Kind.allCases { cycleFlows[kind] = try flow(kind.rawValue) }
        var levelFlows: [DraftLevel: Flow] = [:]
        for level in DraftLevel.organisationLevels { levelFlows[level] = try flow(level.flowName) }
        return try Coach(
            languages: TestCoach.languages, texts: texts, flow: try flow("draft"), cycleFlows: cycleFlows,
            levelFlows: levelFlows)
    }

    /// The line a text first appears on in a flow file outside its comments, 1-based.
    func line(of text: String, in flow: String) -> Int? {
        (flows[flow] ?? "").components(separatedBy: "\n").firstIndex {
            !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && $0.contains(text)
        }.map { $0 + 1 }
    }
}

/// A conversation with any coach, line by line.
struct Talk {
    let coach: Coach
    var session: Session
    var said: [String] = []

    init(_ coach: Coach, session: Session) {
        self.coach = coach
        let turn = coach.start(session, today: TestCoach.today)
        self.session = turn.session
        said = turn.replies.map(\.text)
    }

    init(_ coach: Coach, resuming session: Session) {
        self.coach = coach
        self.session = session
    }

    /// Types each line; `said` holds the replies to the last one.
    mutating func type(_ lines: String...) {
        for line in lines {
            let turn = coach.respond(to: line, in: session, today: TestCoach.today)
            session = turn.session
            said = turn.replies.map(\.text)
        }
    }

    var lastQuestion: String { said.last ?? "" }
}

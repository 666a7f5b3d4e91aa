import CoachEngine
import Foundation
import OKRCore
import TestSupport

/// The coach as the repository's locale files and flow make it, for tests.
enum TestCoach {
    static let root = Repository.root

    /// Every language of the repository's `locales/`, by its file names.
    static let codes = Repository.localeCodes()

    /// The day the tests' lines are typed on unless a test says otherwise: 15 November 2026, in 2026-Q4.
    static let today = Day(year: 2026, month: 11, day: 15)

    private static func read(_ path: String) -> String {
        // The data files are part of the repository; failing here is a broken checkout.
        try! String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static let languages = Languages(codes.map { try! Catalog(yaml: read("locales/\($0).yaml"), source: $0) })

    /// The coach of the repository's locales and flows.
    static let coach = coach()

    /// The coach, with each locale file's text changed by `edit` first (a translator's variant of it).
    static func coach(
        editing edit: (_ code: String, _ yaml: String) -> String = { $1 }, organisation: Organisation? = nil
    ) -> Coach {
        let texts = codes.map { try! CoachTexts(yaml: edit($0, read("locales/\($0).yaml")), source: $0) }
        let flow = try! Flow(yaml: read("prompts/draft.yaml"), source: "prompts/draft.yaml")
        var cycleFlows: [Activity.Kind: Flow] = [:]
        for kind in Activity.Kind.allCases {
            let path = "prompts/\(kind.rawValue).yaml"
            cycleFlows[kind] = try! Flow(yaml: read(path), source: path)
        }
        var levelFlows: [DraftLevel: Flow] = [:]
        for level in DraftLevel.organisationLevels {
            let path = "prompts/\(level.flowName).yaml"
            levelFlows[level] = try! Flow(yaml: read(path), source: path)
        }
        return try! Coach(
            languages: languages, texts: texts, flow: flow, cycleFlows: cycleFlows, levelFlows: levelFlows,
            organisation: organisation)
    }
}

/// A conversation driven line by line, keeping everything the coach said.
struct Conversation {
    private(set) var session: Session
    private(set) var transcript: [String] = []
    private(set) var lastReplies: [Reply] = []
    private(set) var effects: [Effect] = []

    /// The day the lines are typed on.
    var today = TestCoach.today
    /// The coach it talks to: the repository's, or one given an organisation.
    private(set) var coach = TestCoach.coach

    init(language: String? = nil, id: String = "test") {
        let coach = TestCoach.coach
        let turn = coach.start(coach.newSession(id: id, language: language.map { LanguageCode($0) }), today: today)
        session = turn.session
        record(turn)
    }

    /// A conversation drafting a level of the pyramid, with a coach that knows `organisation`.
    init(level: DraftLevel, language: String? = nil, organisation: Organisation? = nil) {
        coach = TestCoach.coach(organisation: organisation)
        let turn = coach.start(
            coach.newSession(id: "test", language: language.map { LanguageCode($0) }, level: level), today: today)
        session = turn.session
        record(turn)
    }

    /// A conversation about a saved session, which starts with nothing said.
    init(resuming session: Session) {
        self.session = session
    }

    /// A conversation that starts a session the coach made (the next set after a retrospective).
    init(starting session: Session) {
        self.session = session
        record(coach.start(session, today: today))
    }

    /// Types lines one after another.
    @discardableResult
    mutating func type(_ lines: String...) -> [Reply] {
        type(lines)
    }

    @discardableResult
    mutating func type(_ lines: [String]) -> [Reply] {
        for line in lines {
            transcript.append(line.isEmpty ? "> " : "> " + line)
            record(coach.respond(to: line, in: session, today: today))
        }
        return lastReplies
    }

    private mutating func record(_ turn: Turn) {
        session = turn.session
        lastReplies = turn.replies
        effects = turn.effects
        transcript += turn.replies.map(\.text)
        // As the terminal and the chat do: a drafted level is kept in the coach's organisation.
        for case .saveOrganisation(let organisation) in turn.effects { coach.organisation = organisation }
    }

    /// The organisation the coach keeps now: the one given, with every level finished since.
    var organisation: Organisation? { coach.organisation }

    /// The last thing the coach asked.
    var question: String {
        lastReplies.last { $0.kind == .ask }?.text ?? ""
    }

    var text: String { transcript.joined(separator: "\n") }
}

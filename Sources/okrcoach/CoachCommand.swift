import ArgumentParser
import CoachEngine
import CoachStore
import Foundation
import OKRCore

/// `okrcoach` (or `okrcoach coach`): drafts an OKR set with the coach, one question at a time.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Draft an OKR set with the coach, one question at a time.",
        discussion: """
            At a terminal it offers line editing, history (Up) and Tab completion of the slash \
            commands; Ctrl-C clears the line, Ctrl-D saves and leaves. From a pipe or a script it \
            reads plain lines. Every answer is saved before the next question, and starting again \
            offers to continue an unfinished set.
            """
    )

    @Option(help: ArgumentHelp("The language to speak (en, nb, sv, nl); else from LANG, else from your answers.", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The SQLite file the sets are kept in.", valueName: "file"))
    var db: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let coach: Coach
        let store: SQLiteSessionStore
        let language: LanguageCode?
        do {
            (coach, language) = try makeCoach()
        } catch {
            throw CommandFailure("okrcoach: \(error)")
        }
        let path = db ?? StatePaths.database()
        do {
            store = try SQLiteSessionStore(path: path)
        } catch {
            throw CommandFailure("okrcoach: \(path): cannot open the database: \(CommandFailure.reason(error))")
        }
        let interactive = Terminal.standardInputIsTerminal
        var input: any LineInput =
            interactive
            ? ReadlineInput(historyPath: StatePaths.history(), completions: coach.completions) : PlainInput()
        let conversation = TerminalConversation(
            coach: coach, store: store, output: TerminalOutput(colour: Terminal.wantsColour()), language: language)
        try conversation.run(reading: &input)
    }

    private func makeCoach() throws -> (Coach, LanguageCode?) {
        let coach = try CoachLoader(dataDirectory: data.dataDirectory).coach()
        let known = coach.languageCodes
        if let lang {
            guard known.contains(LanguageCode(lang.lowercased())) else {
                let names = known.map(\.rawValue).joined(separator: ", ")
                throw InputError(source: "--lang", message: "unknown language '\(lang)'; okrcoach speaks \(names)")
            }
            return (coach, LanguageCode(lang.lowercased()))
        }
        let fromLocale = StatePaths.localeLanguage().map(LanguageCode.init(rawValue:))
        return (coach, fromLocale.flatMap { known.contains($0) ? $0 : nil })
    }
}

/// The coach at the terminal: reads lines, saves every turn before showing it, carries out effects.
struct TerminalConversation {
    let coach: Coach
    let store: any SessionStore
    let output: TerminalOutput
    let language: LanguageCode?

    func run(reading input: inout any LineInput) throws {
        var session = try startingSession(&input)
        while let line = input.read(prompt: coach.prompt(for: session)) {
            let turn = coach.respond(to: line, in: session)
            session = turn.session
            try store.save(session)
            try output.show(turn.replies)
            for effect in turn.effects {
                guard let next = try carry(out: effect, session) else {
                    return
                }
                session = next
            }
        }
        try store.save(session)
        try output.newLine()
    }

    /// A check-in, review or retrospective of one set: it ends when the conversation does.
    func run(_ kind: Activity.Kind, on start: Session, today: Day?, reading input: inout any LineInput) throws {
        var turn = coach.begin(kind, in: start, today: today, dayNamed: today != nil)
        try store.save(turn.session)
        try output.show(turn.replies)
        while turn.session.activity != nil, let line = input.read(prompt: coach.prompt(for: turn.session)) {
            turn = coach.respond(to: line, in: turn.session, today: today)
            try store.save(turn.session)
            try output.show(turn.replies)
            if turn.effects.contains(.quit) { break }
        }
        if turn.session.activity != nil { try output.newLine() }
    }

    /// A new session, or the unfinished one if the person wants to continue it.
    private func startingSession(_ input: inout any LineInput) throws -> Session {
        if let unfinished = try store.latestUnfinished(), !unfinished.set.objectives.isEmpty || unfinished.set.team != nil {
            try output.show([coach.offerToResume(unfinished)])
            while let answer = input.read(prompt: coach.prompt(for: unfinished)) {
                guard let yes = coach.yesOrNo(answer) else { continue }
                if yes {
                    try output.show(coach.start(unfinished).replies)
                    return unfinished
                }
                break
            }
        }
        let session = coach.newSession(id: UUID().uuidString, language: language)
        let turn = coach.start(session)
        try store.save(turn.session)
        try output.show(turn.replies)
        return turn.session
    }

    /// Does what the coach asked for; nil means leave.
    private func carry(out effect: Effect, _ session: Session) throws -> Session? {
        switch effect {
        case .quit:
            try store.save(session)
            return nil
        case .list:
            try output.show(coach.listing(try store.sets(), for: session))
            return session
        case .open(let number):
            let sessions = try store.sets()
            guard sessions.indices.contains(number - 1) else {
                try output.show([coach.noSuchSet(number, in: session)])
                return session
            }
            var opened = sessions[number - 1]
            opened.language = session.language ?? opened.language
            try store.save(opened)
            try output.show(coach.opened(opened).replies)
            return opened
        case .newSet:
            let fresh = coach.newSession(
                id: UUID().uuidString, language: session.languageChosen ? session.language : language, following: session)
            let turn = coach.start(fresh)
            try store.save(turn.session)
            try output.show(turn.replies)
            return turn.session
        case .export(let content, let path):
            guard let path else {
                try output.showPlain(content)
                return session
            }
            do {
                try OutputFile.write(content, to: path)
            } catch {
                Terminal.printError(error.line)
                return session
            }
            try output.show([coach.exported(to: path, in: session)])
            return session
        }
    }
}

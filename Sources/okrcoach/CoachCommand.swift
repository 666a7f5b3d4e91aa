import ArgumentParser
import CoachEngine
import CoachStore
import Foundation
import OKRCore

/// `okrcoach` (or `okrcoach coach`): drafts an OKR set with the coach, one question at a time.
struct CoachCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Draft an OKR set with the coach, one question at a time.",
        discussion: """
            At a terminal it offers line editing, history (Up) and Tab completion of the slash \
            commands; Ctrl-C clears the line, Ctrl-D saves and leaves. From a pipe or a script it \
            reads plain lines. Every answer is saved before the next question, and starting again \
            offers to continue an unfinished set. Other windows, the chat bot and imports may use the \
            same file at once: if one of them changed your set meanwhile, your copy is saved as a new \
            set and you are told, so no answer is lost.
            """
    )

    /// The language to speak; else LANG's, else the one of your answers.
    @OptionGroup var language: LanguageOption
    @OptionGroup var database: DatabaseOption

    @OptionGroup var data: DataOptions

    var messageLanguage: String? { language.lang }
    var dataDirectory: String? { data.dataDirectory }

    func run() throws {
        let (coach, clock) = try data.coachAndClock()
        let fromLocale = StatePaths.localeLanguage().flatMap(coach.language(named:))
        let language = try self.language.language(among: coach.languageCodes) ?? fromLocale
        let store = try database.saved.store()
        let interactive = Terminal.standardInputIsTerminal
        var input: any LineInput =
            interactive
            ? ReadlineInput(historyPath: StatePaths.history(), completions: coach.completions) : PlainInput()
        var conversation = TerminalConversation(
            coach: coach, store: store, output: TerminalOutput(colour: Terminal.wantsColour()), language: language,
            clock: clock)
        // The organisation saved last (`okrcoach import`, or drafted with /mission, /yearly, /company):
        // its objectives are offered to the teams, and a drafted level is saved into it.
        conversation.coach.organisation = try store.organisations().first
        conversation.organisations = store
        guard try conversation.run(reading: &input) else { throw ExitCode(1) }
    }
}

/// The coach at the terminal: reads lines, saves every turn before showing it, carries out effects.
struct TerminalConversation {
    var coach: Coach
    let store: any SessionStore
    let output: TerminalOutput
    let language: LanguageCode?
    /// What each answer is dated with: read for every line, so a session across midnight dates the next day.
    let clock: CoachClock
    /// Where a drafted level of the organisation is saved; nil where it is only shown.
    var organisations: SQLiteSessionStore?

    /// Drafts until the person leaves.
    ///
    /// - Returns: false when answers could not be saved (the person has been told).
    mutating func run(reading input: inout any LineInput) throws -> Bool {
        guard let kept = try startingSession(&input) else {
            try output.newLine()
            return true
        }
        var current = kept
        var endOfInput = true
        reading: while let line = input.read(prompt: coach.prompt(for: current.session)) {
            let turn = coach.respond(to: line, in: current.session, today: clock.today)
            let notices = current.keep(turn.session)
            try output.show(turn.replies + notices)
            for effect in turn.effects {
                guard let next = try carry(out: effect, current) else {
                    endOfInput = false
                    break reading
                }
                current = next
            }
        }
        return try leave(current, atEndOfInput: endOfInput)
    }

    /// Saves what is unsaved on leaving (Ctrl-D, /quit) and says that the set is saved, or why it
    /// is not. A set with nothing answered yet was never stored, and nothing is said of it.
    ///
    /// - Returns: false when answers could not be saved.
    private func leave(_ kept: KeptSession, atEndOfInput: Bool, sayingSaved: Bool = true) throws -> Bool {
        // Ctrl-D leaves the cursor after the prompt.
        if atEndOfInput { try output.newLine() }
        let (notices, saved) = kept.leave()
        try output.show(notices)
        if saved, sayingSaved, kept.isStored {
            try output.show([coach.savedOnLeaving(kept.session)])
        }
        return saved
    }

    /// A check-in, review or retrospective of one set: it ends when the conversation does.
    ///
    /// - Returns: false when answers could not be saved (the person has been told).
    ///
    /// - Parameter named: the day the person named (`--date`); else each answer is dated with the clock's day.
    func run(_ kind: Activity.Kind, on start: Session, named: Day?, reading input: inout any LineInput) throws -> Bool {
        var turn = coach.begin(kind, in: start, today: named ?? clock.today, dayNamed: named != nil)
        let kept = KeptSession(start, stored: true, coach: coach, store: store)
        try output.show(turn.replies + kept.keep(turn.session))
        while turn.session.activity != nil, let line = input.read(prompt: coach.prompt(for: kept.session)) {
            turn = coach.respond(to: line, in: kept.session, today: named ?? clock.today)
            try output.show(turn.replies + kept.keep(turn.session))
            if turn.effects.contains(.quit) { break }
        }
        return try leave(
            kept, atEndOfInput: turn.session.activity != nil && !turn.effects.contains(.quit),
            // A finished check-in, review or retrospective has said that it is saved.
            sayingSaved: turn.session.activity != nil)
    }

    /// A new session, or the unfinished one if the person wants to continue it; nil when they leave
    /// (Ctrl-D or /quit) before answering, which leaves the unfinished set to be offered next time.
    private func startingSession(_ input: inout any LineInput) throws -> KeptSession? {
        if let unfinished = try store.latestUnfinished() {
            try output.show([coach.offerToResume(unfinished)])
            while true {
                guard let answer = input.read(prompt: coach.prompt(for: unfinished)) else { return nil }
                if let yes = coach.yesOrNo(answer) {
                    if yes {
                        try output.show(coach.start(unfinished, today: clock.today).replies)
                        return KeptSession(unfinished, stored: true, coach: coach, store: store)
                    }
                    break
                }
                if coach.respond(to: answer, in: unfinished, today: clock.today).effects.contains(.quit) { return nil }
                try output.show([Reply(.ask, coach.texts(for: unfinished).message("reprompt_yes_no"))])
            }
        }
        // A new set follows the last one saved: its retrospective's "what we change" is said at the start.
        let fresh = coach.newSession(id: UUID().uuidString, language: language)
        let turn = coach.start(
            try store.sets().first.map { coach.newSession(id: fresh.id, language: language, following: $0) } ?? fresh,
            today: clock.today)
        try output.show(turn.replies)
        return KeptSession(turn.session, stored: false, coach: coach, store: store)
    }

    /// Does what the coach asked for; nil means leave.
    private mutating func carry(out effect: Effect, _ current: KeptSession) throws -> KeptSession? {
        let session = current.session
        switch effect {
        case .quit:
            return nil
        case .list:
            try output.show(coach.listing(try store.sets(), for: session))
            return current
        case .open(let number):
            try output.show(current.leave().replies)
            let sessions = try store.sets()
            guard sessions.indices.contains(number - 1) else {
                try output.show([coach.noSuchSet(number, in: session)])
                return current
            }
            var opened = sessions[number - 1]
            let kept = KeptSession(opened, stored: true, coach: coach, store: store)
            opened.language = session.language ?? opened.language
            let notices = kept.keep(opened)
            try output.show(coach.opened(kept.session, today: clock.today).replies + notices)
            return kept
        case .newSet, .draft:
            try output.show(current.leave().replies)
            let id = UUID().uuidString
            let speaking = session.languageChosen ? session.language : language
            let fresh =
                if case .draft(let level) = effect {
                    coach.newSession(id: id, language: speaking, level: level)
                } else {
                    coach.newSession(id: id, language: speaking, following: session)
                }
            let turn = coach.start(fresh, today: clock.today)
            try output.show(turn.replies)
            return KeptSession(turn.session, stored: false, coach: coach, store: store)
        case .saveOrganisation(let organisation):
            coach.organisation = organisation
            do {
                try organisations?.save(organisation)
            } catch {
                Terminal.printError(MessageLanguage(lang: language?.rawValue, dataDirectory: nil).line(error))
            }
            return current
        case .export(let content, let path, _):
            guard let path else {
                try output.showPlain(content)
                return current
            }
            do {
                try OutputFile.write(content, to: path)
            } catch {
                Terminal.printError(MessageLanguage(lang: language?.rawValue, dataDirectory: nil).line(error))
                return current
            }
            try output.show([coach.exported(to: path, in: session)])
            return current
        }
    }
}

import ArgumentParser
import CoachEngine
import CoachStore
import Foundation
import OKRCore

/// `okrcoach checkin`: the weekly check-in of a saved set.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Check in a saved set: each key result's value, your confidence and a note.",
        discussion: """
            Shows each key result's progress with a bar and the change since the last check-in, \
            and points at key results without a check-in for two weeks or whose confidence fell \
            twice running. Every check-in is kept. Example: okrcoach checkin --set 2
            """
    )

    @OptionGroup var options: CycleOptions

    func run() throws {
        try options.run(.checkIn)
    }
}

/// `okrcoach review`: grading at the end of the cycle.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Grade a saved set at the end of the cycle, 0.0 to 1.0 per key result.",
        discussion: """
            The coach suggests each grade from the key result's progress; press Enter to take it. \
            An objective's grade is the mean of its key results' grades (weighted where weights \
            are set). Committed objectives below 1.0 get a short post-mortem question.
            """
    )

    @OptionGroup var options: CycleOptions

    func run() throws {
        try options.run(.review)
    }
}

/// `okrcoach retro`: the cycle's retrospective.
struct RetroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro",
        abstract: "Look back on a cycle: what went well, what did not, what you learned, what you change.",
        discussion: "The answers are saved with the set; the next set you draft shows what you said you would change."
    )

    @OptionGroup var options: CycleOptions

    func run() throws {
        try options.run(.retro)
    }
}

/// What the check-in, review and retro commands share: which set, which language, which store.
struct CycleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The saved set, numbered as /list shows them (most recent first); default: the most recent set with key results.", valueName: "number"))
    var set: Int?

    @Option(help: ArgumentHelp("The language to speak, a locale file's code; default: the set's.", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The day it is for, as YYYY-MM-DD, to record one you missed; default: today.", valueName: "day"))
    var date: String?

    @Option(help: ArgumentHelp("The SQLite file the sets are kept in.", valueName: "file"))
    var db: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let set, set < 1 { throw ValidationError("--set counts from 1, as /list does.") }
        _ = try Day.option(date)
    }

    /// Runs the conversation at the terminal until it ends, saving every answer.
    func run(_ kind: Activity.Kind) throws {
        let (coach, clock) = try data.coachAndClock()
        let saved = SavedSets(db: db)
        let (store, sets) = try saved.opened()
        var session = try saved.session(number: set, needsKeyResults: true, in: sets)
        if let lang {
            guard coach.languageCodes.contains(LanguageCode(lang.lowercased())) else {
                let names = coach.languageCodes.map(\.rawValue).joined(separator: ", ")
                throw CommandFailure("okrcoach: --lang: unknown language '\(lang)'; okrcoach speaks \(names)")
            }
            session.language = LanguageCode(lang.lowercased())
            session.languageChosen = true
        }
        var input: any LineInput =
            Terminal.standardInputIsTerminal
            ? ReadlineInput(historyPath: StatePaths.history(), completions: coach.completions) : PlainInput()
        let conversation = TerminalConversation(
            coach: coach, store: store, output: TerminalOutput(colour: Terminal.wantsColour()), language: session.language,
            clock: clock)
        guard try conversation.run(kind, on: session, named: try Day.option(date), reading: &input) else {
            throw ExitCode(1)
        }
    }
}

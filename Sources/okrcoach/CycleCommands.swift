import ArgumentParser
import CoachEngine
import CoachStore
import Foundation
import OKRCore

/// `okrcoach checkin`: the weekly check-in of a saved set.
struct CheckInCommand: CycleCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Check in a saved set: each key result's value, your confidence and a note.",
        discussion: """
            Shows each key result's progress with a bar and the change since the last check-in, \
            and points at key results without a check-in for two weeks or whose confidence fell \
            twice running. Every check-in is kept. Set numbers move (a check-in makes its set number 1), \
            so name the set by its team where there are several: okrcoach checkin --team Platform
            """
    )

    static let kind = Activity.Kind.checkIn

    @OptionGroup var options: CycleOptions
}

/// `okrcoach review`: grading at the end of the cycle.
struct ReviewCommand: CycleCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Grade a saved set at the end of the cycle, 0.0 to 1.0 per key result.",
        discussion: """
            The coach suggests each grade from the key result's progress; press Enter to take it. \
            An objective's grade is the mean of its key results' grades (weighted where weights \
            are set). Committed objectives below 1.0 get a short post-mortem question.
            """
    )

    static let kind = Activity.Kind.review

    @OptionGroup var options: CycleOptions
}

/// `okrcoach retro`: the cycle's retrospective.
struct RetroCommand: CycleCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro",
        abstract: "Look back on a cycle: what went well, what did not, what you learned, what you change.",
        discussion: "The answers are saved with the set; the next set you draft shows what you said you would change."
    )

    static let kind = Activity.Kind.retro

    @OptionGroup var options: CycleOptions
}

/// The check-in, review and retro commands: the same options, and a conversation of their kind.
protocol CycleCommand: ParsableCommand, CheckedCommand {
    static var kind: Activity.Kind { get }
    var options: CycleOptions { get }
}

extension CycleCommand {
    var messageLanguage: String? { options.language.lang }
    var dataDirectory: String? { options.data.dataDirectory }
    func checkOptions() throws(CommandFailure) { try options.checkOptions() }

    func run() throws {
        try options.run(Self.kind)
    }
}

/// What the check-in, review and retro commands share: which set, which language, which store.
struct CycleOptions: ParsableArguments {
    /// `--set` or `--team`.
    @OptionGroup var choice: SetChoice
    var set: Int? { choice.set }
    var team: String? { choice.team }

    /// The language to speak; default: the set's.
    @OptionGroup var language: LanguageOption

    @Option(
        help: ArgumentHelp(
            "The day it is for, as YYYY-MM-DD, to record one you missed; default: today.", valueName: "day"))
    var date: String?

    @OptionGroup var database: DatabaseOption

    @OptionGroup var data: DataOptions

    func checkOptions() throws(CommandFailure) {
        try OptionRange.checkSet(set)
        try SavedSets.checkTeam(team, set: set)
        _ = try Day.option(date)
    }

    /// Runs the conversation at the terminal until it ends, saving every answer.
    func run(_ kind: Activity.Kind) throws {
        let (coach, clock) = try data.coachAndClock()
        let chosen = try language.language(among: coach.languageCodes)
        let saved = database.saved
        let (store, sets) = try saved.opened()
        var session = try saved.session(number: set, team: team, needsKeyResults: true, in: sets)
        if let chosen {
            session.language = chosen
            session.languageChosen = true
        }
        var input: any LineInput =
            Terminal.standardInputIsTerminal
            ? ReadlineInput(historyPath: StatePaths.history(), completions: coach.completions) : PlainInput()
        let conversation = TerminalConversation(
            coach: coach, store: store, output: TerminalOutput(colour: Terminal.wantsColour()),
            language: session.language,
            clock: clock)
        guard try conversation.run(kind, on: session, named: try Day.option(date), reading: &input) else {
            throw ExitCode(1)
        }
    }
}

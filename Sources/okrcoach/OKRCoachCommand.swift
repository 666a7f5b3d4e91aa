import ArgumentParser
import Foundation
import OKRCore

/// The `okrcoach` program: a rule-based coach for Objectives and Key Results.
@main
struct OKRCoachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okrcoach",
        abstract: "A rule-based coach for Objectives and Key Results, in every language it has a locale file for.",
        version: OKRCoachVersion.current,
        subcommands: [
            CoachCommand.self, CheckInCommand.self, ReviewCommand.self, RetroCommand.self, ReportCommand.self,
            CheckCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self, IRCCommand.self,
            DoctorCommand.self, RewriteCommand.self,
        ],
        defaultSubcommand: CoachCommand.self
    )

    /// Runs the command the arguments name, after its option checks; a `CommandFailure` or one of
    /// ArgumentParser's usage errors (`UsageError`) is its one line on standard error, in the
    /// person's language, and its exit status; `--help` and `--version` are ArgumentParser's own.
    static func main() async {
        var lang: String?
        var dataDirectory: String?
        do {
            var command = try parseAsRoot()
            let checked = Self.checked(command)
            (lang, dataDirectory) = (checked?.messageLanguage, checked?.dataDirectory)
            try checked?.checkOptions()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            say(failure, lang: lang, dataDirectory: dataDirectory)
        } catch {
            let status = exitCode(for: error)
            guard status == .validationFailure else { exit(withError: error) }
            let usage = UsageError(message: message(for: error), fullMessage: fullMessage(for: error), status: status)
            let given = UsageError.messageOptions(Array(CommandLine.arguments.dropFirst()))
            say(usage.failure, lang: lang ?? given.lang, dataDirectory: dataDirectory ?? given.dataDirectory)
        }
    }

    /// Says a failure on standard error, in the person's language, and exits with its status.
    private static func say(_ failure: CommandFailure, lang: String?, dataDirectory: String?) -> Never {
        let language = MessageLanguage(lang: lang, dataDirectory: dataDirectory)
        Terminal.printError(language.line(failure.error))
        Foundation.exit(failure.status.rawValue)
    }

    /// The command as one whose options okrcoach checks, when it is one.
    nonisolated private static func checked(_ command: any ParsableCommand) -> (any CheckedCommand)? {
        command as? any CheckedCommand
    }
}

/// Options every command that reads data files shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "A folder with 'locales/' and 'prompts/' that comes before the installed ones.", valueName: "folder"))
    var dataDirectory: String?
}

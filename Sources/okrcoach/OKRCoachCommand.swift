import ArgumentParser
import Foundation

/// The `okrcoach` program: a rule-based coach for Objectives and Key Results.
@main
struct OKRCoachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okrcoach",
        abstract: "A rule-based coach for Objectives and Key Results, in English, Norsk, Svenska and Nederlands.",
        version: "0.1.0",
        subcommands: [
            CoachCommand.self, CheckInCommand.self, ReviewCommand.self, RetroCommand.self, ReportCommand.self,
            CheckCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self, IRCCommand.self,
            DoctorCommand.self, RewriteCommand.self,
        ],
        defaultSubcommand: CoachCommand.self
    )

    /// Runs the command the arguments name; a `CommandFailure` is its one line on standard error
    /// and its exit status, anything else ArgumentParser's usual message.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Terminal.printError(failure.line)
            Foundation.exit(failure.status.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every command that reads data files shares.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp("A folder with 'locales/' and 'prompts/' that comes before the installed ones.", valueName: "folder"))
    var dataDirectory: String?
}

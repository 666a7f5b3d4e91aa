import ArgumentParser
import CoachEngine
import Foundation
import OKRCore

/// `okrcoach export`: writes a saved set out as a check file, a Markdown outline or JSON.
struct ExportCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a saved set out as a check file (YAML), a Markdown outline or JSON.",
        discussion: """
            Sets are numbered as the coach's /list shows them, the most recently saved first; \
            without --set the most recent one is written. The YAML is the check file that \
            okrcoach check and okrcoach import read, with every check-in, grade and retro note, \
            so a set can be kept in git, edited by hand and imported again. Without --format the \
            form follows the --output file's extension (.md, .json), else YAML. Exit status: 1 \
            when there is no such set, 2 when a file cannot be read or written.

            Example: okrcoach export --set 2 --output okrs.yaml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, md, json

        var export: SetExport.Format {
            switch self {
            case .yaml: .yaml
            case .md: .md
            case .json: .json
            }
        }
    }

    @Option(
        help: ArgumentHelp(
            "The saved set, numbered as /list shows them (most recent first); default: the most recent.",
            valueName: "number"))
    var set: Int?

    @Option(help: "Output format; default: from the --output file's extension, else yaml.")
    var format: Format?

    @OptionGroup var output: OutputOption

    @OptionGroup var database: DatabaseOption

    @OptionGroup var data: DataOptions

    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        try OptionRange.checkSet(set)
    }

    func run() throws {
        let languages = try data.languages()
        let session = try database.saved.session(number: set)
        let text = SetExport.render(session.set, as: exportFormat, language: Self.language(of: session, languages))
        try output.write(text)
    }

    /// --format, else the form the --output file's extension names, else the check file.
    private var exportFormat: SetExport.Format {
        if let format { return format.export }
        switch output.fileFormat {
        case .markdown: return .md
        case .json: return .json
        case nil: return .yaml
        }
    }

    /// The set's `lang`, else the language the coach spoke, else the one its text is written in.
    private static func language(of session: Session, _ languages: Languages) -> LanguageCode {
        var set = session.set
        set.lang = set.lang ?? session.language
        return Checker(languages: languages).language(of: set)
    }
}

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
            without --set the most recent one is written. --team names the set by its team \
            instead: the team's most recently saved set with key results. The YAML is the check file that \
            okrcoach check and okrcoach import read, with every check-in, grade and retro note, \
            so a set can be kept in git, edited by hand and imported again. Without --format the \
            form follows the --output file's extension (.md, .json), else YAML. Exit status: 1 \
            when there is no such set, 2 when a file cannot be read or written. With \
            --organisation, the saved organisation (mission, one-year and company objectives) \
            is written as its YAML file, which okrcoach import reads back.

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

    @Option(help: SavedSets.teamHelp)
    var team: String?

    @Flag(
        name: .customLong("organisation"),
        help: "Write the saved organisation (the most recently imported) as its YAML file instead of a set.")
    var exportsOrganisation = false

    @Option(help: "Output format; default: from the --output file's extension, else yaml.")
    var format: Format?

    @OptionGroup var output: OutputOption

    @OptionGroup var database: DatabaseOption

    @OptionGroup var data: DataOptions

    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        try OptionRange.checkSet(set)
        try SavedSets.checkTeam(team, set: set)
    }

    func run() throws {
        let languages = try data.languages()
        if exportsOrganisation { return try exportOrganisation(languages) }
        let session = try database.saved.session(number: set, team: team, in: database.saved.all())
        let text = SetExport.render(session.set, as: exportFormat, language: Self.language(of: session, languages))
        try output.write(text)
    }

    /// Writes the most recently saved organisation as its YAML file.
    private func exportOrganisation(_ languages: Languages) throws {
        let saved = database.saved
        guard FileManager.default.fileExists(atPath: saved.path) else {
            throw CommandFailure(.noOrganisation, ["path": saved.path], status: ExitCode(1))
        }
        let store = try saved.store()
        let organisation: Organisation?
        do {
            organisation = try store.organisations().first
        } catch {
            throw CommandFailure(.databaseRead, ["path": saved.path, "reason": CommandFailure.reason(error)])
        }
        guard let organisation else {
            throw CommandFailure(.noOrganisation, ["path": saved.path], status: ExitCode(1))
        }
        let language = Checker(languages: languages).check(organisation, teams: []).language
        try output.write(SetExport.render(organisation, language: language))
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

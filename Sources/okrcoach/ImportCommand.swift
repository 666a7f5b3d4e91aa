import ArgumentParser
import ChatCoach
import CoachEngine
import Foundation
import IRCProtocol
import OKRCore

/// `okrcoach import`: saves a check file or an outline as a new set, beside the drafted ones.
struct ImportCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Save a check file or an outline as a new set, for the coach, check-ins and reviews.",
        discussion: """
            Reads the file as okrcoach check does: YAML check files (.yaml, .yml, the form \
            okrcoach export writes, with check-ins, grades and retro notes) and Markdown outlines \
            (.md, .txt); '-' reads standard input. The set is saved as finished, so the coach \
            lists it (/list, /open) without offering to go on drafting it, and the command prints \
            the number it has there. A set already saved as it reads (the same file imported \
            again) is not saved a second time: the command says which number it has. Exit status 2, with one line naming the file and the line, \
            when the file cannot be read. A file with warnings (an unknown key, an outline line \
            that is neither an objective nor a key result) is not imported, since the saved set \
            would lack what they name, unless --force is given. Files and standard input are read \
            up to 1 MiB, lines up to 16 KiB, and YAML up to 100,000 values.

            An organisation file (mission:, years:, cycles:) is saved as the organisation, \
            replacing one of the same name; a check file's 'parents_from:' is read and its \
            company objectives saved as the set's parents.

            Example: okrcoach import okrs.yaml
            """
    )

    @Argument(help: ArgumentHelp("The check file or outline; '-' reads standard input.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Import the file even when the reading warned of lines or keys it leaves out.")
    var force = false

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp(
            "Save the set for a person in chat, who reaches it with !list and !open: their nick and the bot's network (the IRC server's host, or 'line' for serve).",
            valueName: "nick@network"))
    var owner: String?

    @OptionGroup var data: DataOptions

    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        _ = try owner.map(Self.chatCopyID)
    }

    func run() throws {
        let coach = try data.coach()
        let languages = try data.languages()
        let read: PyramidFile
        do {
            read = try PyramidFile.read(file, languages: languages, retroTopics: coach.retroTopics)
        } catch {
            throw CommandFailure(error)
        }
        var result: ReadResult
        switch read {
        case .organisation(let organisation): return try importOrganisation(organisation, languages: languages)
        case .set(let set): result = set
        }
        var organisations = Organisations(languages: languages, retroTopics: coach.retroTopics)
        do {
            _ = try organisations.align(&result, file: file, fallback: nil)
        } catch {
            throw CommandFailure(error)
        }
        SetFile.printWarnings(result, MessageLanguage(lang: nil, languages: languages))
        // A misspelt ignore comment loses nothing of the set; an unknown key or an unplaced line does.
        let losses = result.warnings.filter { !result.suppressions.warnings.contains($0) }
        if !losses.isEmpty, !force {
            throw CommandFailure(.notImported, ["file": SetFile.displayName(file)])
        }
        let saved = database.saved
        let store = try saved.store()
        let id = try owner.map(Self.chatCopyID) ?? UUID().uuidString
        var session = coach.importedSession(result.set, id: id)
        let number: Int
        let said: CLIText
        do {
            // The same set imported again is not saved twice: the person is told where it already is.
            let sets = try store.sets()
            if let already = sets.firstIndex(where: { Self.holdsTheSame($0, as: session, owner: owner != nil) }) {
                number = already + 1
                said = .importedAlready
            } else {
                try store.save(&session)
                number = (try store.sets().firstIndex { $0.id == session.id } ?? 0) + 1
                said = .imported
            }
        } catch {
            throw CommandFailure(.cannotSave, ["path": saved.path, "reason": CommandFailure.reason(error)])
        }
        let title = session.title.isEmpty ? "" : " (\(session.title))"
        let messages = MessageLanguage(lang: nil, languages: languages)
        try Terminal.print(
            messages.text(said, ["file": SetFile.displayName(file), "number": "\(number)", "title": title]))
    }

    /// Whether a saved set is the one being imported: the same set, finished, and for a chat copy
    /// (`--for`) the same person's copy.
    private static func holdsTheSame(_ stored: Session, as imported: Session, owner: Bool) -> Bool {
        stored.finished && stored.set == imported.set && (!owner || stored.id == imported.id)
    }

    /// Saves an organisation file's levels, replacing an organisation of the same name.
    private func importOrganisation(_ result: OrganisationReadResult, languages: Languages) throws {
        let messages = MessageLanguage(lang: nil, languages: languages)
        for warning in result.warnings { Terminal.printError(messages.warning(warning)) }
        if !result.warnings.isEmpty, !force {
            throw CommandFailure(.notImported, ["file": SetFile.displayName(file)])
        }
        let saved = database.saved
        let store = try saved.store()
        do {
            try store.save(result.organisation)
        } catch {
            throw CommandFailure(.cannotSave, ["path": saved.path, "reason": CommandFailure.reason(error)])
        }
        let name = result.organisation.name ?? ""
        try Terminal.print(
            messages.text(
                .importedOrganisation,
                ["file": SetFile.displayName(file), "name": name.isEmpty ? "" : " (\(name))"]))
    }

    /// The id of a copy for `nick@network` in chat: the key the chat coach knows the person by.
    static func chatCopyID(_ owner: String) throws(CommandFailure) -> String {
        let parts = owner.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].utf8.count <= 64,
            parts[1].utf8.count <= 255,
            !owner.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
                    || $0.properties.generalCategory == .format
            })
        else {
            throw CommandFailure(.forTakes)
        }
        return ChatCoach.copyID(ofKey: "nick:\(parts[1]):\(IRCCaseMapping.default.folded(parts[0]))")
    }
}

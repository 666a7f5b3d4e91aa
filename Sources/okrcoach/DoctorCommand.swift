import ArgumentParser
import CoachEngine
import CoachStore
import Foundation

/// `okrcoach doctor`: finds the saved sets that cannot be read, and shows, replaces or removes them.
///
/// A set can become unreadable when a newer okrcoach saved it, or when the file was damaged or
/// edited by hand. The coach never drops such a set without a word: the other commands point
/// here, and this command names each one with its id and why it cannot be read.
struct DoctorCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "List the saved sets that cannot be read, and repair them.",
        discussion: """
            Without options it checks every saved set and lists those that cannot be read, with \
            their id and why (exit status 1 when there are any, 0 when all can be read). To repair \
            one, write its state out with --show, correct it in an editor, and put it back with \
            --replace; or remove it with --remove.

            Example: okrcoach doctor --show ID > set.json; okrcoach doctor --replace ID set.json
            """
    )

    @Option(help: ArgumentHelp("Print a saved set's state (JSON) as stored, readable or not.", valueName: "id"))
    var show: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Put the corrected state in FILE in the place of set ID; refused if it still cannot be read.",
            valueName: "id file"))
    var replace: [String] = []

    @Option(help: ArgumentHelp("Remove a saved set for good.", valueName: "id"))
    var remove: String?

    @OptionGroup var database: DatabaseOption

    func checkOptions() throws(CommandFailure) {
        let actions = [show != nil, !replace.isEmpty, remove != nil].filter { $0 }.count
        if actions > 1 { throw CommandFailure(.doctorOneAction) }
        if !replace.isEmpty, replace.count != 2 { throw CommandFailure(option: "--replace", .doctorReplaceTakes) }
    }

    func run() throws {
        let saved = database.saved
        guard FileManager.default.fileExists(atPath: saved.path) else {
            throw CommandFailure(.noSavedSetsFile, ["path": saved.path], status: ExitCode(1))
        }
        let store: SQLiteSessionStore
        do {
            store = try SQLiteSessionStore(path: saved.path, readers: .one)
        } catch {
            throw CommandFailure(.databaseOpen, ["path": saved.path, "reason": CommandFailure.reason(error)])
        }
        do {
            if let id = show {
                guard let state = try store.storedState(id: id) else { throw noSuchSet(id, saved) }
                print(isatty(STDOUT_FILENO) == 1 ? Self.visible(state) : state)
            } else if replace.count == 2 {
                try replaceState(id: replace[0], file: replace[1], in: store, saved)
            } else if let id = remove {
                guard try store.remove(id: id) else { throw noSuchSet(id, saved) }
                print(messages.text(.doctorRemoved, ["id": Self.visible(id)]))
            } else {
                try check(store, saved)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(.databaseFailure, ["path": saved.path, "reason": CommandFailure.reason(error)])
        }
    }

    private func check(_ store: SQLiteSessionStore, _ saved: SavedSets) throws {
        let messages = self.messages
        let readable = try store.sessions().count
        let unreadable = try store.unreadable()
        guard !unreadable.isEmpty else {
            print(messages.text(.doctorAllReadable, ["path": saved.path, "count": "\(readable)"]))
            return
        }
        print(
            messages.text(
                .doctorSomeUnreadable,
                ["path": saved.path, "total": "\(readable + unreadable.count)", "count": "\(unreadable.count)"]))
        let format = Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(
            includingFractionalSeconds: false)
        for row in unreadable {
            let title = row.title.isEmpty ? "" : " (\(Self.visible(row.title)))"
            let values = ["id": Self.visible(row.id), "title": title, "saved": row.savedAt.formatted(format)]
            print("  " + messages.text(.doctorRow, values.merging(["reason": Self.visible(row.reason)]) { $1 }))
        }
        print(messages.text(.doctorRepairHint))
        print(messages.text(.doctorRemoveHint))
        throw ExitCode(1)
    }

    private func replaceState(id: String, file: String, in store: SQLiteSessionStore, _ saved: SavedSets) throws {
        let state: String
        do {
            state = try file == "-" ? InputFile.readStandardInput() : InputFile.read(path: file)
        } catch {
            throw CommandFailure(error)
        }
        guard try store.storedState(id: id) != nil else { throw noSuchSet(id, saved) }
        do {
            let session = try store.replaceState(id: id, with: state)
            let title = session.title.isEmpty ? "" : " (\(Self.visible(session.title)))"
            print(messages.text(.doctorReplaced, ["id": Self.visible(id), "title": title]))
        } catch let unreadable as UnreadableSession {
            throw CommandFailure(.doctorStillUnreadable, ["file": file, "reason": Self.visible(unreadable.reason)])
        }
    }

    /// Doctor has no `--lang`: it speaks the locale settings' language.
    private var messages: MessageLanguage { MessageLanguage(lang: nil, dataDirectory: nil) }

    private func noSuchSet(_ id: String, _ saved: SavedSets) -> CommandFailure {
        CommandFailure(.doctorNoSuchID, ["path": saved.path, "id": Self.visible(id)], status: ExitCode(1))
    }

    /// Text from the file, with control characters made visible, so a damaged row cannot steer the terminal.
    static func visible(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }
}

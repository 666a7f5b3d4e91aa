import ArgumentParser
import CoachEngine
import CoachStore
import Foundation

/// `okrcoach doctor`: finds the saved sets that cannot be read, and shows, replaces or removes them.
///
/// A set can become unreadable when a newer okrcoach saved it, or when the file was damaged or
/// edited by hand. The coach never drops such a set without a word: the other commands point
/// here, and this command names each one with its id and why it cannot be read.
struct DoctorCommand: ParsableCommand {
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
        help: ArgumentHelp("Put the corrected state in FILE in the place of set ID; refused if it still cannot be read.", valueName: "id file"))
    var replace: [String] = []

    @Option(help: ArgumentHelp("Remove a saved set for good.", valueName: "id"))
    var remove: String?

    @Option(help: ArgumentHelp("The SQLite file the sets are kept in.", valueName: "file"))
    var db: String?

    func validate() throws {
        let actions = [show != nil, !replace.isEmpty, remove != nil].filter { $0 }.count
        if actions > 1 { throw ValidationError("give one of --show, --replace and --remove at a time") }
        if !replace.isEmpty, replace.count != 2 { throw ValidationError("--replace takes a set's id and a file: --replace ID FILE") }
    }

    func run() throws {
        let saved = SavedSets(db: db)
        guard FileManager.default.fileExists(atPath: saved.path) else {
            Terminal.printError("okrcoach: no saved sets yet (\(saved.path) does not exist)")
            throw ExitCode(1)
        }
        let store: SQLiteSessionStore
        do {
            store = try SQLiteSessionStore(path: saved.path)
        } catch {
            Terminal.printError("okrcoach: \(saved.path): cannot open the database: \(error)")
            throw ExitCode(2)
        }
        do {
            if let id = show {
                guard let state = try store.storedState(id: id) else { throw noSuchSet(id, saved) }
                print(isatty(STDOUT_FILENO) == 1 ? Self.visible(state) : state)
            } else if replace.count == 2 {
                try replaceState(id: replace[0], file: replace[1], in: store, saved)
            } else if let id = remove {
                guard try store.remove(id: id) else { throw noSuchSet(id, saved) }
                print("Removed \(Self.visible(id)).")
            } else {
                try check(store, saved)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.printError("okrcoach: \(saved.path): \(error)")
            throw ExitCode(2)
        }
    }

    private func check(_ store: SQLiteSessionStore, _ saved: SavedSets) throws {
        let readable = try store.sessions().count
        let unreadable = try store.unreadable()
        guard !unreadable.isEmpty else {
            print("\(saved.path): all \(readable) saved sessions can be read.")
            return
        }
        let count = unreadable.count == 1 ? "1 cannot be read" : "\(unreadable.count) cannot be read"
        print("\(saved.path): \(readable + unreadable.count) saved sessions, \(count):")
        let format = Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(includingFractionalSeconds: false)
        for row in unreadable {
            let title = row.title.isEmpty ? "" : " (\(Self.visible(row.title)))"
            print("  \(Self.visible(row.id))\(title), saved \(row.savedAt.formatted(format)): \(Self.visible(row.reason))")
        }
        print("Repair one: okrcoach doctor --show ID > set.json, correct set.json, okrcoach doctor --replace ID set.json")
        print("Or remove it: okrcoach doctor --remove ID")
        throw ExitCode(1)
    }

    private func replaceState(id: String, file: String, in store: SQLiteSessionStore, _ saved: SavedSets) throws {
        let state: String
        do {
            state = try file == "-" ? InputFile.readStandardInput() : InputFile.read(path: file)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        guard try store.storedState(id: id) != nil else { throw noSuchSet(id, saved) }
        do {
            let session = try store.replaceState(id: id, with: state)
            let title = session.title.isEmpty ? "" : " (\(Self.visible(session.title)))"
            print("Replaced \(Self.visible(id))\(title); it can be read again.")
        } catch let unreadable as UnreadableSession {
            Terminal.printError("okrcoach: \(file): still cannot be read, nothing changed: \(Self.visible(unreadable.reason))")
            throw ExitCode(2)
        }
    }

    private func noSuchSet(_ id: String, _ saved: SavedSets) -> ExitCode {
        Terminal.printError("okrcoach: \(saved.path): there is no saved set with the id \(Self.visible(id)); okrcoach doctor lists them")
        return ExitCode(1)
    }

    /// Text from the file, with control characters made visible, so a damaged row cannot steer the terminal.
    static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }
}

import ArgumentParser
import CoachEngine
import CoachStore
import Foundation
import OKRCore

/// The sets saved in the coach's SQLite file, for the commands that take one out or put one in.
///
/// Problems are told on standard error in one line, and end the command: exit 1 when
/// there is no such set, 2 when the file cannot be opened.
struct SavedSets {
    let path: String

    /// - Parameter db: `--db`; the XDG data file when nil.
    init(db: String?) {
        path = db ?? StatePaths.database()
    }

    /// The store, created with its folder when it does not exist yet; saved sets that cannot be
    /// read are pointed out on standard error, with the command that repairs them.
    ///
    /// - Parameter readers: `.many` for the chat servers, whose lanes read at once; a command
    ///   reads from one thread, and its opening then writes nothing.
    func store(readers: SQLiteSessionStore.Readers = .one) throws -> SQLiteSessionStore {
        let store: SQLiteSessionStore
        do {
            store = try SQLiteSessionStore(path: path, readers: readers)
        } catch {
            throw CommandFailure(.databaseOpen, ["path": path, "reason": CommandFailure.reason(error)])
        }
        if let unreadable = try? store.unreadable(), !unreadable.isEmpty {
            let messages = MessageLanguage(lang: nil, dataDirectory: nil)
            let key: CLIText = unreadable.count == 1 ? .unreadableSetsOne : .unreadableSets
            Terminal.printError("okrcoach: " + messages.text(key, ["path": path, "count": "\(unreadable.count)"]))
        }
        return store
    }

    /// Every saved session, the most recently saved first, as /list numbers them; never empty
    /// unless `allowingNone` (a store that holds only an organisation).
    func all(allowingNone: Bool = false) throws -> [Session] {
        try opened(allowingNone: allowingNone).sets
    }

    /// The store of a file that exists, and its saved sets as `all()` gives them.
    func opened(allowingNone: Bool = false) throws -> (store: SQLiteSessionStore, sets: [Session]) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(.noSavedSetsFile, ["path": path], status: ExitCode(1))
        }
        let store = try store()
        let sessions: [Session]
        do {
            sessions = try store.sets()
        } catch {
            throw CommandFailure(.databaseRead, ["path": path, "reason": CommandFailure.reason(error)])
        }
        guard !sessions.isEmpty || allowingNone else {
            throw CommandFailure(.noSavedSets, ["path": path], status: ExitCode(1))
        }
        return (store, sessions)
    }

    /// The session numbered as `/list` numbers them (1 is the most recently saved); the most recent when nil,
    /// or with `needsKeyResults` the most recent that has key results.
    func session(number: Int?, needsKeyResults: Bool = false) throws -> Session {
        try session(number: number, needsKeyResults: needsKeyResults, in: all())
    }

    /// The same choice among sessions already read.
    func session(number: Int?, needsKeyResults: Bool = false, in sessions: [Session]) throws -> Session {
        if number == nil, needsKeyResults {
            guard let session = sessions.first(where: { $0.set.objectives.contains { !$0.keyResults.isEmpty } }) else {
                throw CommandFailure(.noKeyResultsYet, status: ExitCode(1))
            }
            return session
        }
        let number = number ?? 1
        guard sessions.indices.contains(number - 1) else {
            throw CommandFailure(
                sessions.count == 1 ? .noSuchSetOne : .noSuchSet,
                ["number": "\(number)", "count": "\(sessions.count)"],
                status: ExitCode(1))
        }
        return sessions[number - 1]
    }
}

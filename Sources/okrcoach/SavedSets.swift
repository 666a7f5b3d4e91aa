import ArgumentParser
import CoachEngine
import CoachStore
import Foundation

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

    /// The store, created with its folder when it does not exist yet.
    func store() throws -> SQLiteSessionStore {
        do {
            return try SQLiteSessionStore(path: path)
        } catch {
            Terminal.printError("okrcoach: \(path): cannot open the database: \(error)")
            throw ExitCode(2)
        }
    }

    /// The session numbered as `/list` numbers them (1 is the most recently saved); the most recent when nil.
    func session(number: Int?) throws -> Session {
        guard FileManager.default.fileExists(atPath: path) else {
            Terminal.printError("okrcoach: no saved sets yet (\(path) does not exist); draft one with: okrcoach")
            throw ExitCode(1)
        }
        let store = try store()
        let sessions: [Session]
        do {
            sessions = try store.sessions()
        } catch {
            Terminal.printError("okrcoach: \(path): cannot read the database: \(error)")
            throw ExitCode(2)
        }
        guard !sessions.isEmpty else {
            Terminal.printError("okrcoach: no saved sets yet in \(path); draft one with: okrcoach")
            throw ExitCode(1)
        }
        let number = number ?? 1
        guard sessions.indices.contains(number - 1) else {
            let count = sessions.count == 1 ? "there is 1 saved set" : "there are \(sessions.count) saved sets"
            Terminal.printError("okrcoach: there is no set \(number); \(count), numbered as /list shows them")
            throw ExitCode(1)
        }
        return sessions[number - 1]
    }
}

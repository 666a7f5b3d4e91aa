import CoachEngine
import Foundation
import GRDB

/// What `okrcoach doctor` does with a row that cannot be read: show its state as stored,
/// put a corrected state in its place, or remove it.
extension SQLiteSessionStore {
    /// The state of a row as stored (JSON), whether or not it can be read; nil when there is no such row.
    public func storedState(id: String) throws -> String? {
        try read { db in
            try StoredRow.fetchOne(db, sql: "\(StoredRow.select) WHERE id = ?", arguments: [id])?.state
        }
    }

    /// Puts a corrected state (JSON, as `storedState` gave it) in a row's place.
    ///
    /// - Returns: the session as it now reads.
    /// - Throws: `UnreadableSession` when the new state cannot be read either (nothing is changed),
    ///   `StoreFailure` when there is no such row or the file cannot be written.
    public func replaceState(id: String, with state: String) throws -> Session {
        guard !readOnly else { throw StoreFailure(.readOnly, "the database file is read-only") }
        var session: Session
        switch schema.decode(state, version: schema.current) {
        case .success(let read): session = read
        case .failure(let failure):
            throw UnreadableSession(id: id, title: "", savedAt: Date(), reason: failure.reason)
        }
        session.id = id
        let stored = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        let saving = session
        let revision: Int? = try writing { db in
            try db.execute(
                sql: """
                    UPDATE session SET title = ?, finished = ?, savedAt = ?, state = ?, schema = ?, revision = revision + 1
                    WHERE id = ?
                    """,
                arguments: [
                    saving.title, saving.finished, Date().timeIntervalSince1970, stored, schema.current, saving.id,
                ])
            return try Int.fetchOne(db, sql: "SELECT revision FROM session WHERE id = ?", arguments: [saving.id])
        }
        guard let revision else { throw StoreFailure(.other, "there is no stored session \(id)") }
        session.revision = revision
        return session
    }

    /// Removes a row; false when there is none with that id.
    public func remove(id: String) throws -> Bool {
        guard !readOnly else { throw StoreFailure(.readOnly, "the database file is read-only") }
        return try writing { db in
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    private func writing<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try database.write(updates)
        } catch {
            throw StoreFailure.describing(error)
        }
    }
}

import CoachEngine
import Foundation
import GRDB

/// Sessions in one SQLite file, through GRDB: the coach's default store.
///
/// Each session is one row holding its state as JSON; every save is its own
/// transaction, so a killed process loses nothing that was saved. The file is
/// in WAL mode with `synchronous = NORMAL`: a save is durable when the process
/// dies, and only a crash of the whole machine could lose the last ones.
public final class SQLiteSessionStore: SessionStore {
    private let database: DatabasePool

    /// Opens (and creates, with its folder) the database file.
    ///
    /// - Throws: when the file cannot be opened or is not an okrcoach database.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("sessions") { db in
            try db.create(table: "session") { table in
                table.primaryKey("id", .text)
                table.column("title", .text).notNull()
                table.column("finished", .boolean).notNull()
                table.column("savedAt", .double).notNull()
                table.column("state", .text).notNull()
            }
        }
        return migrator
    }

    public func save(_ session: Session) throws {
        let state = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO session (id, title, finished, savedAt, state) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET title = excluded.title, finished = excluded.finished,
                        savedAt = excluded.savedAt, state = excluded.state
                    """,
                arguments: [session.id, session.title, session.finished, Date().timeIntervalSince1970, state])
        }
    }

    public func session(id: String) throws -> Session? {
        let state = try database.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM session WHERE id = ?", arguments: [id])
        }
        return try state.map { try JSONDecoder().decode(Session.self, from: Data($0.utf8)) }
    }

    public func sessions() throws -> [Session] {
        let states = try database.read { db in
            try String.fetchAll(db, sql: "SELECT state FROM session ORDER BY savedAt DESC, rowid DESC")
        }
        let decoder = JSONDecoder()
        return states.compactMap { try? decoder.decode(Session.self, from: Data($0.utf8)) }
    }
}

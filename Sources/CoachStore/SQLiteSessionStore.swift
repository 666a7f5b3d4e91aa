import CoachEngine
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// Sessions in one SQLite file, through GRDB: the coach's default store.
///
/// Each session is one row holding its state as JSON, the version of that state's shape
/// (`SessionSchema`) and a revision counted up at every save. Every save (one turn, or a
/// chat batch of many people's turns) is one transaction, so a killed process loses nothing that
/// was saved, and checks the revisions,
/// so two processes on one file never silently wipe each other's answers. A short lock by
/// another process is waited for (up to `busyTimeout`). The file is in WAL mode with
/// `synchronous = NORMAL`: a save is durable when the process dies, and only a crash of the
/// whole machine could lose the last ones. A file that cannot be written is opened to read.
///
/// Opening a file that is already up to date writes nothing and waits for no disk sync: a
/// command or the terminal coach (`Readers.one`) opens one connection, which reads the
/// write-ahead log as it finds it; only the chat server (`Readers.many`) opens a pool of readers,
/// whose set-up writes to the log when there is none yet. The migrator runs only when a
/// migration is missing.
public final class SQLiteSessionStore: SessionStore {
    /// Who reads the file at once through this store.
    public enum Readers: Sendable {
        /// One thread at a time: a command, the terminal coach. One connection, nothing written at opening.
        case one
        /// Many threads at once: the chat server's lanes read in parallel with a write (a GRDB pool).
        case many
    }

    let database: any DatabaseWriter
    let schema: SessionSchema
    /// Whether the file could only be opened to read.
    public let readOnly: Bool
    /// The JSON of the /back histories saved last, so that a save writes only the states a turn added.
    let keptHistories = KeptLists()

    /// How long a save or a read waits for another process's lock before it fails.
    public static let busyTimeout: TimeInterval = 10

    /// Opens (and creates, with its folder, both private to the user) the database file.
    ///
    /// - Parameter readers: `.one` for a command that reads and writes from one thread at a time.
    /// - Throws: `StoreFailure` when the path is no file (a device, a folder), its folder cannot
    ///   be made, or the file is not an okrcoach database.
    public init(path: String, schema: SessionSchema = .sessions, readers: Readers = .many) throws {
        self.schema = schema
        do {
            try Self.prepareFile(at: path)
            readOnly =
                access(path, W_OK) != 0
                || access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) != 0
            var configuration = Configuration()
            configuration.busyMode = .timeout(Self.busyTimeout)
            if readOnly {
                configuration.readonly = true
                database = try Self.openToRead(path, configuration)
            } else {
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
                let writer: any DatabaseWriter
                switch readers {
                case .many: writer = try DatabasePool(path: path, configuration: configuration)
                case .one: writer = try Self.openOne(path, configuration)
                }
                try Self.migrate(writer)
                database = writer
            }
            try database.read { db in
                guard try db.tableExists("session") else { throw StoreFailure(.notADatabase, "no okrcoach sets in it") }
                guard try db.columns(in: "session").contains(where: { $0.name == "schema" }) else {
                    throw StoreFailure(
                        .readOnly, "made by an older okrcoach and read-only: open it once where it can be written")
                }
            }
        } catch {
            throw StoreFailure.describing(error)
        }
    }

    /// One connection in WAL mode. A file already in WAL mode is only read: GRDB's pool would
    /// write a throwaway table (and wait for two disk syncs) whenever it finds no log, which is
    /// at every start, since the last connection to close removes it. A new file is put in WAL
    /// mode, which writes its header once.
    private static func openOne(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.inDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw StoreFailure(.other, "cannot keep a write-ahead log beside it")
                }
            }
        }
        return queue
    }

    /// A file that cannot be written, opened to read. A WAL file in a folder that cannot be written
    /// either has no shared-memory file to open it through; then it is read as it is on disk
    /// (SQLite's `immutable`), which is how it is anyway while nobody can write it.
    private static func openToRead(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in _ = try db.tableExists("session") }
            return queue
        } catch {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
        }
    }

    /// Refuses a path that is no regular file, and creates a new file (and its folder) private to the user.
    private static func prepareFile(at path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            guard type == S_IFREG else {
                let what =
                    type == S_IFDIR
                    ? "a folder" : type == S_IFCHR || type == S_IFBLK ? "a device" : "not a regular file"
                throw StoreFailure(.notAFile, "is \(what), not a database file")
            }
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }.flatMap
            {
                $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil
            }
            throw StoreFailure(.noFolder, "cannot make the folder \(folder.path)" + (posix.map { ": \($0)" } ?? ""))
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Brings the tables up to date. Processes that open a new file at once may migrate it at once:
    /// the one that loses the race fails on the other's table or column, and finds the work done.
    /// A file already up to date is only read, not taken through the migrator's barrier write.
    private static func migrate(_ database: any DatabaseWriter) throws {
        if try database.read(migrator.hasCompletedMigrations) { return }
        var attempt = 0
        while true {
            do {
                try migrator.migrate(database)
                return
            } catch {
                attempt += 1
                if try database.read(migrator.hasCompletedMigrations) { return }
                if attempt >= 5 { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    static var migrator: DatabaseMigrator {
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
        // Each row's revision, for refusing stale saves, and the version of its state's shape.
        migrator.registerMigration("versions") { db in
            try db.alter(table: "session") { table in
                table.add(column: "revision", .integer).notNull().defaults(to: 1)
                table.add(column: "schema", .integer).notNull().defaults(to: 1)
            }
        }
        registerOrganisations(in: &migrator)
        return migrator
    }

    public func save(_ sessions: inout [Session]) throws {
        sessions = try save(batch: [TurnSave(saves: sessions)])[0].get()
    }

    /// All the batch's turns in one transaction: one write to the file for many people's answers.
    /// A failure of the file (full, read-only) fails every turn, and nothing is saved.
    public func save(batch turns: [TurnSave]) -> [Result<[Session], any Error>] {
        do {
            guard !readOnly else { throw StoreFailure(.readOnly, "the database file is read-only") }
            let states = try turns.map { turn in try turn.saves.map(state) }
            let version = schema.current
            return try database.write { db in
                let revision = try db.cachedStatement(sql: "SELECT revision FROM session WHERE id = ?")
                let upsert = try db.cachedStatement(
                    sql: """
                        INSERT INTO session (id, title, finished, savedAt, state, revision, schema)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET title = excluded.title, finished = excluded.finished,
                            savedAt = excluded.savedAt, state = excluded.state, revision = excluded.revision,
                            schema = excluded.schema
                        """)
                let savedAt = Date().timeIntervalSince1970
                var refused: Set<String> = []
                var results: [Result<[Session], any Error>] = []
                for (turn, states) in zip(turns, states) {
                    if let stale = try turn.staleness(
                        refused: refused, stored: { try Int.fetchOne(revision, arguments: [$0]) ?? 0 })
                    {
                        refused.formUnion(turn.ids)
                        results.append(.failure(stale))
                        continue
                    }
                    var saved = turn.saves
                    for (index, state) in zip(saved.indices, states) {
                        try upsert.execute(arguments: [
                            saved[index].id, saved[index].title, saved[index].finished, savedAt, state,
                            saved[index].revision + 1, version,
                        ])
                        saved[index].revision += 1
                    }
                    results.append(.success(saved))
                }
                return results
            }
        } catch {
            let failure = StoreFailure.describing(error)
            return turns.map { _ in .failure(failure) }
        }
    }

    /// A session's state as stored: written in one pass (`JSONStreamWriter`), with its /back history
    /// written only where it grew since the last save (`keptHistories`), or by `JSONEncoder` where a
    /// value cannot be written so; the same JSON either way.
    func state(_ session: Session) throws -> String {
        if let bytes = try? JSONStreamWriter(keeping: (keptHistories, session.id)).encode(session) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
    }

    public func session(id: String) throws -> Session? {
        let row = try read { db in
            try StoredRow.fetchOne(db, sql: "\(StoredRow.select) WHERE id = ?", arguments: [id])
        }
        guard let row else { return nil }
        return try decode(row).get()
    }

    public func sessions() throws -> [Session] {
        try allRows().compactMap { try? decode($0).get() }
    }

    public func unreadable() throws -> [UnreadableSession] {
        try allRows().compactMap { row in
            guard case .failure(let failure) = decode(row) else { return nil }
            return failure
        }
    }

    private func allRows() throws -> [StoredRow] {
        try read { db in
            try StoredRow.fetchAll(db, sql: "\(StoredRow.select) ORDER BY savedAt DESC, rowid DESC")
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do {
            return try database.read(value)
        } catch {
            throw StoreFailure.describing(error)
        }
    }

    private func decode(_ row: StoredRow) -> Result<Session, UnreadableSession> {
        switch schema.decode(row.state, version: row.schema) {
        case .success(var session):
            session.id = row.id
            session.revision = row.revision
            return .success(session)
        case .failure(let failure):
            return .failure(
                UnreadableSession(
                    id: row.id, title: row.title, savedAt: Date(timeIntervalSince1970: row.savedAt),
                    reason: failure.reason))
        }
    }
}

/// One row of the `session` table.
struct StoredRow: FetchableRecord {
    static let select = "SELECT id, title, savedAt, state, revision, schema FROM session"

    let id: String
    let title: String
    let savedAt: Double
    let state: String
    let revision: Int
    let schema: Int

    /// Reads a row as it is, whatever a damaged or hostile file holds: a wrong value never traps,
    /// it makes the state unreadable (an empty state or version 0 fails to decode, with a reason).
    init(row: Row) {
        id = Self.value(row, "id") ?? ""
        title = Self.value(row, "title") ?? ""
        savedAt = Self.value(row, "savedAt") ?? 0
        state = Self.value(row, "state") ?? ""
        revision = Self.value(row, "revision") ?? 0
        schema = Self.value(row, "schema") ?? 0
    }

    private static func value<T: DatabaseValueConvertible>(_ row: Row, _ column: String) -> T? {
        T.fromDatabaseValue(row[column] as DatabaseValue)
    }
}

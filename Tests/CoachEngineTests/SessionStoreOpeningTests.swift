import CoachEngine
import CoachStore
import Foundation
import GRDB
import Testing

/// Opening the SQLite file: a new file, one already up to date (which a command opens without
/// writing a byte), one from an older okrcoach, a damaged one; with one connection (commands,
/// the terminal coach) and with a pool of readers (the chat server), on the same file at once.
struct SessionStoreOpeningTests {
    private static let readers: [SQLiteSessionStore.Readers] = [.one, .many]

    /// A new store in a new folder, holding one session whose team is `team`.
    private func storeWithOneSet(_ readers: SQLiteSessionStore.Readers, team: String = "Growth") throws -> String {
        let path = StoreFile.path()
        var conversation = Conversation(language: "nb", id: "kept")
        conversation.type(team)
        var session = conversation.session
        try SQLiteSessionStore(path: path, readers: readers).save(&session)
        return path
    }

    private func journalMode(_ path: String) throws -> String? {
        try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test(arguments: readers)
    func aNewFileIsMadeWithAWriteAheadLogAndKeepsWhatIsSaved(readers: SQLiteSessionStore.Readers) throws {
        let path = try storeWithOneSet(readers)
        defer { StoreFile.remove(path) }
        #expect(try journalMode(path) == "wal")
        for other in Self.readers {
            #expect(try SQLiteSessionStore(path: path, readers: other).sessions().map(\.set.team) == ["Growth"])
        }
    }

    @Test func aFileUpToDateIsOpenedAndReadWithoutWritingAnything() throws {
        let path = try storeWithOneSet(.one)
        defer { StoreFile.remove(path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        for _ in 0..<3 {
            let store = try SQLiteSessionStore(path: path, readers: .one)
            #expect(try store.latestUnfinished()?.set.team == "Growth")
            #expect(try store.organisations().isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
        // Nothing was logged either: the last connection to close removes an empty log.
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test(arguments: readers)
    func aFileUpToDateKeepsTakingSaves(readers: SQLiteSessionStore.Readers) throws {
        let path = try storeWithOneSet(readers)
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path, readers: readers)
        var session = try #require(try store.session(id: "kept"))
        session.set.team = "Vekst"
        try store.save(&session)
        #expect(session.revision == 2)
        #expect(try SQLiteSessionStore(path: path, readers: .one).session(id: "kept")?.set.team == "Vekst")
    }

    @Test(arguments: readers)
    func aFileFromBeforeVersionsIsMigratedOnceAndKeepsItsSets(readers: SQLiteSessionStore.Readers) throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        var conversation = Conversation(language: "sv", id: "old")
        conversation.type("Kundresan")
        let state = try #require(String(data: try JSONEncoder().encode(conversation.session), encoding: .utf8))
        // An okrcoach from before the revisions, in the rollback journal SQLite starts with.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('sessions');
                    CREATE TABLE session (id TEXT PRIMARY KEY, title TEXT NOT NULL, finished BOOLEAN NOT NULL,
                        savedAt DOUBLE NOT NULL, state TEXT NOT NULL);
                    """)
            try db.execute(sql: "INSERT INTO session VALUES ('old', 'Kundresan', 0, 1, ?)", arguments: [state])
        }
        var old = try #require(try SQLiteSessionStore(path: path, readers: readers).session(id: "old"))
        #expect(old.revision == 1 && old.set.team == "Kundresan")
        #expect(try journalMode(path) == "wal")
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(migrations.contains("versions") && migrations.contains("sessions"))
        let store = try SQLiteSessionStore(path: path, readers: readers)
        try store.save(&old)
        #expect(old.revision == 2)
    }

    @Test(arguments: readers)
    func aDamagedFileIsRefusedAndLeftAsItIs(readers: SQLiteSessionStore.Readers) throws {
        let path = try storeWithOneSet(.one)
        defer { StoreFile.remove(path) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // The header says SQLite, the pages that follow are noise.
        bytes.replaceSubrange(100..<bytes.count, with: Data(repeating: 0xA5, count: bytes.count - 100))
        try bytes.write(to: URL(fileURLWithPath: path))
        let failure = try #require(throws: StoreFailure.self) {
            try SQLiteSessionStore(path: path, readers: readers)
        }
        #expect(failure.kind == .notADatabase, "\(failure)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test(arguments: readers)
    func aFileThatIsNoDatabaseIsRefused(readers: SQLiteSessionStore.Readers) throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        for text in ["objectives:\n  - Grow\u{1B}[2J\u{0}", String(repeating: "\u{0}", count: 70_000)] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let failure = try #require(throws: StoreFailure.self) {
                try SQLiteSessionStore(path: path, readers: readers)
            }
            #expect(failure.kind == .notADatabase, "\(failure)")
        }
    }

    @Test func aCommandAndTheChatServerShareOneFileAtOnce() throws {
        let path = try storeWithOneSet(.many)
        defer { StoreFile.remove(path) }
        let server = try SQLiteSessionStore(path: path, readers: .many)
        let command = try SQLiteSessionStore(path: path, readers: .one)
        var fromCommand = try #require(try command.session(id: "kept"))
        fromCommand.set.team = "Kundresan"
        try command.save(&fromCommand)
        #expect(try server.session(id: "kept")?.set.team == "Kundresan")
        var stale = fromCommand
        stale.revision = 1
        #expect(throws: (any Error).self) { try server.save(&stale) }
        var fromServer = try #require(try server.session(id: "kept"))
        fromServer.set.team = "Groei"
        try server.save(&fromServer)
        #expect(try command.session(id: "kept")?.set.team == "Groei")
    }
}

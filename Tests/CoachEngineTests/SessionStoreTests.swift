import CoachEngine
import CoachStore
import Foundation
import Testing

/// Sessions survive in the SQLite file, newest first, and two copies of one session never wipe each other.
struct SessionStoreTests {
    @Test func savesAndReadsBackInOrder() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        var first = Conversation(language: "sv", id: "first")
        first.type("Kundresan", "2027-Q1")
        var second = Conversation(language: "nl", id: "second")
        second.type("Groei")
        var firstSaved = first.session
        var secondSaved = second.session
        var store: SQLiteSessionStore? = try SQLiteSessionStore(path: path)
        try store?.save(&firstSaved)
        try store?.save(&secondSaved)
        store = nil

        let reopened = try SQLiteSessionStore(path: path)
        let sessions = try reopened.sessions()
        #expect(sessions.map(\.set.team) == ["Groei", "Kundresan"])
        #expect(sessions[1] == firstSaved)
        #expect(sessions[1].revision == 1)
        #expect(try reopened.latestUnfinished()?.set.team == "Groei")
    }

    @Test func savingAgainReplacesAndCountsTheRevisionUp() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        let next = try saveNewSessionThenItsTeam(in: store)
        #expect(try store.sessions().count == 1)
        #expect(try store.sessions()[0].set.team == "Growth")
        #expect(try store.session(id: next.id)?.revision == 2)
    }

    @Test(arguments: [false, true])
    func aStaleSaveIsRefusedAndTheNewerCopyStays(inMemory: Bool) throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store: any SessionStore = inMemory ? InMemorySessionStore() : try SQLiteSessionStore(path: path)
        var conversation = Conversation(language: "en")
        var original = conversation.session
        try store.save(&original)
        // Two windows read the same set.
        var mine = try #require(try store.session(id: original.id))
        var theirs = mine
        conversation.type("Growth")
        theirs.set = conversation.session.set
        try store.save(&theirs)
        mine.set.team = "Support"
        #expect(throws: StaleSessionError(id: mine.id, revision: 1, stored: 2)) { try store.save(&mine) }
        #expect(try store.session(id: mine.id)?.set.team == "Growth")
        // A session never saved cannot take the place of one that was.
        var stranger = Conversation(language: "en", id: original.id).session
        #expect(throws: StaleSessionError.self) { try store.save(&stranger) }
        #expect(try store.session(id: mine.id)?.set.team == "Growth")
    }

    @Test func severalSessionsAreSavedAllOrNone() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        var team = Conversation(language: "en", id: "team").session
        try store.save(&team)
        var stale = team
        try store.save(&team)
        var member = Conversation(language: "en", id: "member").session
        var both = [member, stale]
        #expect(throws: StaleSessionError.self) { try store.save(&both) }
        #expect(try store.session(id: "member") == nil)
        stale = team
        both = [member, stale]
        try store.save(&both)
        member = both[0]
        #expect(member.revision == 1 && both[1].revision == 3)
    }

    @Test func aNewFileAndItsFolderArePrivate() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        var session = Conversation(language: "en").session
        try SQLiteSessionStore(path: path).save(&session)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let folder = try FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            #expect(
                (try FileManager.default.attributesOfItem(atPath: path + suffix)[.posixPermissions] as? Int) == 0o600)
        }
    }

    @Test func theInMemoryStoreBehavesTheSame() throws {
        let store = InMemorySessionStore()
        try saveNewSessionThenItsTeam(in: store)
        #expect(store.sessions().map(\.set.team) == ["Growth"])
    }

    /// Saves a new English session, then the same session once its team is answered "Growth",
    /// as the coach saves after each turn; returns the second copy as saved.
    @discardableResult
    private func saveNewSessionThenItsTeam(in store: some SessionStore) throws -> Session {
        var conversation = Conversation(language: "en")
        var session = conversation.session
        try store.save(&session)
        conversation.type("Growth")
        var next = conversation.session
        next.revision = session.revision
        try store.save(&next)
        return next
    }
}

/// Scratch database files for the store tests.
enum StoreFile {
    static func path() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-store-\(UUID().uuidString)/okr.sqlite")
            .path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }
}

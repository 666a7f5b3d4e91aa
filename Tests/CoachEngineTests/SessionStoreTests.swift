import CoachEngine
import CoachStore
import Foundation
import Testing

/// Sessions survive in the SQLite file, newest first.
struct SessionStoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-store-\(UUID().uuidString)/okr.sqlite").path
    }

    @Test func savesAndReadsBackInOrder() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        var first = Conversation(language: "sv", id: "first")
        first.type("Kundresan", "2027-Q1")
        var second = Conversation(language: "nl", id: "second")
        second.type("Groei")
        var store: SQLiteSessionStore? = try SQLiteSessionStore(path: path)
        try store?.save(first.session)
        try store?.save(second.session)
        store = nil

        let reopened = try SQLiteSessionStore(path: path)
        let sessions = try reopened.sessions()
        #expect(sessions.map(\.set.team) == ["Groei", "Kundresan"])
        #expect(sessions[1] == first.session)
        #expect(try reopened.latestUnfinished()?.set.team == "Groei")
    }

    @Test func savingAgainReplaces() throws {
        let store = try SQLiteSessionStore(path: temporaryPath())
        var conversation = Conversation(language: "en")
        try store.save(conversation.session)
        conversation.type("Growth")
        try store.save(conversation.session)
        #expect(try store.sessions().count == 1)
        #expect(try store.sessions()[0].set.team == "Growth")
    }

    @Test func theInMemoryStoreBehavesTheSame() {
        let store = InMemorySessionStore()
        var conversation = Conversation(language: "en")
        store.save(conversation.session)
        conversation.type("Growth")
        store.save(conversation.session)
        #expect(store.sessions().map(\.set.team) == ["Growth"])
    }
}

import CoachEngine
import CoachStore
import Foundation
import GRDB
import Testing

/// What a damaged, hostile or foreign database holds is reported, never dropped and never a crash.
struct SessionStoreHostileTests {
    /// A store with one good session, and a raw connection to the same file for writing what okrcoach never would.
    private func storeWithOneSet() throws -> (path: String, good: Session) {
        let path = StoreFile.path()
        var conversation = Conversation(language: "en", id: "good")
        conversation.type("Growth")
        var good = conversation.session
        try SQLiteSessionStore(path: path).save(&good)
        return (path, good)
    }

    private func insert(_ path: String, id: String, state: (any DatabaseValueConvertible)?, schema: Int = 1) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO session (id, title, finished, savedAt, state, revision, schema) VALUES (?, ?, 0, ?, ?, 1, ?)",
                arguments: [id, "Broken", Date().timeIntervalSince1970, state, schema])
        }
    }

    @Test func aRowThatCannotBeReadIsReportedWithItsIdAndWhy() throws {
        let (path, good) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        var state = try #require(String(data: try JSONEncoder().encode(good), encoding: .utf8))
        state = state.replacingOccurrences(of: "\"step\":\"", with: "\"step\":7,\"was\":\"")
        try insert(path, id: "wrong-type", state: state)
        try insert(path, id: "not-json", state: "{\"id\": \"x\", ")
        try insert(path, id: "number-state", state: 42)
        try insert(path, id: "blob-state", state: Data([0xFF, 0x00, 0xC3]))
        let store = try SQLiteSessionStore(path: path)
        #expect(try store.sessions().map(\.id) == ["good"])
        let unreadable = try store.unreadable()
        #expect(Set(unreadable.map(\.id)) == ["wrong-type", "not-json", "number-state", "blob-state"])
        let wrongType = try #require(unreadable.first { $0.id == "wrong-type" })
        #expect(wrongType.reason.hasPrefix("step:"), "\(wrongType.reason)")
        #expect(wrongType.title == "Broken")
        #expect(throws: UnreadableSession.self) { try store.session(id: "not-json") }
    }

    @Test func aDayThatIsNoDayIsReportedNotDropped() throws {
        let (path, good) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        var withDay = good
        withDay.id = "old-day"
        let encoded = try #require(String(data: try JSONEncoder().encode(withDay), encoding: .utf8))
        // A check-in day that is no day, as a damaged or hand-edited file may hold.
        let state = encoded.replacingOccurrences(
            of: "\"step\":",
            with:
                "\"activity\":{\"kind\":\"checkin\",\"day\":\"2026-13-45\",\"objective\":0,\"keyResult\":-1,\"done\":0,\"resumeStep\":\"ask_cycle\"},\"step\":"
        )
        try insert(path, id: "old-day", state: state)
        let unreadable = try SQLiteSessionStore(path: path).unreadable()
        #expect(unreadable.map(\.id) == ["old-day"])
        #expect(unreadable.first?.reason.hasSuffix("activity.day: not a day: 2026-13-45") == true, "\(unreadable)")
    }

    @Test func aRowFromANewerOkrcoachIsReportedWithItsVersion() throws {
        let (path, good) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        let state = try #require(String(data: try JSONEncoder().encode(good), encoding: .utf8))
        try insert(path, id: "future", state: state.replacingOccurrences(of: "\"good\"", with: "\"future\""), schema: 9)
        let store = try SQLiteSessionStore(path: path)
        #expect(try store.sessions().map(\.id) == ["good"])
        #expect(
            try store.unreadable().map(\.reason) == [
                "saved by a newer okrcoach (state version 9; this one reads up to 2)"
            ])
    }

    @Test func anOlderStateIsUpgradedWhenRead() throws {
        let (path, good) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        // A later okrcoach renamed "step" to "question": its version 2 state, and the step from 1.
        let upgraded = SessionSchema(
            current: 2, upgrades: [1: { state in state["step"] = state["step"] ?? "ask_team" }])
        let store = try SQLiteSessionStore(path: path, schema: upgraded)
        #expect(try store.session(id: "good")?.set.team == "Growth")
        let missingStep = SessionSchema(current: 3, upgrades: [1: { _ in }])
        #expect(
            try SQLiteSessionStore(path: path, schema: missingStep).unreadable().map(\.reason) == [
                "no way known from state version 2 to 3"
            ])
        _ = good
    }

    @Test func aRowIsShownReplacedAndRemovedByHand() throws {
        let (path, good) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        let state = try #require(String(data: try JSONEncoder().encode(good), encoding: .utf8))
        let broken = state.replacingOccurrences(of: "\"good\"", with: "\"bad\"").replacingOccurrences(
            of: "\"finished\":false", with: "\"finished\":\"no\"")
        try insert(path, id: "bad", state: broken)
        let store = try SQLiteSessionStore(path: path)
        #expect(try store.storedState(id: "bad") == broken)
        #expect(try store.storedState(id: "none") == nil)
        // A correction that is still wrong changes nothing.
        #expect(throws: UnreadableSession.self) { try store.replaceState(id: "bad", with: "{]") }
        #expect(try store.storedState(id: "bad") == broken)
        let fixed = try store.replaceState(id: "bad", with: broken.replacingOccurrences(of: "\"no\"", with: "false"))
        #expect(fixed.id == "bad" && fixed.set.team == "Growth" && fixed.revision == 2)
        #expect(try store.unreadable().isEmpty)
        #expect(try store.remove(id: "bad"))
        #expect(try !store.remove(id: "bad"))
        #expect(try store.sessions().map(\.id) == ["good"])
    }

    @Test func deepNestingHugeTextAndControlCharactersAreOnlyUnreadable() throws {
        let (path, _) = try storeWithOneSet()
        defer { StoreFile.remove(path) }
        let deep = "{\"id\":" + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "}"
        try insert(path, id: "deep", state: deep)
        try insert(path, id: "huge", state: "{\"id\":\"" + String(repeating: "x", count: 5_000_000) + "\"}")
        try insert(path, id: "\u{1B}]2;id\u{7}", state: "{\"step\":\"\u{1B}[2J\"}")
        try insert(path, id: "old", state: deep, schema: 0)
        let store = try SQLiteSessionStore(path: path)
        #expect(try store.sessions().map(\.id) == ["good"])
        #expect(try store.unreadable().count == 4)
        #expect(throws: UnreadableSession.self) { try store.replaceState(id: "good", with: deep) }
        #expect(try store.session(id: "good")?.set.team == "Growth")
    }

    @Test(arguments: ["/dev/null", "/dev/zero", "/tmp"])
    func aDeviceOrAFolderIsRefusedAsADatabase(path: String) throws {
        #expect(throws: StoreFailure.self) { try SQLiteSessionStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aFileThatIsNoDatabaseIsRefused() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        try Data("objectives:\n  - Grow\u{1B}[2J\u{0}".utf8).write(to: URL(fileURLWithPath: path))
        let failure = try #require(throws: StoreFailure.self) { try SQLiteSessionStore(path: path) }
        #expect(failure.kind == .notADatabase)
    }
}

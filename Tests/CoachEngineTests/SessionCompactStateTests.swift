import CoachEngine
import CoachStore
import Foundation
import GRDB
import Testing

/// A session's /back history is stored compactly (each state's set and draft only where they
/// changed), reads back the same, and a state stored whole by an older okrcoach still reads.
struct SessionCompactStateTests {
    /// A conversation well into its first objective's key results.
    private func drafted() -> Session {
        var conversation = Conversation(language: "en", id: "kari")
        conversation.type(
            "Growth", "2027-Q1", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March",
            "Cut the time to book from 120 seconds to 60 seconds by March", "",
            "Make onboarding effortless so that clinics stay")
        return conversation.session
    }

    private func occurrences(_ text: String, in json: String) -> Int {
        json.components(separatedBy: text).count - 1
    }

    /// The state as version 1 wrote it: every state of the history whole.
    private func wholeForm(_ session: Session) throws -> String {
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(session)) as? [String: Any])
        var whole: [[String: Any]] = []
        for case var state as [String: Any] in object["undo"] as? [Any] ?? [] {
            state["set"] = state["set"] ?? whole.last?["set"]
            state["draft"] = state["draft"] ?? whole.last?["draft"]
            whole.append(state)
        }
        object["undo"] = whole
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func theHistoryReadsBackTheSameAndHoldsASetOnlyWhereItChanged() throws {
        let session = drafted()
        let data = try JSONEncoder().encode(session)
        #expect(try JSONDecoder().decode(Session.self, from: data) == session)
        let json = String(decoding: data, as: UTF8.self)
        let whole = try wholeForm(session)
        // Every state has its step, but not every state a set: shorter than the whole form.
        #expect(occurrences("\"objectives\"", in: json) < occurrences("\"step\"", in: json))
        #expect(occurrences("\"objectives\"", in: whole) == occurrences("\"step\"", in: whole))
        #expect(json.utf8.count < whole.utf8.count)
    }

    @Test func aStateStoredWholeByAnOlderOkrcoachStillReadsAndGoesBack() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let session = drafted()
        let state = try wholeForm(session)
        _ = try SQLiteSessionStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql:
                    "INSERT INTO session (id, title, finished, savedAt, state, revision, schema) VALUES (?, ?, 0, ?, ?, 1, 1)",
                arguments: ["kari", session.title, Date().timeIntervalSince1970, state])
        }
        let store = try SQLiteSessionStore(path: path)
        var read = try #require(try store.session(id: "kari"))
        #expect(read.revision == 1)
        read.revision = 0
        #expect(read == session)
        let back = TestCoach.coach.respond(to: "/back", in: read, today: TestCoach.today)
        #expect(back.session.step != read.step || back.session.draft != read.draft)
    }
}

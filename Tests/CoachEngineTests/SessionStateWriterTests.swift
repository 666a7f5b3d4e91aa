import CoachEngine
import CoachStore
import Foundation
import GRDB
import OKRCore
import Testing

/// The store writes a session's state in one pass (`JSONStreamWriter`): the same JSON as
/// Foundation's `JSONEncoder` wrote, read back as the same session; and rows that encoder wrote
/// (state versions 1 and 2) still read.
struct SessionStateWriterTests {
    /// Sessions with what a state holds: a draft under way with its /back history in each language,
    /// a check-in under way, and a finished set.
    private func sessions() -> [Session] {
        var drafting = Conversation(language: "en", id: "kari")
        drafting.type(
            "Growth", "2027-Q1", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March",
            "Cut the time to book from 120 seconds to 60 seconds by March", "",
            "Make onboarding effortless so that clinics stay")
        var norwegian = Conversation(language: "nb", id: "ola")
        norwegian.type("Vekst", "2027-Q1", "", "Gjøre oppstarten enkel for små klinikker slik at de blir værende")
        let day = Day(year: 2026, month: 12, day: 13)
        var checkingIn = TestCoach.coach.begin(.checkIn, in: CycleFixtures.checkedIn("sv").session, today: day)
        checkingIn = TestCoach.coach.respond(to: "540", in: checkingIn.session, today: day)
        return [drafting.session, norwegian.session, checkingIn.session, CycleFixtures.session("nl")]
    }

    /// The JSON as a value to compare: objects compare by their keys, not their order.
    private func parsed(_ bytes: some Sequence<UInt8>) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? NSObject)
    }

    @Test func aSessionIsWrittenAsJSONEncoderWroteItAndReadsBackTheSame() throws {
        for session in sessions() {
            let written = try JSONStreamWriter().encode(session)
            #expect(try parsed(written) == parsed(JSONEncoder().encode(session)), "\(session.id)")
            var read = try JSONDecoder().decode(Session.self, from: Data(written))
            read.revision = session.revision
            #expect(read == session, "\(session.id)")
        }
    }

    @Test func hostileTextIsEscapedAndReadsBackTheSame() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let texts = [
            controls, "\"quoted\" \\ back\\slash \\\"", "\u{7F}\u{2028}\u{2029}\u{FEFF}", "e\u{301} 👩🏽‍💻 ﷽",
            String(repeating: "long line ", count: 100_000), "", "\\u0000",
        ]
        for text in texts {
            var session = sessions()[0]
            session.set.team = text
            session.draft.objective = text
            session.set.objectives[0].title = text
            let written = try JSONStreamWriter().encode(session)
            #expect(try parsed(written) == parsed(JSONEncoder().encode(session)))
            #expect(try JSONDecoder().decode(Session.self, from: Data(written)).set.team == text)
        }
    }

    /// Numbers at the edges of what a key result holds.
    private struct Numbers: Codable, Equatable {
        var doubles: [Double]
        var floats: [Float]
        var ints: [Int]
        var wide: [Int64]
        var unsigned: [UInt64]
        var small: [Int8]
        var missing: Double?
    }

    @Test func numbersAtTheirEdgesReadBackTheSame() throws {
        let numbers = Numbers(
            doubles: [
                0, -0.0, 0.1, 1e15, -1e15, 1e308, -1e308, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 12_400,
                99.9, 1 / 3,
            ],
            floats: [0.1, .greatestFiniteMagnitude, -1.5], ints: [0, -1, .min, .max, 10, 1_000_000_007],
            wide: [.min, .max], unsigned: [0, .max], small: [.min, .max, 0], missing: nil)
        let written = try JSONStreamWriter().encode(numbers)
        #expect(try JSONDecoder().decode(Numbers.self, from: Data(written)) == numbers)
        #expect(try parsed(written) == parsed(JSONEncoder().encode(numbers)))
    }

    @Test func aNumberJSONCannotHoldIsRefusedAsJSONEncoderRefusesIt() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            let numbers = Numbers(doubles: [1, value], floats: [], ints: [], wide: [], unsigned: [], small: [])
            #expect(throws: JSONStreamWriter.Unsupported.self) { try JSONStreamWriter().encode(numbers) }
            #expect(throws: EncodingError.self) { try JSONEncoder().encode(numbers) }
        }
        var session = sessions()[2]
        session.set.objectives[0].keyResults[0].target = .nan
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        #expect(throws: StoreFailure.self) { try store.save(&session) }
        #expect(try store.session(id: session.id) == nil)
    }

    /// A value that goes back to a container it left, as no synthesized `Codable` does.
    private struct BackAndForth: Encodable {
        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: JSONKey.self)
            var inner = outer.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("inner"))
            try outer.encode(1, forKey: JSONKey("after"))
            try inner.encode(2, forKey: JSONKey("late"))
        }
    }

    /// A value that writes itself through its super encoder, as a subclass does.
    private struct ThroughSuper: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try "x".encode(to: container.superEncoder())
        }
    }

    /// A value that asks its encoder for two containers.
    private struct TwoContainers: Encodable {
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: JSONKey.self)
            try first.encode(1, forKey: JSONKey("a"))
            var second = encoder.unkeyedContainer()
            try second.encode(2)
        }
    }

    private struct JSONKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test func aValueThatCannotBeWrittenInOnePassIsRefusedNotWrittenWrong() throws {
        #expect(throws: JSONStreamWriter.Unsupported.self) { try JSONStreamWriter().encode(BackAndForth()) }
        #expect(throws: JSONStreamWriter.Unsupported.self) { try JSONStreamWriter().encode(ThroughSuper()) }
        #expect(throws: JSONStreamWriter.Unsupported.self) { try JSONStreamWriter().encode(TwoContainers()) }
        #expect(throws: JSONStreamWriter.Unsupported.self) { try JSONStreamWriter().encode(["blob": Data([1, 2])]) }
    }

    /// Each line's session, from the start: what the store saves turn after turn.
    private func turns(_ lines: [String]) -> [Session] {
        var conversation = Conversation(language: "en", id: "kari")
        var sessions = [conversation.session]
        for line in lines {
            conversation.type(line)
            sessions.append(conversation.session)
        }
        return sessions
    }

    private let lines = [
        "Growth", "2027-Q1", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March",
        "/back", "/back", "Increase NPS from 30 to 50 by March", "", "Make onboarding effortless so that clinics stay",
    ]

    @Test func aHistoryWrittenAgainAfterATurnIsTheSameAsWrittenWhole() throws {
        let kept = KeptLists()
        for session in turns(lines) {
            let again = try JSONStreamWriter(keeping: (kept, session.id)).encode(session)
            #expect(try parsed(again) == parsed(JSONEncoder().encode(session)), "at step \(session.step)")
            #expect(again == (try JSONStreamWriter().encode(session)))
        }
        #expect(kept.count == 1)
    }

    @Test func copiesThatWentDifferentWaysAreEachWrittenRight() throws {
        let kept = KeptLists(limit: 2)
        let sessions = turns(lines)
        var other = Conversation(resuming: sessions[4])
        other.type("Reach 1000 clinics by June")
        // One person's copies out of order, and more people than are kept, each with the key "kari".
        for session in [sessions[6], other.session, sessions[3], sessions[9], other.session, sessions[9]] {
            let again = try JSONStreamWriter(keeping: (kept, "kari")).encode(session)
            #expect(again == (try JSONStreamWriter().encode(session)))
        }
        for (index, session) in sessions.enumerated() {
            let again = try JSONStreamWriter(keeping: (kept, "person \(index % 3)")).encode(session)
            #expect(again == (try JSONStreamWriter().encode(session)))
        }
        #expect(kept.count <= 2)
    }

    @Test func aStoreSavingTurnAfterTurnStoresWhatJSONEncoderWouldAndReadsItBack() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        var revision = 0
        for var session in turns(lines) {
            session.revision = revision
            try store.save(&session)
            revision = session.revision
            let state = try #require(
                try DatabaseQueue(path: path).read { db in
                    try String.fetchOne(db, sql: "SELECT state FROM session WHERE id = 'kari'")
                })
            #expect(try parsed(Array(state.utf8)) == parsed(JSONEncoder().encode(session)))
            #expect(try store.session(id: "kari") == session)
        }
    }

    /// A raw connection to a store's file, writing a row as an older okrcoach did.
    private func insert(_ path: String, id: String, state: String, schema: Int) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql:
                    "INSERT INTO session (id, title, finished, savedAt, state, revision, schema) VALUES (?, '', 0, ?, ?, 3, ?)",
                arguments: [id, Date().timeIntervalSince1970, state, schema])
        }
    }

    @Test func aRowJSONEncoderWroteAtStateVersion2StillReadsAndSavesAgain() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        _ = try SQLiteSessionStore(path: path)
        for session in sessions() {
            try insert(
                path, id: session.id, state: String(decoding: try JSONEncoder().encode(session), as: UTF8.self),
                schema: 2)
        }
        let store = try SQLiteSessionStore(path: path)
        for session in sessions() {
            var read = try #require(try store.session(id: session.id))
            #expect(read.revision == 3)
            read.revision = 0
            #expect(read == session)
            read.revision = 3
            let turn = TestCoach.coach.respond(to: "/back", in: read, today: TestCoach.today)
            var saved = turn.session
            try store.save(&saved)
            #expect(try store.session(id: session.id) == saved)
        }
    }

    @Test func aTruncatedOrDamagedRowIsReportedNotDroppedNorACrash() throws {
        let path = StoreFile.path()
        defer { StoreFile.remove(path) }
        let store = try SQLiteSessionStore(path: path)
        var session = sessions()[0]
        try store.save(&session)
        let state = try #require(
            try DatabaseQueue(path: path).read { db in
                try String.fetchOne(db, sql: "SELECT state FROM session WHERE id = ?", arguments: [session.id])
            })
        let bytes = Array(state.utf8)
        var damaged: [String: String] = [:]
        for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 40)) {
            damaged["cut-\(cut)"] = String(decoding: bytes[..<cut], as: UTF8.self)
        }
        damaged["nul"] = state.replacingOccurrences(of: "\"step\":\"", with: "\"step\":\"\u{0}")
        damaged["deep"] = String(repeating: "[", count: 100_000)
        damaged["huge"] = "{\"id\":\"" + String(repeating: "x", count: 5_000_000) + "\"}"
        damaged["not-json"] = "\u{1B}[31m}{"
        for (id, text) in damaged { try insert(path, id: id, state: text, schema: 2) }
        let unreadable = try store.unreadable()
        // A raw NUL inside a JSON string is not JSON; whether it reads or not, it is never dropped.
        let reported = Set(unreadable.map(\.id))
        #expect(reported.subtracting(["nul"]) == Set(damaged.keys).subtracting(["nul"]))
        let nulReads = (try? store.session(id: "nul")) != nil
        #expect(reported.contains("nul") || nulReads)
        #expect(unreadable.allSatisfy { !$0.reason.isEmpty })
        #expect(throws: UnreadableSession.self) { try store.session(id: "deep") }
        #expect(try store.session(id: session.id) == session)
    }
}

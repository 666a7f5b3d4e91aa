import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import Testing

/// What the desk stores: nothing for a greeting, and never over someone else's newer save.
struct ChatDeskStoreTests {
    private func desk(_ store: any SessionStore) -> ChatDesk {
        ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)), store: store,
            network: "test")
    }

    @Test func peopleWhoOnlySayHiLeaveNothingStored() async throws {
        let store = InMemorySessionStore()
        let desk = desk(store)
        for number in 0..<2_000 {
            let greeting = try await desk.answer(":nick\(number) PRIVMSG okrcoach :hi")
            #expect(greeting.contains { $0.contains("Which team is this set for?") })
        }
        #expect(store.sessions().isEmpty)
        // The first answer after the greeting answers the greeting's question, and is stored.
        let reply = try await desk.answer(":nick7 PRIVMSG okrcoach :Growth")
        #expect(reply.contains { $0.contains("Which cycle does it cover?") }, "\(reply)")
        #expect(store.sessions().map(\.set.team) == ["Growth"])
    }

    @Test func theGreetedAreForgottenOldestFirstPastTheLimit() async throws {
        let store = InMemorySessionStore()
        let desk = desk(store)
        for number in 0...ChatDesk.greetedLimit {
            _ = try await desk.answer(":n\(number) PRIVMSG okrcoach :hi")
        }
        // The oldest greeting was forgotten: its next line is greeted again, not taken as an answer.
        let forgotten = try await desk.answer(":n0 PRIVMSG okrcoach :Growth")
        #expect(forgotten.contains { $0.contains("Hi, I'm okrcoach") })
        let kept = try await desk.answer(":n\(ChatDesk.greetedLimit) PRIVMSG okrcoach :Growth")
        #expect(kept.contains { $0.contains("Which cycle does it cover?") })
        #expect(store.sessions().count == 1)
    }

    @Test func aLineIsAnsweredAgainOnWhatAnotherProcessSavedMeanwhile() async throws {
        let store = RacingStore()
        let desk = desk(store)
        _ = try await desk.answer(":kari PRIVMSG okrcoach :hi")
        _ = try await desk.answer(":kari PRIVMSG okrcoach :Growth")
        // Another process (the terminal coach) renames the team between this line's read and its save.
        store.beforeNextSave = { stored in stored.set.team = "Growth and retention" }
        let reply = try await desk.answer(":kari PRIVMSG okrcoach :2027-Q1")
        #expect(reply.contains { $0.contains("Which higher-level objective") }, "\(reply)")
        let saved = try #require(store.session(id: "nick:test:kari"))
        #expect(saved.set.team == "Growth and retention")
        #expect(saved.set.cycle == "2027-Q1")
        #expect(store.refused == 1)
    }
}

/// A store where another process saves a session just before the next save, once.
private final class RacingStore: SessionStore, @unchecked Sendable {
    private let stored = InMemorySessionStore()
    private let lock = NSLock()
    var beforeNextSave: ((inout Session) -> Void)?
    private(set) var refused = 0

    func save(_ sessions: inout [Session]) throws {
        if let change = lock.withLock({ () -> ((inout Session) -> Void)? in
            defer { beforeNextSave = nil }
            return beforeNextSave
        }), var theirs = stored.session(id: sessions[0].id) {
            change(&theirs)
            try stored.save(&theirs)
        }
        do {
            try stored.save(&sessions)
        } catch {
            lock.withLock { refused += 1 }
            throw error
        }
    }

    func sessions() -> [Session] { stored.sessions() }
    func session(id: String) -> Session? { stored.session(id: id) }
    func unreadable() -> [UnreadableSession] { [] }
}

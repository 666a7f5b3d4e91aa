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
            let greeting = await desk.answer(":nick\(number) PRIVMSG okrcoach :hi")
            #expect(greeting.contains { $0.contains("Which team is this set for?") })
        }
        #expect(store.sessions().isEmpty)
        // The first answer after the greeting answers the greeting's question, and is stored.
        let reply = await desk.answer(":nick7 PRIVMSG okrcoach :Growth")
        #expect(reply.contains { $0.contains("Which cycle does it cover?") }, "\(reply)")
        #expect(store.sessions().map(\.set.team) == ["Growth"])
    }

    @Test func theGreetedAreForgottenOldestFirstPastTheLimit() async throws {
        let store = InMemorySessionStore()
        let desk = desk(store)
        for number in 0...ChatDesk.greetedLimit {
            _ = await desk.answer(":n\(number) PRIVMSG okrcoach :hi")
        }
        // The oldest greeting was forgotten: its next line is greeted again, not taken as an answer.
        let forgotten = await desk.answer(":n0 PRIVMSG okrcoach :Growth")
        #expect(forgotten.contains { $0.contains("Hi, I'm okrcoach") })
        let kept = await desk.answer(":n\(ChatDesk.greetedLimit) PRIVMSG okrcoach :Growth")
        #expect(kept.contains { $0.contains("Which cycle does it cover?") })
        #expect(store.sessions().count == 1)
    }

    @Test func aLineIsAnsweredAgainOnWhatAnotherProcessSavedMeanwhile() async throws {
        let store = RacingStore()
        let desk = desk(store)
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        _ = await desk.answer(":kari PRIVMSG okrcoach :Growth")
        // Another process (the terminal coach) renames the team between this line's read and its save.
        store.beforeNextSave = { stored in stored.set.team = "Growth and retention" }
        let reply = await desk.answer(":kari PRIVMSG okrcoach :2027-Q1")
        #expect(reply.contains { $0.contains("Which higher-level objective") }, "\(reply)")
        let saved = try #require(store.session(id: "nick:test:kari"))
        #expect(saved.set.team == "Growth and retention")
        #expect(saved.set.cycle == "2027-Q1")
        #expect(store.refused == 1)
    }

    @Test func aSetThatCannotBeReadOrSavedIsToldAndTheDeskGoesOn() async throws {
        let store = TroubledStore()
        let desk = desk(store)
        let unreadable = await desk.answer(":mallory PRIVMSG okrcoach :hi")
        #expect(
            unreadable == [
                "PRIVMSG mallory :Your saved set cannot be read, so I cannot go on with it. Whoever runs me can repair it with “okrcoach doctor”."
            ])
        _ = await desk.answer(":per PRIVMSG okrcoach :hi")
        _ = await desk.answer(":per PRIVMSG okrcoach :Growth")
        store.full = true
        let full = await desk.answer(":per PRIVMSG okrcoach :2027-Q1")
        #expect(
            full == [
                "PRIVMSG per :I could not save your answer just now, so I have not taken it. Please send it again in a little while."
            ])
        store.full = false
        let again = await desk.answer(":per PRIVMSG okrcoach :2027-Q1")
        #expect(again == ["PRIVMSG per :Which higher-level objective does it serve? Answer “-” to skip."])
        #expect(store.sessions().first?.set.cycle == "2027-Q1")
    }

    @Test func aTeamThatCannotBeReadDoesNotHoldUpTheOthersReminders() async throws {
        let store = TroubledStore()
        let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100))
        func desk(day: Int, hour: Int) -> ChatDesk {
            ChatDesk(chat: chat, store: store, network: "test", clock: TestClock(2026, 11, day, hour: hour).clock)
        }
        let monday = desk(day: 16, hour: 10)
        await monday.shareGrowthSet()
        _ = await monday.answer(":ola PRIVMSG #growth :okrcoach: remind friday 09:00")
        store.unreadableIds.insert("team:test:#broken")
        let friday = desk(day: 20, hour: 9)
        #expect(try await friday.reminders(in: ["#broken", "#growth"]).count == 1)
        await #expect(throws: UnreadableSession.self) { try await friday.reminders(in: ["#broken", "#growth"]) }
    }
}

/// A store with one session that cannot be read, and a disk that can fill up.
private final class TroubledStore: SessionStore, @unchecked Sendable {
    struct DiskFull: Error {}
    private let stored = InMemorySessionStore()
    private let lock = NSLock()
    var full = false
    var unreadableIds: Set<String> = ["nick:test:mallory"]

    func save(_ sessions: inout [Session]) throws {
        guard !lock.withLock({ full }) else { throw DiskFull() }
        try stored.save(&sessions)
    }

    func session(id: String) throws -> Session? {
        guard !lock.withLock({ unreadableIds.contains(id) }) else {
            throw UnreadableSession(id: id, title: "", savedAt: Date(), reason: "activity.day: not a day: 26-11-02")
        }
        return stored.session(id: id)
    }

    func sessions() -> [Session] { stored.sessions() }
    func unreadable() -> [UnreadableSession] { [] }
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

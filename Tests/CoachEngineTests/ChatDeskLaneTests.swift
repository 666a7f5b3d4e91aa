import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import Testing

/// The desk under load: batches stored before their replies, people answered in parallel, each
/// team's set changed in order, sessions kept in memory only as stored, and no flood holding up
/// the others.
@Suite(.timeLimit(.minutes(2)))
struct ChatDeskLaneTests {
    private func desk(_ store: any SessionStore, lanes: Int = 2, sessionLimit: Int = ChatDesk.sessionLimit) -> ChatDesk
    {
        ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 10_000)), store: store,
            network: "test", lanes: lanes, sessionLimit: sessionLimit)
    }

    /// Everyone's lines at once, one task per person, each person's in order; their replies by nick.
    private func talk(_ desk: ChatDesk, _ lines: [String: [String]]) async -> [String: [[String]]] {
        await withTaskGroup(of: (String, [[String]]).self) { group in
            for (nick, said) in lines {
                group.addTask {
                    var replies: [[String]] = []
                    for line in said { replies.append(await desk.answer(":\(nick) PRIVMSG okrcoach :\(line)")) }
                    return (nick, replies)
                }
            }
            var all: [String: [[String]]] = [:]
            for await (nick, replies) in group { all[nick] = replies }
            return all
        }
    }

    @Test func aBatchsRepliesComeOnlyOnceItIsStoredAndManyTurnsShareOneBatch() async throws {
        let store = GatedStore()
        let desk = desk(store, lanes: 1)
        _ = await desk.answer(":first PRIVMSG okrcoach :hi")
        store.close()
        let answered = Locked(0)
        let people = (0..<6).map { "p\($0)" }
        let running = Task {
            await withTaskGroup(of: Void.self) { group in
                for nick in people {
                    group.addTask {
                        _ = await desk.answer(":\(nick) PRIVMSG okrcoach :hi")
                        answered.withLock { $0 += 1 }
                        _ = await desk.answer(":\(nick) PRIVMSG okrcoach :Team \(nick)")
                        answered.withLock { $0 += 1 }
                    }
                }
            }
        }
        // The first batch waits for the store: nothing is answered, and the other lines queue up.
        try await Task.sleep(for: .milliseconds(300))
        #expect(answered.withLock { $0 } == 0)
        #expect(store.saved.isEmpty)
        store.open()
        await running.value
        #expect(answered.withLock { $0 } == 2 * people.count)
        for nick in people {
            #expect(store.session(id: "nick:test:\(nick)")?.set.team == "Team \(nick)")
        }
        // Six greetings and six answers took fewer batches than lines: lines that came meanwhile shared one.
        let batches = store.batchSizes.withLock { $0 }
        #expect(batches.reduce(0, +) == 1 + 2 * people.count)
        #expect(batches.contains { $0 > 1 }, "\(batches)")
    }

    @Test func differentPeopleAreAnsweredInParallelLanes() async throws {
        let store = GatedStore(pause: 0.02)
        let desk = desk(store, lanes: 4)
        let lines = Dictionary(uniqueKeysWithValues: (0..<16).map { ("p\($0)", ["hi", "Team p\($0)", "2027-Q1"]) })
        let replies = await talk(desk, lines)
        #expect(store.mostAtOnce.withLock { $0 } >= 2)
        for (nick, answers) in replies {
            #expect(answers[2].contains { $0.contains("Which higher-level objective") }, "\(nick): \(answers)")
            #expect(store.session(id: "nick:test:\(nick)")?.set.cycle == "2027-Q1")
        }
    }

    @Test func aTeamsSetIsChangedByOneLaneAtATimeInTheOrderItsLinesCame() async throws {
        let store = GatedStore()
        let desk = desk(store, lanes: 4)
        await desk.shareGrowthSet()
        let members = (0..<12).map { "m\($0)" }
        for nick in members { _ = await desk.answer(":\(nick) PRIVMSG #growth :here") }
        store.pause = 0.01
        let times = ["monday 09:00", "tuesday 10:00", "wednesday 11:00", "thursday 12:00"]
        await withTaskGroup(of: Void.self) { group in
            for (index, nick) in members.enumerated() {
                group.addTask {
                    for time in times.shuffled() + [times[index % times.count]] {
                        let reply = await desk.answer(":\(nick) PRIVMSG #growth :okrcoach: remind \(time)")
                        #expect(reply.contains { $0.contains("I'll remind #growth") }, "\(reply)")
                    }
                }
            }
        }
        // Every change of the team's set was stored from one lane, never two at once, and none was refused.
        #expect(store.teamAtOnce.withLock { $0 } == 1)
        #expect(store.refused.withLock { $0 } == 0)
        #expect(store.session(id: "team:test:#growth")?.reminder != nil)
    }

    @Test func sessionsLetGoFromMemoryAreReadBackAsStored() async throws {
        let store = GatedStore()
        let desk = desk(store, lanes: 2, sessionLimit: 8)
        let people = (0..<40).map { "p\($0)" }
        _ = await talk(desk, Dictionary(uniqueKeysWithValues: people.map { ($0, ["hi", "Team \($0)"]) }))
        #expect(desk.sessionsKept <= 8)
        // Each goes on where the store has them, though most were let go from memory meanwhile.
        let replies = await talk(desk, Dictionary(uniqueKeysWithValues: people.map { ($0, ["2027-Q1"]) }))
        for nick in people {
            #expect(replies[nick]?[0].contains { $0.contains("Which higher-level objective") } == true, "\(nick)")
            let stored = try #require(store.session(id: "nick:test:\(nick)"))
            #expect(stored.set.team == "Team \(nick)" && stored.set.cycle == "2027-Q1")
        }
    }

    @Test func aTurnThatCouldNotBeStoredIsNotKeptInMemory() async throws {
        let store = GatedStore()
        let desk = desk(store, lanes: 1)
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        _ = await desk.answer(":kari PRIVMSG okrcoach :Growth")
        store.failing = true
        let refused = await desk.answer(":kari PRIVMSG okrcoach :2027-Q1")
        #expect(refused.first?.contains("I could not save your answer") == true, "\(refused)")
        store.failing = false
        // The answer that was not stored was not taken either: the same question takes the next answer.
        let again = await desk.answer(":kari PRIVMSG okrcoach :2027-Q2")
        #expect(again.contains { $0.contains("Which higher-level objective") }, "\(again)")
        #expect(store.session(id: "nick:test:kari")?.set.cycle == "2027-Q2")
    }

    @Test func oneFloodDoesNotHoldUpSomeoneElse() async throws {
        let store = GatedStore(pause: 0.005)
        let desk = desk(store, lanes: 1)
        _ = await desk.answer(":mallory PRIVMSG okrcoach :hi")
        // Lines the coach answers, and hostile ones it refuses at the door: overlong, NUL inside.
        let answered = [
            ":mallory PRIVMSG okrcoach :/help", ":mallory PRIVMSG okrcoach :" + String(repeating: "é", count: 5_000),
        ]
        let refused = [
            ":mallory PRIVMSG okrcoach :" + String(repeating: "x", count: 40_000), ":mallory PRIVMSG okrcoach :a\u{0}b",
            ":mallory PRIVMSG okrcoach :\u{0}",
        ]
        let total = 300
        let floodAnswered = Locked(0)
        let flooding = Task {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<total {
                    group.addTask {
                        _ = await desk.answer(answered[index % answered.count])
                        floodAnswered.withLock { $0 += 1 }
                        _ = await desk.answer(refused[index % refused.count])
                    }
                }
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        let started = ContinuousClock.now
        let kari = await desk.answer(":kari PRIVMSG okrcoach :hi")
        let waited = ContinuousClock.now - started
        let floodDone = floodAnswered.withLock { $0 }
        await flooding.value
        #expect(kari.contains { $0.contains("Which team is this set for?") }, "\(kari)")
        // Kari's line went into one of the next batches, not behind the whole flood.
        #expect(floodDone < total / 2, "kari waited \(waited) while \(floodDone) of the flood's lines were answered")
    }
}

/// A store in memory that can hold every save until it is opened, be slow or fail, and that
/// counts what a test needs: the size of each batch, how many batches were being saved at
/// once (all, and those changing a team's set), and how many turns were refused as stale.
private final class GatedStore: SessionStore, @unchecked Sendable {
    struct DiskFull: Error {}
    private let stored = InMemorySessionStore()
    private let gate = NSCondition()
    private var isOpen = true
    private let lock = NSLock()
    private var _pause: Double
    private var _failing = false
    let batchSizes = Locked<[Int]>([])
    let mostAtOnce = Locked(0)
    let teamAtOnce = Locked(0)
    let refused = Locked(0)
    private let atOnce = Locked((all: 0, team: 0))

    init(pause: Double = 0) {
        _pause = pause
    }

    var pause: Double {
        get { lock.withLock { _pause } }
        set { lock.withLock { _pause = newValue } }
    }

    var failing: Bool {
        get { lock.withLock { _failing } }
        set { lock.withLock { _failing = newValue } }
    }

    func close() { gate.withLock { isOpen = false } }

    func open() {
        gate.withLock {
            isOpen = true
            gate.broadcast()
        }
    }

    var saved: [Session] { stored.sessions() }

    func save(batch turns: [TurnSave]) -> [Result<[Session], any Error>] {
        gate.withLock {
            while !isOpen { gate.wait() }
        }
        let team = turns.contains { $0.saves.contains { $0.id.hasPrefix("team:") } }
        let now = atOnce.withLock { counts in
            counts.all += 1
            if team { counts.team += 1 }
            return counts
        }
        mostAtOnce.withLock { $0 = max($0, now.all) }
        if team { teamAtOnce.withLock { $0 = max($0, now.team) } }
        Thread.sleep(forTimeInterval: pause)
        let results: [Result<[Session], any Error>] =
            failing ? turns.map { _ in .failure(DiskFull()) } : stored.save(batch: turns)
        atOnce.withLock { counts in
            counts.all -= 1
            if team { counts.team -= 1 }
        }
        batchSizes.withLock { $0.append(turns.count) }
        refused.withLock {
            $0 +=
                results.filter { if case .failure(let error) = $0 { error is StaleSessionError } else { false } }.count
        }
        return results
    }

    func save(_ sessions: inout [Session]) throws { try stored.save(&sessions) }
    func sessions() -> [Session] { stored.sessions() }
    func session(id: String) -> Session? { stored.session(id: id) }
    func unreadable() -> [UnreadableSession] { [] }
}

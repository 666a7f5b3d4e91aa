import ChatCoach
import ChatServer
import Testing

/// The IRC bot's outbound queue on a fake clock: one queue per target served in turn, within
/// the flood limits, protocol lines first, and bounded.
struct OutboundQueueTests {
    /// Runs the queue from `start` until it is idle or `until`, sleeping as it says; the lines sent and when.
    private func drain(_ queue: inout OutboundQueue, from start: Double = 0, until end: Double = 10_000) -> [(
        at: Double, line: String
    )] {
        var now = start
        var sent: [(at: Double, line: String)] = []
        while now <= end {
            switch queue.next(at: now) {
            case .send(let line): sent.append((now, line))
            case .wait(let seconds):
                #expect(seconds > 0)
                now += seconds
            case .idle: return sent
            }
        }
        return sent
    }

    @Test func targetsAreServedInTurnALineEach() {
        var queue = OutboundQueue(flood: TokenBucket(burst: 100, interval: 1))
        queue.enqueue((1...5).map { "help \($0)" }, to: "kari")
        queue.enqueue((1...2).map { "draft \($0)" }, to: "ola")
        queue.enqueue(["show 1"], to: "#growth")
        let order = drain(&queue).map(\.line)
        #expect(order == ["help 1", "draft 1", "show 1", "help 2", "draft 2", "help 3", "help 4", "help 5"])
    }

    @Test func floodControlLetsABurstGoThenOneLineAnInterval() {
        var queue = OutboundQueue(flood: TokenBucket(burst: 3, interval: 2))
        queue.enqueue((1...6).map { "line \($0)" }, to: "kari")
        let times = drain(&queue).map(\.at)
        #expect(times.count == 6)
        #expect(times.prefix(3).allSatisfy { $0 == 0 })
        for (earlier, later) in zip(times.dropFirst(2), times.dropFirst(3)) {
            #expect(abs(later - earlier - 2) < 1e-9, "\(times)")
        }
        // The bucket refills while nothing is sent: after a long pause a burst goes again.
        queue.enqueue(["a", "b", "c", "d"], to: "ola")
        let later = drain(&queue, from: 100)
        #expect(later.prefix(3).allSatisfy { $0.at == 100 })
        #expect(later[3].at > 100)
    }

    @Test func protocolLinesGoFirstEvenWhenTheBucketIsEmpty() {
        var queue = OutboundQueue(flood: TokenBucket(burst: 1, interval: 5))
        queue.enqueue(["reply 1", "reply 2"], to: "kari")
        #expect(queue.next(at: 0) == .send("reply 1"))
        queue.sendFirst("PONG :irc.test")
        #expect(queue.next(at: 0.1) == .send("PONG :irc.test"))
        guard case .wait(let seconds) = queue.next(at: 0.1) else {
            Issue.record("the reply should wait for the bucket")
            return
        }
        #expect(seconds > 4.8 && seconds <= 5)
        #expect(queue.count == 1)
    }

    @Test func aDrafterWaitsForNoLongExportOrFlood() {
        // One person asked for a 362-line export and help, another for 40 lines; the drafter's
        // three lines each go out within three lines of being queued, at one line a second.
        var queue = OutboundQueue(flood: TokenBucket(burst: 4, interval: 1), limit: 500)
        queue.enqueue((1...362).map { "export \($0)" }, to: "asker")
        queue.enqueue((1...40).map { "help \($0)" }, to: "flooder")
        var sent = drain(&queue, until: 20)
        let queuedAt = sent.last!.at
        queue.enqueue(["q1", "q2", "q3"], to: "drafter")
        sent = drain(&queue, from: queuedAt + 1, until: queuedAt + 12)
        let drafter = sent.filter { $0.line.hasPrefix("q") }
        #expect(drafter.map(\.line) == ["q1", "q2", "q3"])
        // The first goes next, the others in turn with the two busy targets.
        #expect(drafter.map { $0.at - queuedAt } == [1, 4, 7], "\(drafter)")
    }

    @Test func aTargetThatWasIdleGoesNextOnceThenTakesItsTurn() {
        var queue = OutboundQueue(flood: TokenBucket(burst: 100, interval: 1))
        queue.enqueue((1...4).map { "export \($0)" }, to: "ask")
        #expect(queue.next(at: 0) == .send("export 1"))
        queue.enqueue(["a1", "a2"], to: "kari")
        queue.enqueue(["b1"], to: "ola")
        let order = drain(&queue).map(\.line)
        #expect(order == ["a1", "b1", "export 2", "a2", "export 3", "export 4"])
    }

    @Test func aTargetsQueueIsBounded() {
        var queue = OutboundQueue(flood: TokenBucket(burst: 1, interval: 1), limit: 10)
        #expect(queue.enqueue((1...8).map { "a\($0)" }, to: "flood") == 0)
        #expect(queue.enqueue((1...8).map { "b\($0)" }, to: "flood") == 6)
        #expect(queue.enqueue(["c"], to: "flood") == 1)
        #expect(queue.enqueue(["hi"], to: "ola") == 0)
        #expect(queue.count == 11)
        #expect(queue.enqueue([], to: "nobody") == 0)
        #expect(drain(&queue).count == 11)
        #expect(queue.next(at: 1e9) == .idle)
    }

    @Test func hostileTimesDoNotBreakTheBucket() {
        var flood = TokenBucket(burst: 2, interval: 1)
        // A clock that goes backwards or jumps does not mint tokens or trap.
        #expect(flood.wait(at: 100) == 0)
        flood.spend(at: 100)
        flood.spend(at: 50)
        #expect(flood.wait(at: 50) > 0)
        flood.spend(at: .greatestFiniteMagnitude)
        #expect(flood.wait(at: .greatestFiniteMagnitude).isFinite)
        var odd = TokenBucket(burst: -5, interval: -1)
        #expect(odd.wait(at: 0) == 0)
    }
}

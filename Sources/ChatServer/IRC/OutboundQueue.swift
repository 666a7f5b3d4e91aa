import ChatCoach

/// The lines waiting to go to the IRC server, so that reading never waits for writing and one
/// person's long answer never holds up another's.
///
/// Protocol lines (PONG, JOIN, QUIT) go first, at once. Replies wait in one queue per target
/// (a person, or a channel), and the queues are served in turn, a line each, within the flood
/// limits. A target that had nothing waiting is served before those that are busy, once, so
/// someone drafting gets each answer's first line next, however long others' answers are.
/// A target's queue holds at most `limit` lines; what does not fit is refused, so a flood of
/// requests cannot grow the bot's memory.
///
/// Pure: the caller says what time it is, so tests can run it with a fake clock.
public struct OutboundQueue: Sendable {
    /// What to do next.
    public enum Next: Sendable, Equatable {
        /// Send this line now.
        case send(String)
        /// Lines are waiting, but flood control says wait this many seconds.
        case wait(Double)
        /// Nothing is waiting.
        case idle
    }

    /// The most lines waiting for one target.
    public let limit: Int
    private var flood: TokenBucket
    private var urgent: [String] = []
    private var waiting: [String: [String]] = [:]
    /// The targets whose lines began to wait since they were last served, in the order they came.
    private var fresh: [String] = []
    /// The other targets with lines waiting, in the order they are served.
    private var turns: [String] = []

    public init(flood: TokenBucket, limit: Int = 200) {
        self.flood = flood
        self.limit = max(1, limit)
    }

    /// Lines waiting, protocol lines included.
    public var count: Int {
        urgent.count + waiting.values.reduce(0) { $0 + $1.count }
    }

    /// Queues a protocol line to go before every reply.
    public mutating func sendFirst(_ line: String) {
        urgent.append(line)
    }

    /// Queues the lines of a reply at the end of their target's queue.
    ///
    /// - Returns: how many lines did not fit under `limit` and were left out.
    @discardableResult
    public mutating func enqueue(_ lines: [String], to target: String) -> Int {
        var queue = waiting[target] ?? []
        let room = max(0, limit - queue.count)
        queue += lines.prefix(room)
        guard !queue.isEmpty else { return lines.count }
        if waiting[target] == nil { fresh.append(target) }
        waiting[target] = queue
        return lines.count - min(room, lines.count)
    }

    /// The next thing to do at `now`: a protocol line at once, else the next target's line
    /// when flood control allows, else how long to wait.
    public mutating func next(at now: Double) -> Next {
        if !urgent.isEmpty {
            flood.spend(at: now)
            return .send(urgent.removeFirst())
        }
        guard let target = fresh.first ?? turns.first, var queue = waiting[target] else { return .idle }
        let wait = flood.wait(at: now)
        guard wait <= 0 else { return .wait(wait) }
        flood.spend(at: now)
        let line = queue.removeFirst()
        if fresh.isEmpty { turns.removeFirst() } else { fresh.removeFirst() }
        if queue.isEmpty {
            waiting[target] = nil
        } else {
            waiting[target] = queue
            turns.append(target)
        }
        return .send(line)
    }
}

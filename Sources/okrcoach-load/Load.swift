import NIOCore

/// What one person sends, line by line, and the exact reply lines each of those lines brings.
///
/// Knowing how many lines each turn brings is what keeps a person from taking the
/// tail of one answer for the start of the next: the server answers one line fully
/// before it reads the next, and TCP keeps the order.
struct Conversation: Sendable {
    let lines: [String]
    let replies: [[String]]
}

/// What one person did before they finished, failed or ran out of time.
struct PersonResult: Sendable {
    var turns = 0
    var replies = 0
    /// Reply lines that were not the ones the script brings (they should never be).
    var offScript = 0
    /// Milliseconds from sending a line to the first line of its answer.
    var latencies: [Double] = []
    var failure: String?
}

/// One phase: many people talking to one server at once, each on their own connection.
struct PhaseResult {
    let people: Int
    let plannedTurns: Int
    let turns: Int
    let replies: Int
    let offScript: Int
    let failures: [String]
    let seconds: Double
    /// Sorted, in milliseconds.
    let latencies: [Double]
    let stoppedByDeadline: Bool
    /// CPU seconds the server's own process used in the phase; nil when it is not known (echo, `--port`).
    var serverCPU: Double?
    /// CPU seconds this process (the clients, and the echo server in its phases) used in the phase.
    var loadCPU: Double?

    var repliesPerSecond: Double { Double(replies) / seconds }
    var turnsPerSecond: Double { Double(turns) / seconds }

    /// Microseconds of CPU per turn: the server's (where known), and this process's.
    var cpuPerTurn: (server: Double?, load: Double?) {
        let turns = Double(max(1, turns))
        return (serverCPU.map { $0 / turns * 1e6 }, loadCPU.map { $0 / turns * 1e6 })
    }

    func percentile(_ fraction: Double) -> Double {
        guard !latencies.isEmpty else { return .nan }
        return latencies[min(latencies.count - 1, Int(Double(latencies.count - 1) * fraction))]
    }
}

struct LoadFailure: Error, CustomStringConvertible {
    let description: String
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
}

/// When a person sends each line: at once after the answer to the previous one, or paced.
struct Pace: Sendable {
    /// When the phase started.
    let start: ContinuousClock.Instant
    /// The time between one person's lines.
    let interval: Duration
    /// The share of `interval` each person waits before their first line, so that people's lines are spread evenly.
    let offset: Double

    /// When line `index` is due.
    func due(_ index: Int) -> ContinuousClock.Instant {
        start + interval * (Double(index) + offset)
    }
}

/// One person's whole conversation: send a line, read exactly the lines it brings, then the next
/// line: at once, or when the pace says it is due.
func converse(
    _ conversation: Conversation, over channel: NIOAsyncChannel<String, String>,
    until deadline: ContinuousClock.Instant,
    pace: Pace? = nil
) async -> PersonResult {
    var result = PersonResult()
    let clock = ContinuousClock()
    do {
        try await channel.executeThenClose { inbound, outbound in
            var incoming = inbound.makeAsyncIterator()
            for (turn, (line, expected)) in zip(conversation.lines, conversation.replies).enumerated() {
                if let pace { try await Task.sleep(until: pace.due(turn), clock: .continuous) }
                let sent = clock.now
                try await outbound.write(line)
                for (index, wanted) in expected.enumerated() {
                    guard let reply = try await incoming.next() else {
                        throw LoadFailure(description: "the server closed the connection")
                    }
                    let now = clock.now
                    guard now < deadline else { return }
                    if index == 0 { result.latencies.append(milliseconds(now - sent)) }
                    result.replies += 1
                    if reply != wanted { result.offScript += 1 }
                }
                result.turns += 1
            }
        }
    } catch is CancellationError {
        // The phase ran out of time: what was done counts.
    } catch {
        result.failure = "\(error)"
    }
    return result
}

/// Connects everyone first, then lets them all talk at once (each at `pace`, when given, person
/// `n` of `N` starting `n/N` of an interval late); stops after `limit` whatever happens.
func runPhase(port: Int, conversations: [Conversation], limit: Duration, pace: Duration? = nil) async throws
    -> PhaseResult
{
    var channels: [NIOAsyncChannel<String, String>] = []
    channels.reserveCapacity(conversations.count)
    for _ in conversations {
        channels.append(try await connectLines(host: "127.0.0.1", port: port))
    }
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start + limit
    let (results, end) = await withTaskGroup(of: PersonResult?.self) { group in
        for (index, (conversation, channel)) in zip(conversations, channels).enumerated() {
            let paced = pace.map {
                Pace(start: start, interval: $0, offset: Double(index) / Double(conversations.count))
            }
            group.addTask { await converse(conversation, over: channel, until: deadline, pace: paced) }
        }
        group.addTask {
            try? await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        var results: [PersonResult] = []
        var end = deadline
        while let next = await group.next() {
            guard let result = next else {
                group.cancelAll()  // out of time, or everyone is done
                continue
            }
            results.append(result)
            if results.count == conversations.count {
                end = min(clock.now, deadline)
                group.cancelAll()
            }
        }
        return (results, end)
    }
    let failures = results.compactMap(\.failure)
    return PhaseResult(
        people: conversations.count,
        plannedTurns: conversations.reduce(0) { $0 + $1.lines.count },
        turns: results.reduce(0) { $0 + $1.turns },
        replies: results.reduce(0) { $0 + $1.replies },
        offScript: results.reduce(0) { $0 + $1.offScript },
        failures: failures,
        seconds: milliseconds(end - start) / 1e3,
        latencies: results.flatMap(\.latencies).sorted(),
        stoppedByDeadline: end >= deadline)
}

/// The reply texts each scripted line brings from the coach, per draft: learnt once, before the load,
/// by following every line with a channel command whose answer marks the end of the turn.
func calibrate(port: Int) async throws -> [[[String]]] {
    let channel = try await connectLines(host: "127.0.0.1", port: port)
    return try await channel.executeThenClose { inbound, outbound in
        var incoming = inbound.makeAsyncIterator()
        var drafts: [[[String]]] = []
        for draft in Scripts.drafts.indices {
            let nick = Scripts.nick(99_001 + draft)
            let prefix = "PRIVMSG \(nick) :"
            var turns: [[String]] = []
            for line in Scripts.chatLines(draft) {
                try await outbound.write(":\(nick) PRIVMSG okrcoach :\(line)")
                try await outbound.write(":\(nick) PRIVMSG #calibration :okrcoach: show")
                var replies: [String] = []
                while true {
                    guard let reply = try await incoming.next() else {
                        throw LoadFailure(description: "the coach closed the connection while calibrating")
                    }
                    if reply.hasPrefix("PRIVMSG #calibration :") { break }
                    guard reply.hasPrefix(prefix) else {
                        throw LoadFailure(description: "unexpected reply while calibrating: \(reply)")
                    }
                    replies.append(String(reply.dropFirst(prefix.count)))
                }
                guard !replies.isEmpty else {
                    throw LoadFailure(description: "the coach did not answer “\(line)” while calibrating")
                }
                turns.append(replies)
            }
            drafts.append(turns)
        }
        return drafts
    }
}

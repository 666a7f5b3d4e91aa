import ChatServer
import Foundation

// Load figures: many people drafting with the coach at once, over TCP on loopback,
// beside an echo server built the same way (the most this machine does for the protocol).
// Build everything in release first:
//
//     swift build -c release && .build/release/okrcoach-load
//
// For 10, 100 and 1,000 people, each on their own connection, each person drafts
// a whole set (a greeting, then the 19 scripted answers of okrcoach-bench in one
// of four languages), sending each line once the whole answer to the previous one
// has arrived (how many lines each answer has is learnt first, before the load).
// Each phase stops after 30 seconds whatever happens.

let peopleCounts = [10, 100, 1_000]
let phaseLimit = Duration.seconds(30)
let limitText = String(format: "%g s", milliseconds(phaseLimit) / 1e3)

let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let program = products.appendingPathComponent("okrcoach")
guard FileManager.default.isExecutableFile(atPath: program.path) else {
    print("okrcoach-load: \(program.path) is missing; run `swift build -c release` first")
    exit(2)
}

/// Raises the soft limit on open files to the hard one; the server (a child) inherits it.
func raiseOpenFileLimit() -> String? {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return nil }
    let before = limit.rlim_cur
    limit.rlim_cur = limit.rlim_max
    guard setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
    return "open files: soft limit raised from \(before) to \(limit.rlim_cur)"
}

func column(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

func row(_ phase: PhaseResult, server: String) -> String {
    column(String(phase.people), 8) + column(server, 8) + column(String(phase.turns), 8)
        + column(String(phase.replies), 9) + column(String(format: "%.2f", phase.seconds), 8)
        + column(String(format: "%.0f", phase.repliesPerSecond), 11) + column(String(format: "%.0f", phase.turnsPerSecond), 9)
        + column(String(format: "%.2f", phase.percentile(0.5)), 8) + String(format: "%.2f", phase.percentile(0.99))
}

func measure(coachPort: Int) async throws {
    // The echo server, in this process: the same LineListener, answering each line with itself.
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let echo = Task {
        defer { portContinuation.finish() }
        try await LineListener(host: "127.0.0.1", port: 0) { [$0] }.run { portContinuation.yield($0) }
    }
    defer { echo.cancel() }
    var portIterator = ports.makeAsyncIterator()
    guard let echoPort = await portIterator.next() else {
        throw LoadFailure(description: "the echo server did not start")
    }

    // Calibrating warms the coach up; ten people warm the echo server and the client up.
    let expected = try await calibrate(port: coachPort)
    let warmUp = (0..<10).map { index in
        let lines = Scripts.chatLines(index).map { ":\(Scripts.nick(90_001 + index)) PRIVMSG okrcoach :\($0)" }
        return Conversation(lines: lines, replies: lines.map { [$0] })
    }
    _ = try await runPhase(port: echoPort, conversations: warmUp, limit: phaseLimit)
    let perDraft = zip(Scripts.drafts, expected).map { "\($0.language) \($1.joined().count)" }.joined(separator: ", ")
    print("Each person drafts a whole set: \(Scripts.chatLines(0).count) lines, own TCP connection, loopback.")
    print("Coach reply lines per draft: \(perDraft). The echo server sends each line back once.")
    print("Each phase stops after \(limitText); latency is from sending a line to the first line of its answer.")
    print("")
    print(column("people", 8) + column("server", 8) + column("turns", 8) + column("replies", 9) + column("secs", 8)
        + column("replies/s", 11) + column("turns/s", 9) + column("p50 ms", 8) + "p99 ms")
    fflush(nil)

    var phases: [(coach: PhaseResult, echo: PhaseResult)] = []
    var firstPerson = 1
    for people in peopleCounts {
        var coachConversations: [Conversation] = []
        var echoConversations: [Conversation] = []
        for index in 0..<people {
            let nick = Scripts.nick(firstPerson + index)
            let draft = index % Scripts.drafts.count
            let lines = Scripts.chatLines(draft).map { ":\(nick) PRIVMSG okrcoach :\($0)" }
            coachConversations.append(
                Conversation(lines: lines, replies: expected[draft].map { $0.map { "PRIVMSG \(nick) :" + $0 } }))
            echoConversations.append(Conversation(lines: lines, replies: lines.map { [$0] }))
        }
        firstPerson += people
        // A pause, so that one phase's closing connections do not overlap the next.
        try await Task.sleep(for: .milliseconds(500))
        let coach = try await runPhase(port: coachPort, conversations: coachConversations, limit: phaseLimit)
        print(row(coach, server: "coach"))
        fflush(nil)
        try await Task.sleep(for: .milliseconds(500))
        let echo = try await runPhase(port: echoPort, conversations: echoConversations, limit: phaseLimit)
        print(row(echo, server: "echo"))
        fflush(nil)
        phases.append((coach, echo))
    }

    print("")
    for (coach, echo) in phases {
        print(String(format: "coach at %d people: %.0f%% of the echo server's replies per second (%.0f%% of its turns per second)",
            coach.people, coach.repliesPerSecond / echo.repliesPerSecond * 100, coach.turnsPerSecond / echo.turnsPerSecond * 100))
    }
    for (coach, echo) in phases {
        for (phase, server) in [(coach, "coach"), (echo, "echo")] {
            if phase.stoppedByDeadline {
                print("\(server) at \(phase.people) people: stopped after \(limitText), \(phase.turns) of \(phase.plannedTurns) turns done")
            } else if phase.turns < phase.plannedTurns {
                print("\(server) at \(phase.people) people: \(phase.turns) of \(phase.plannedTurns) turns done")
            }
            if phase.offScript > 0 {
                print("\(server) at \(phase.people) people: \(phase.offScript) reply lines were not the scripted ones")
            }
            if let failure = phase.failures.first {
                print("\(server) at \(phase.people) people: \(phase.failures.count) people failed, e.g. \(failure)")
            }
        }
    }
}

if let raised = raiseOpenFileLimit() {
    print(raised)
}
let coachProcess: CoachProcess
do {
    coachProcess = try CoachProcess.start(program: program.path)
} catch {
    print("okrcoach-load: \(error)")
    exit(1)
}
let loadAverage = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
    .joined(separator: " ") ?? "?"
print("okrcoach serve on 127.0.0.1:\(coachProcess.port) (pid \(coachProcess.pid)); "
    + "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage) at the start")
do {
    try await measure(coachPort: coachProcess.port)
    coachProcess.stop()
} catch {
    coachProcess.stop()
    print("okrcoach-load: \(error)")
    exit(1)
}

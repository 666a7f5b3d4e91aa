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
// At 10 and 100 connections each connection drafts 100 and 10 sets in a row, one person
// after another, so that every phase makes 20,000 turns and lasts seconds, long enough for
// a steady ratio. Echo runs right after the coach, driven by the same clients; each phase
// ends with the CPU per turn of the server and of the clients, and the most of echo's
// replies per second the coach can give at those costs when the cores are the limit.
// Each phase stops after 30 seconds whatever happens.
//
// The paced phase then has 1,000 people send a line a second each (spread evenly over the
// second), as a busy team chat would, and compares the latency with the echo server's under
// the same pacing. `okrcoach-load --paced` runs only that phase, `--burst` only the others.

let peopleCounts = [10, 100, 1_000]
let phaseLimit = Duration.seconds(30)
let limitText = String(format: "%g s", milliseconds(phaseLimit) / 1e3)
let pacedPeople = 1_000
let pacedInterval = Duration.seconds(1)
/// The aims: the coach's replies per second as a share of the echo server's, and its p99 as a multiple of echo's.
let aimShare = 0.70
let aimLatency = 2.0

let usage = "usage: okrcoach-load [--burst | --paced] [--port PORT]"
/// The arguments but `--port PORT`, and that port: a coach already listening on 127.0.0.1 there,
/// to drive instead of starting one (with a fresh database).
func splitPort(_ given: [String]) -> (arguments: [String], port: Int?) {
    guard let index = given.firstIndex(of: "--port") else { return (given, nil) }
    guard index + 1 < given.count, let port = Int(given[index + 1]), (1...65535).contains(port) else {
        FileHandle.standardError.write(Data("okrcoach-load: --port takes a port number, 1 to 65535\n\(usage)\n".utf8))
        exit(2)
    }
    var arguments = given
    arguments.removeSubrange(index...index + 1)
    return (arguments, port)
}
let (arguments, coachPort) = splitPort(Array(CommandLine.arguments.dropFirst()))
let options = Set(arguments)
if options.contains("--help") || options.contains("-h") {
    print(usage)
    print(
        "  (none)       10, 100 and 1,000 people drafting as fast as the answers come, then 1,000 people at a line a second each"
    )
    print("  --burst      only the 10, 100 and 1,000 people drafting as fast as the answers come")
    print("  --paced      only the 1,000 people at a line a second each")
    print(
        "  --port PORT  drive the coach listening on 127.0.0.1:PORT instead of starting one; start it with a fresh\n"
            + "               database and --inbound-burst 100000, as okrcoach-load does"
    )
    exit(0)
}
guard options.isSubset(of: ["--burst", "--paced"]), options.count <= 1, arguments.count == options.count else {
    FileHandle.standardError.write(Data("okrcoach-load: \(usage)\n".utf8))
    exit(2)
}
let runsBurst = !options.contains("--paced")
let runsPaced = !options.contains("--burst")

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
        + column(String(format: "%.0f", phase.repliesPerSecond), 11)
        + column(String(format: "%.0f", phase.turnsPerSecond), 9)
        + column(String(format: "%.2f", phase.percentile(0.5)), 8)
        + column(String(format: "%.2f", phase.percentile(0.99)), 8) + cpu(phase)
}

/// The CPU per turn of a phase: "server+load generator" µs, or the load generator's alone.
func cpu(_ phase: PhaseResult) -> String {
    let (server, load) = phase.cpuPerTurn
    let loadText = load.map { String(format: "%.0f", $0) } ?? "?"
    return server.map { String(format: "%.0f+", $0) + loadText } ?? loadText
}

/// Runs a phase, counting the CPU time the server (when it is a process of its own) and this process use meanwhile.
func measuredPhase(port: Int, server: pid_t?, conversations: [Conversation], pace: Duration? = nil) async throws
    -> PhaseResult
{
    let ownBefore = ProcessorTime.own()
    let serverBefore = server.flatMap(ProcessorTime.of)
    var phase = try await runPhase(port: port, conversations: conversations, limit: phaseLimit, pace: pace)
    phase.loadCPU = ProcessorTime.own() - ownBefore
    if let serverBefore, let after = server.flatMap(ProcessorTime.of) { phase.serverCPU = after - serverBefore }
    return phase
}

/// How many sets each connection drafts, one after another under a new nick each, at each count of
/// people: every phase makes about 20,000 turns, so that the small ones last long enough (seconds,
/// not a fraction of one) for a steady ratio.
func rounds(people: Int) -> Int {
    max(1, 1_000 / people)
}

/// Each connection's conversation with the coach and with the echo server: `people` connections,
/// each drafting `rounds` sets as persons `first` onwards (connection `i`'s round `r` is person
/// `first + r × people + i`), so no two conversations share a nick.
func conversations(people: Int, rounds: Int, first: Int, expected: [[[String]]]) -> (
    coach: [Conversation], echo: [Conversation]
) {
    var coach: [Conversation] = []
    var echo: [Conversation] = []
    for index in 0..<people {
        let draft = index % Scripts.drafts.count
        var lines: [String] = []
        var replies: [[String]] = []
        for round in 0..<rounds {
            let nick = Scripts.nick(first + round * people + index)
            lines += Scripts.chatLines(draft).map { ":\(nick) PRIVMSG okrcoach :\($0)" }
            replies += expected[draft].map { $0.map { "PRIVMSG \(nick) :" + $0 } }
        }
        coach.append(Conversation(lines: lines, replies: replies))
        echo.append(Conversation(lines: lines, replies: lines.map { [$0] }))
    }
    return (coach, echo)
}

/// "coach at 100 people: …" for a phase that did not go as planned; nothing when it did.
func notes(_ phase: PhaseResult, server: String, label: String) -> [String] {
    var notes: [String] = []
    if phase.stoppedByDeadline {
        notes.append(
            "\(server) \(label): stopped after \(limitText), \(phase.turns) of \(phase.plannedTurns) turns done")
    } else if phase.turns < phase.plannedTurns {
        notes.append("\(server) \(label): \(phase.turns) of \(phase.plannedTurns) turns done")
    }
    if phase.offScript > 0 {
        notes.append("\(server) \(label): \(phase.offScript) reply lines were not the scripted ones")
    }
    if let failure = phase.failures.first {
        notes.append("\(server) \(label): \(phase.failures.count) people failed, e.g. \(failure)")
    }
    return notes
}

/// What to say when the coach has not answered the calibration in time.
func stalledCalibration(port: Int) -> String {
    "okrcoach-load: the coach on 127.0.0.1:\(port) has not answered the calibration for 30 s; "
        + "start it as okrcoach-load does: okrcoach serve --listen 127.0.0.1:\(port) --db FRESH.sqlite "
        + "--inbound-burst 100000 (each simulated person sends faster than the default inbound limit)\n"
}

/// "met" or "missed", against an aim.
func verdict(_ met: Bool) -> String {
    met ? "aim met" : "aim missed"
}

func measure(coachPort: Int, coachProcess pid: pid_t? = nil) async throws {
    // The echo server, in this process: the same LineListener, answering each line with itself.
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let echo = Task {
        defer { portContinuation.finish() }
        try await LineListener(host: "127.0.0.1", port: 0, answer: { [$0] }).run { portContinuation.yield($0) }
    }
    defer { echo.cancel() }
    var portIterator = ports.makeAsyncIterator()
    guard let echoPort = await portIterator.next() else {
        throw LoadFailure(description: "the echo server did not start")
    }

    // Calibrating warms the coach up; ten people warm the echo server and the client up.
    // A coach started without a high inbound limit slows the calibrating person down and drops
    // lines, so the calibration would wait for ever: say why instead.
    let calibrationDeadline = Task {
        try await Task.sleep(for: .seconds(30))
        FileHandle.standardError.write(Data(stalledCalibration(port: coachPort).utf8))
        exit(1)
    }
    let expected = try await calibrate(port: coachPort)
    calibrationDeadline.cancel()
    let warmUp = (0..<10).map { index in
        let lines = Scripts.chatLines(index).map { ":\(Scripts.nick(90_001 + index)) PRIVMSG okrcoach :\($0)" }
        return Conversation(lines: lines, replies: lines.map { [$0] })
    }
    _ = try await runPhase(port: echoPort, conversations: warmUp, limit: phaseLimit)
    let perDraft = zip(Scripts.drafts, expected).map { "\($0.language) \($1.joined().count)" }.joined(separator: ", ")
    print(
        "Each person drafts a whole set: \(Scripts.chatLines(0).count) lines, own TCP connection, loopback; "
            + "at \(peopleCounts.map { "\($0)" }.joined(separator: "/")) connections, each drafts "
            + "\(peopleCounts.map { "\(rounds(people: $0))" }.joined(separator: "/")) sets in a row, "
            + "one person after another.")
    print("Coach reply lines per draft: \(perDraft). The echo server sends each line back once.")
    print("Each phase stops after \(limitText); latency is from sending a line to the first line of its answer.")
    print(
        "CPU µs/turn: the coach server's + this program's (its clients); for echo, this program's (clients and echo server)."
    )
    print("")
    print(
        column("people", 8) + column("server", 8) + column("turns", 8) + column("replies", 9) + column("secs", 8)
            + column("replies/s", 11) + column("turns/s", 9) + column("p50 ms", 8) + column("p99 ms", 8)
            + "CPU µs/turn")
    fflush(nil)

    var phases: [(coach: PhaseResult, echo: PhaseResult)] = []
    var firstPerson = 1
    for people in runsBurst ? peopleCounts : [] {
        let rounds = rounds(people: people)
        let (coachConversations, echoConversations) = conversations(
            people: people, rounds: rounds, first: firstPerson, expected: expected)
        firstPerson += people * rounds
        // A pause, so that one phase's closing connections do not overlap the next.
        try await Task.sleep(for: .milliseconds(500))
        let coach = try await measuredPhase(port: coachPort, server: pid, conversations: coachConversations)
        print(row(coach, server: "coach"))
        fflush(nil)
        try await Task.sleep(for: .milliseconds(500))
        let echo = try await measuredPhase(port: echoPort, server: nil, conversations: echoConversations)
        print(row(echo, server: "echo"))
        fflush(nil)
        phases.append((coach, echo))
    }
    var paced: (coach: PhaseResult, echo: PhaseResult)?
    if runsPaced {
        let (coachConversations, echoConversations) = conversations(
            people: pacedPeople, rounds: 1, first: firstPerson, expected: expected)
        try await Task.sleep(for: .milliseconds(500))
        let coach = try await measuredPhase(
            port: coachPort, server: pid, conversations: coachConversations, pace: pacedInterval)
        print(row(coach, server: "coach") + "   (paced: a line a second each)")
        fflush(nil)
        try await Task.sleep(for: .milliseconds(500))
        let echo = try await measuredPhase(
            port: echoPort, server: nil, conversations: echoConversations, pace: pacedInterval)
        print(row(echo, server: "echo") + "   (paced: a line a second each)")
        fflush(nil)
        paced = (coach, echo)
    }

    print("")
    for (coach, echo) in phases {
        let share = coach.repliesPerSecond / echo.repliesPerSecond
        let latency = coach.percentile(0.99) / echo.percentile(0.99)
        print(
            String(
                format:
                    "coach at %d people: %.0f%% of the echo server's replies per second (%.0f%% of its turns per second), %@ (≥ %.0f%%); "
                    + "p99 %.2f ms, %.1f× echo's %.2f ms, %@ (≤ %.0f×)",
                coach.people, share * 100, coach.turnsPerSecond / echo.turnsPerSecond * 100, verdict(share >= aimShare),
                aimShare * 100,
                coach.percentile(0.99), latency, echo.percentile(0.99), verdict(latency <= aimLatency), aimLatency))
    }
    for (coach, echo) in phases {
        let (server, load) = coach.cpuPerTurn
        if let server, let load, let echoLoad = echo.cpuPerTurn.load {
            // When both keep the same cores busy, each makes turns at the rate its CPU per turn allows.
            let linesPerTurn = Double(coach.replies) / Double(max(1, coach.turns))
            let ceiling = linesPerTurn * echoLoad / (server + load)
            print(
                String(
                    format:
                        "CPU per turn at %d people: coach server %.0f µs, its clients here %.0f µs; echo server with its clients %.0f µs; "
                        + "at these costs the coach gives at most %.0f%% of echo's replies per second (%.2f lines a turn) "
                        + "when the cores are the limit",
                    coach.people, server, load, echoLoad, ceiling * 100, linesPerTurn))
        }
    }
    if let (coach, echo) = paced {
        print(
            String(
                format:
                    "paced, %d people at a line a second each: coach p50 %.2f ms, p99 %.2f ms; echo p50 %.2f ms, p99 %.2f ms: "
                    + "p50 %.1f×, p99 %.1f× echo's; coach %.0f replies/s, %.0f%% of echo's",
                coach.people, coach.percentile(0.5), coach.percentile(0.99), echo.percentile(0.5),
                echo.percentile(0.99),
                coach.percentile(0.5) / echo.percentile(0.5), coach.percentile(0.99) / echo.percentile(0.99),
                coach.repliesPerSecond, coach.repliesPerSecond / echo.repliesPerSecond * 100))
    }
    for (coach, echo) in phases {
        let label = "at \(coach.people) people"
        for line in notes(coach, server: "coach", label: label) + notes(echo, server: "echo", label: label) {
            print(line)
        }
    }
    if let (coach, echo) = paced {
        for line in notes(coach, server: "coach", label: "paced") + notes(echo, server: "echo", label: "paced") {
            print(line)
        }
    }
}

if let raised = raiseOpenFileLimit() {
    print(raised)
}
let loadAverage =
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
    .joined(separator: " ") ?? "?"
let cores = "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage) at the start"
if let coachPort {
    print("okrcoach serve on 127.0.0.1:\(coachPort), started elsewhere; \(cores)")
    do {
        try await measure(coachPort: coachPort)
    } catch {
        print("okrcoach-load: \(error)")
        exit(1)
    }
    exit(0)
}
let coachProcess: CoachProcess
do {
    coachProcess = try CoachProcess.start(program: program.path)
} catch {
    print("okrcoach-load: \(error)")
    exit(1)
}
print("okrcoach serve on 127.0.0.1:\(coachProcess.port) (pid \(coachProcess.pid)); \(cores)")
do {
    try await measure(coachPort: coachProcess.port, coachProcess: coachProcess.pid)
    coachProcess.stop()
} catch {
    coachProcess.stop()
    print("okrcoach-load: \(error)")
    exit(1)
}

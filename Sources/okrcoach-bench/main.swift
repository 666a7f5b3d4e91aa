import CoachEngine
import CoachStore
import Foundation
import OKRCore

// Speed figures for the README. Build both programs in release first, the Swift runtime linked
// in as `make` builds it (a start then skips loading Foundation's shared libraries):
//
//     swift build -c release --static-swift-stdlib && .build/release/okrcoach-bench
//
// With `--engine` it times the coaching engine alone. Otherwise it checks 10,000 generated key results in the four languages (one core),
// times `okrcoach check` from start to exit on a five-objective file and on
// 10,000 key results against the Python peer, times the start to the first
// question, and times the coaching engine turn by turn, without and with the
// SQLite write. It ends with every figure that has an aim, as a ratio to its
// aim or its peer, all from this one run.

let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let localeFolder = products.appendingPathComponent("okrcoach_okrcoach.resources/locales")

/// The codes of the built locale files: every language the program speaks.
let codes = ((try? FileManager.default.contentsOfDirectory(atPath: localeFolder.path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()

func loadLanguages() -> Languages {
    let catalogs = codes.compactMap { code -> Catalog? in
        let file = localeFolder.appendingPathComponent("\(code).yaml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return try? Catalog(yaml: text, source: file.path)
    }
    guard !catalogs.isEmpty, catalogs.count == codes.count else {
        print("okrcoach-bench: no locales in \(localeFolder.path); run `swift build -c release` first")
        exit(2)
    }
    return Languages(catalogs)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
}

var aims = AimTable()
let languages = loadLanguages()
// `--engine` times the coaching engine alone: the rule engine and the program starts are skipped.
if !CommandLine.arguments.contains("--engine") {
    // The rule engine on one core, as it has always been measured.
    let checker = Checker(languages: languages, options: CheckOptions(usesEveryCore: false))
    var samples = SampleSets(seed: 42)
    let sets = SampleSets.languages.map { samples.set(language: $0, keyResults: 2_500) }
    let keyResults = sets.reduce(0) { $0 + $1.objectives.reduce(0) { $0 + $1.keyResults.count } }

    // Warm up once, then take the best of five rounds.
    var findings = sets.reduce(0) { $0 + checker.check($1).findings.count }
    var best = Double.infinity
    let clock = ContinuousClock()
    for _ in 0..<5 {
        let elapsed = clock.measure {
            findings = sets.reduce(0) { $0 + checker.check($1).findings.count }
        }
        best = min(best, seconds(elapsed))
    }
    print("Rule engine, one core: \(keyResults) key results in 4 languages, \(findings) findings")
    print(
        String(
            format: "  %.1f ms a round (best of 5), %.0f key results per second, %.1f µs each", best * 1000,
            Double(keyResults) / best, best / Double(keyResults) * 1e6))

    // Start-up to exit of the real program on a five-objective file.
    let program = products.appendingPathComponent("okrcoach")
    guard FileManager.default.isExecutableFile(atPath: program.path) else {
        print("okrcoach-bench: \(program.path) is missing; run `swift build -c release` first")
        exit(2)
    }
    var five = SampleSets(seed: 7)
    let small = five.set(language: "en", keyResults: 15)
    var yaml = "cycle: 2027-Q1\nobjectives:\n"
    for objective in small.objectives {
        yaml += "  - title: \"\(objective.title)\"\n    key_results:\n"
        for keyResult in objective.keyResults { yaml += "      - \"\(keyResult.text)\"\n" }
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-bench-five.yaml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)

    let timer = ProgramTimer()
    var runs = (0..<40).map { _ in timer.toExit(program.path, ["check", file.path]) }
    runs.sort()
    print(
        "okrcoach check on \(small.objectives.count) objectives, \(small.objectives.count * 3) key results, 40 runs (aim: 15 ms):"
    )
    print(
        String(
            format: "  start to exit: median %.1f ms, p90 %.1f ms, best %.1f ms", percentile(runs, 0.5),
            percentile(runs, 0.9), runs[0]))
    aims.atMost("okrcoach check, small file, start to exit (median)", percentile(runs, 0.5), aim: 15, unit: "ms")
    // The same without the compiled copies of the data files (a cache folder that cannot be made):
    // what the first start after an edit costs, every locale parsed as YAML.
    var uncached = (0..<20).map { _ in
        timer.toExit(program.path, ["check", file.path], environment: ["XDG_CACHE_HOME": "/dev/null/okrcoach-bench"])
    }
    uncached.sort()
    print(
        String(
            format: "  without the compiled locales (every start parses the YAML): median %.1f ms, best %.1f ms",
            percentile(uncached, 0.5), uncached[0]))
    // The floor no loading can go below: the program starting, parsing its arguments and exiting.
    var bare = (0..<40).map { _ in timer.toExit(program.path, ["--version"]) }
    bare.sort()
    print(
        String(
            format: "  okrcoach --version, start to exit (the floor): median %.1f ms, best %.1f ms",
            percentile(bare, 0.5),
            bare[0]))
    try? FileManager.default.removeItem(at: file)

    // Start to the first question, standard input a pipe, a new database.
    let database = FileManager.default.temporaryDirectory.appendingPathComponent(
        "okrcoach-bench-start-\(getpid()).sqlite"
    )
    .path
    var starts = (0..<40).map { _ in timer.toFirstOutput(program.path, ["--db", database, "--lang", "en"]) }
    starts.sort()
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    print("okrcoach start to its first question (piped), 40 runs (aim: 20 ms):")
    print(
        String(
            format: "  median %.1f ms, p90 %.1f ms, best %.1f ms", percentile(starts, 0.5), percentile(starts, 0.9),
            starts[0]))
    aims.atMost("okrcoach start to its first question (median)", percentile(starts, 0.5), aim: 20, unit: "ms")

    // check --format json on 10,000 key results against the Python peer on the same file.
    if let peer = PeerChecker.find(near: products) {
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-bench-big-\(getpid()).yaml")
            .path
        if peer.makeFile(keyResults: 10_000, at: big) {
            // Taken in turns, ours then the peer's, so both meet the same load; the best of five each.
            var ours = Double.infinity
            var theirs = Double.infinity
            for _ in 0..<5 {
                ours = min(ours, timer.toExit(program.path, ["check", "--format", "json", big]))
                theirs = min(theirs, timer.toExit("python3", [peer.checker, big]))
            }
            print(
                "okrcoach check --format json on 10,000 key results against \(peer.checker), best of 5 each, in turns (aim: 3×):"
            )
            print(
                String(
                    format: "  okrcoach %.0f ms, the peer %.0f ms: %.1f× the peer's speed", ours, theirs, theirs / ours)
            )
            aims.atLeast(
                "check --format json, 10,000 key results: × the peer's speed", theirs / ours, aim: 3, unit: "×")
        } else {
            print("check on 10,000 key results: skipped, \(peer.maker) did not run (python3 with PyYAML is needed)")
        }
        try? FileManager.default.removeItem(atPath: big)
    } else {
        print("check on 10,000 key results: skipped, ../shared/bench is not here")
    }
}

// The coaching engine, turn by turn.
let resources = products.appendingPathComponent("okrcoach_okrcoach.resources")
let texts = try codes.map { code in
    let path = resources.appendingPathComponent("locales/\(code).yaml").path
    return try CoachTexts(yaml: String(contentsOfFile: path, encoding: .utf8), source: path)
}
let flowPath = resources.appendingPathComponent("prompts/draft.yaml").path
let flow = try Flow(yaml: String(contentsOfFile: flowPath, encoding: .utf8), source: flowPath)
var cycleFlows: [Activity.Kind: Flow] = [:]
for kind in Activity.Kind.allCases {
    let path = resources.appendingPathComponent("prompts/\(kind.rawValue).yaml").path
    cycleFlows[kind] = try Flow(yaml: String(contentsOfFile: path, encoding: .utf8), source: path)
}
let benchmark = CoachBenchmark(
    coach: try Coach(languages: languages, texts: texts, flow: flow, cycleFlows: cycleFlows))
_ = try benchmark.latencies(turns: 2_000, store: nil)
let pure = try benchmark.latencies(turns: 120_000, store: nil)
print("Coaching engine: \(pure.count) scripted turns in 4 languages, no storage (aim: p99 30 µs):")
print(
    String(
        format: "  median %.1f µs, p99 %.1f µs, max %.1f µs per turn", percentile(pure, 0.5), percentile(pure, 0.99),
        pure[pure.count - 1]))
aims.atMost("coaching engine p99 per turn, no storage", percentile(pure, 0.99), aim: 30, unit: "µs")
let steps = benchmark.slowestSteps(turns: 60_000, count: 4).map { slow in
    "\(slow.step) " + String(format: "%.1f µs, median %.1f µs", slow.p99, slow.median) + " (\(slow.turns) turns)"
}
print("  slowest steps at p99: " + steps.joined(separator: ", "))
let checkIns = benchmark.checkInLatencies(turns: 50_000, weeks: 12)
print("Check-in turns, a set with three key results and 12 weeks of history (\(checkIns.count) turns):")
print(String(format: "  median %.1f µs, p99 %.1f µs per turn", percentile(checkIns, 0.5), percentile(checkIns, 0.99)))
let databasePath = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-bench.sqlite").path
try? FileManager.default.removeItem(atPath: databasePath)
let stored = try benchmark.latencies(turns: 5_000, store: try SQLiteSessionStore(path: databasePath))
try? FileManager.default.removeItem(atPath: databasePath)
print("Coaching engine with the SQLite write of every turn (\(stored.count) turns):")
print(String(format: "  median %.1f µs, p99 %.1f µs per turn", percentile(stored, 0.5), percentile(stored, 0.99)))
let memory = benchmark.memoryPerSession(count: 10_000)
print(
    String(
        format: "Memory: about %.1f KB per live session mid-draft (10,000 sessions); %d bytes of JSON stored",
        memory.bytes / 1024, memory.json))
aims.print()

import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import OKRCore

/// What each libFuzzer target does with one input, one function a target.
///
/// The fuzz executables (`Fuzz/Targets`, built by `Fuzz/run` with `-sanitize=fuzzer`) are a
/// line each around these, and the regression tests replay every kept input through them, so
/// a crash found once is checked by `swift test` from then on. A target passes when it returns:
/// a trap, an overflow or a runaway allocation is the failure libFuzzer looks for.
public enum FuzzTargets {
    /// The names of the targets, as the executables, the corpus folders and the regression tests know them.
    public static let names = ["check-file", "outline", "numbers", "coach-turn", "chat-line"]

    /// Runs one input through the target of that name.
    public static func run(_ name: String, _ data: Data) async {
        switch name {
        case "check-file": checkFile(data)
        case "outline": outline(data)
        case "numbers": numbers(data)
        case "coach-turn": coachTurn(data)
        case "chat-line": await chatLines(data)
        default: fatalError("okrcoach fuzzing: no target named \(name)")
        }
    }

    /// Runs one input through a target from a thread outside Swift concurrency, as libFuzzer calls a target:
    /// the chat desk is an actor, so its target is awaited here.
    public static func runBlocking(_ name: String, _ data: Data) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await run(name, data)
            done.signal()
        }
        done.wait()
    }

    /// The input as a check file and as an organisation file: read, and when it reads, checked
    /// against the rules, as `okrcoach check` does.
    public static func checkFile(_ data: Data) {
        read(data, as: .checkFile)
        let text = FuzzData.text(data)
        guard
            let result = try? OrganisationReader.read(
                text, source: "fuzz", languages: Set(FuzzData.languages.codes),
                retroTopics: FuzzData.coach.retroTopics)
        else { return }
        _ = Checker(languages: FuzzData.languages).check(result.organisation, teams: [])
    }

    /// The input as a Markdown outline: read, and when it reads, checked against the rules.
    public static func outline(_ data: Data) {
        read(data, as: .outline)
    }

    /// Each line as a number, a date and a key result in every language, and the progress its
    /// numbers make: the readers, and the arithmetic the reports do with what they read.
    public static func numbers(_ data: Data) {
        for line in FuzzData.lines(data) {
            _ = Day(iso: line)
            let inFile = NumberReader.file.value(line)
            for catalog in FuzzData.languages.catalogs.values {
                let reading = KeyResultReading(line, lexicon: catalog.lexicon)
                var keyResult = KeyResult(line)
                keyResult.fillFromText(reading)
                let values = [NumberReader(format: catalog.numbers).value(line), inFile, reading.start?.number]
                for value in values {
                    let fraction = Progress.fraction(
                        kind: keyResult.kind ?? .increase, baseline: keyResult.baseline, target: keyResult.target,
                        value: value)
                    _ = Progress.bar(fraction)
                }
            }
        }
    }

    /// Each line typed into a live session of the terminal coach, the session stored and read
    /// back after every turn as the store does.
    public static func coachTurn(_ data: Data) {
        let coach = FuzzData.coach
        var session = coach.start(coach.newSession(id: "fuzz"), today: FuzzData.today).session
        for line in FuzzData.lines(data) {
            session = coach.respond(to: line, in: session, today: FuzzData.today).session
            do {
                session = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(session))
            } catch {
                fatalError("okrcoach fuzzing: a session does not read back as stored: \(error)")
            }
        }
    }

    /// Each line received by the chat desk, as `okrcoach serve` receives lines, with sessions kept in memory.
    public static func chatLines(_ data: Data) async {
        let chat = ChatCoach(
            coach: FuzzData.coach, nick: "okrcoach", relayBots: ["Bridge"],
            limit: InboundLimit(burst: 1000, interval: 0.001))
        let desk = ChatDesk(chat: chat, store: InMemorySessionStore(), network: "fuzz")
        for line in FuzzData.lines(data) {
            _ = await desk.answer(line)
        }
    }

    private static func read(_ data: Data, as format: SetReader.Format) {
        let text = FuzzData.text(data)
        guard
            let result = try? SetReader.read(
                text, source: "fuzz", format: format, languages: FuzzData.languages,
                retroTopics: FuzzData.coach.retroTopics)
        else { return }
        _ = Checker(languages: FuzzData.languages).check(result.set)
    }
}

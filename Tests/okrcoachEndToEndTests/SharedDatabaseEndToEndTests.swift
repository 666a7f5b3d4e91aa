import Foundation
import GRDB
import Testing

/// One database, many processes: two coaches drafting, a chat bot and an import loop at once, for 30 seconds.
/// Nothing crashes, no answer is lost, and the coach whose copy went stale is told.
@Suite(.timeLimit(.minutes(5)))
struct SharedDatabaseEndToEndTests {
    static let seconds = 30.0

    @Test func twoCoachesAndAnImportLoopShareOneDatabase() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let arguments = ["--db", database, "--lang", "en"]
        let seeded = try Okrcoach.run(arguments, input: "Shared\n2027-Q1\n")
        #expect(seeded.status == 0, "\(seeded.errors)")

        // Both continue the same unfinished set; the one that answers second holds a stale copy.
        let first = try RunningProgram(arguments)
        let second = try RunningProgram(arguments)
        for coach in [first, second] {
            #expect(coach.waitFor("You have an unfinished set: Shared, 2027-Q1."))
            coach.type("yes")
            #expect(coach.waitFor("Which higher-level objective"))
        }
        first.type("")
        #expect(first.waitFor("What do you want to achieve"))
        second.type("")
        #expect(second.waitFor("What do you want to achieve"))
        #expect(second.waitFor("This set was changed elsewhere"), "\(second.printed)")
        #expect(second.printed.contains("Both copies are kept: yours is saved as a new set"))

        let importFile = try scratch.write(
            "imported.yaml",
            """
            team: Imported
            cycle: 2027-Q1
            objectives:
            - title: Make onboarding effortless so that clinics stay
              key_results:
              - Increase activation from 30 % to 45 % by March

            """)
        let bot = try RunningProgram(["serve", "--stdio", "--db", database])
        let deadline = Date().addingTimeInterval(Self.seconds)
        let drafts = [Drafting(first, name: "alpha"), Drafting(second, name: "beta")]
        let chatting = Chatting(bot)
        let importing = Importing(file: importFile, database: database)
        let jobs: [@Sendable () -> Void] =
            drafts.map { drafting in { drafting.run(until: deadline) } } + [
                { chatting.run(until: deadline) }, { importing.run(until: deadline) },
            ]
        let done = DispatchGroup()
        for job in jobs {
            done.enter()
            Thread {
                job()
                done.leave()
            }.start()
        }
        #expect(done.wait(timeout: .now() + Self.seconds + 90) == .success)

        for drafting in drafts {
            #expect(drafting.failures.isEmpty, "\(drafting.name): \(drafting.failures)")
            #expect(drafting.answered.count >= 3, "\(drafting.name) drafted only \(drafting.answered.count) sets")
            drafting.coach.type("/quit")
            #expect(drafting.coach.finish() == 0, "\(drafting.name): \(drafting.coach.printed.suffix(2_000))")
            #expect(!drafting.coach.printed.contains("could not be saved"))
        }
        #expect(chatting.failures.isEmpty, "\(chatting.failures)")
        #expect(chatting.teams.count >= 3)
        #expect(bot.finish() == 0, "\(bot.printed.suffix(2_000))")
        #expect(importing.failures.isEmpty, "\(importing.failures)")
        #expect(importing.count >= 3)

        // Every answer of both coaches is in the file, and every import.
        let states = try DatabaseQueue(path: database).read { db in
            try String.fetchAll(db, sql: "SELECT state FROM session")
        }
        let everything = states.joined(separator: "\n")
        for drafting in drafts {
            for (team, objective) in drafting.answered {
                #expect(everything.contains("\"team\":\"\(team)\""), "\(team) lost")
                #expect(everything.contains(objective), "\(objective) lost")
            }
        }
        for team in chatting.teams {
            #expect(everything.contains("\"team\":\"\(team)\""), "\(team) lost")
        }
        #expect(states.filter { $0.contains("\"team\":\"Imported\"") }.count == importing.count)
        #expect(states.filter { $0.contains("\"team\":\"Shared\"") }.count == 2)
    }

    @Test func twentyImportsStartedAtOnceOnANewDatabaseAllSave() throws {
        let scratch = try Scratch()
        let database = scratch.folder.appendingPathComponent("new/okr.sqlite").path
        let results = Results()
        let done = DispatchGroup()
        for number in 0..<20 {
            done.enter()
            Thread {
                let file =
                    "team: Team \(number)\ncycle: 2027-Q1\nobjectives:\n- title: Make onboarding effortless so that clinics stay\n"
                let run = try? Okrcoach.run(["import", "-", "--db", database], input: file)
                results.add(
                    run.map { $0.status == 0 ? nil : "\(number): exit \($0.status): \($0.errors)" }
                        ?? "\(number): not run")
                done.leave()
            }.start()
        }
        #expect(done.wait(timeout: .now() + 240) == .success)
        #expect(results.failures.isEmpty, "\(results.failures)")
        let teams = try DatabaseQueue(path: database).read { db in
            try String.fetchAll(db, sql: "SELECT title FROM session")
        }
        #expect(Set(teams) == Set((0..<20).map { "Team \($0), 2027-Q1" }))
    }
}

/// What threads report back: failures, if any.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var failed: [String] = []

    var failures: [String] { lock.withLock { failed } }

    func add(_ failure: String?) {
        guard let failure else { return }
        lock.withLock { failed.append(failure) }
    }
}

/// One coach drafting set after set: a team, a cycle, no parent and an objective, then /new.
private final class Drafting: @unchecked Sendable {
    let coach: RunningProgram
    let name: String
    private let lock = NSLock()
    private var answeredSets: [(team: String, objective: String)] = []
    private var failed: [String] = []

    init(_ coach: RunningProgram, name: String) {
        self.coach = coach
        self.name = name
    }

    var answered: [(team: String, objective: String)] { lock.withLock { answeredSets } }
    var failures: [String] { lock.withLock { failed } }

    func run(until deadline: Date) {
        var number = 0
        let shared = "Grow revenue in the \(name) region so that we can hire"
        coach.type(shared)
        guard expect("Key result 1.1", count: 1) else { return }
        lock.withLock { answeredSets.append(("Shared", shared)) }
        while Date() < deadline {
            number += 1
            let team = "Team \(name) \(word(number))"
            let objective = "Grow revenue in region \(name) \(word(number)) so that we can hire"
            coach.type("/new")
            guard expect("Which team is this set for?", count: number) else { return }
            coach.type(team)
            guard expect("Which cycle does it cover?", count: number) else { return }
            coach.type("2027-Q1")
            guard expect("Which higher-level objective", count: number + 1) else { return }
            coach.type("")
            guard expect("What do you want to achieve", count: number + 1) else { return }
            coach.type(objective)
            guard expect("Objective 1: \(objective)", count: 1) else { return }
            lock.withLock { answeredSets.append((team, objective)) }
        }
    }

    private func expect(_ text: String, count: Int) -> Bool {
        guard let failure = waitFor(text, count: count, from: coach) else { return true }
        lock.withLock { failed.append(failure) }
        return false
    }
}

/// People drafting with the chat bot, one new person after another: a greeting and the team.
private final class Chatting: @unchecked Sendable {
    let bot: RunningProgram
    private let lock = NSLock()
    private var answered: [String] = []
    private var failed: [String] = []

    init(_ bot: RunningProgram) {
        self.bot = bot
    }

    var teams: [String] { lock.withLock { answered } }
    var failures: [String] { lock.withLock { failed } }

    func run(until deadline: Date) {
        var number = 0
        while Date() < deadline {
            number += 1
            let nick = "person\(number)"
            let team = "Team chat \(word(number))"
            bot.type(":\(nick) PRIVMSG okrcoach :hi")
            guard expect("PRIVMSG \(nick) :Which team is this set for?") else { return }
            bot.type(":\(nick) PRIVMSG okrcoach :\(team)")
            guard expect("PRIVMSG \(nick) :Which cycle does it cover?") else { return }
            lock.withLock { answered.append(team) }
        }
    }

    private func expect(_ text: String) -> Bool {
        guard let failure = waitFor(text, count: 1, from: bot) else { return true }
        lock.withLock { failed.append(failure) }
        return false
    }
}

/// A number in letters ("bh" for 17), so an answer holds no number for the coach to question.
private func word(_ number: Int) -> String {
    String(String(number).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(String($0))!)) })
}

/// Waits until a program has printed a text `count` times, for at most 20 seconds; nil when it has, else what failed.
private func waitFor(_ text: String, count: Int, from program: RunningProgram) -> String? {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
        if program.printed.components(separatedBy: text).count - 1 >= count { return nil }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return "waited for \(text.debugDescription) × \(count): \(program.printed.suffix(1_000))"
}

/// `okrcoach import` run again and again on the coaches' database.
private final class Importing: @unchecked Sendable {
    let file: String
    let database: String
    private let lock = NSLock()
    private var imported = 0
    private var failed: [String] = []

    init(file: String, database: String) {
        self.file = file
        self.database = database
    }

    var count: Int { lock.withLock { imported } }
    var failures: [String] { lock.withLock { failed } }

    /// Imports the file again and again, each time with another target: the same set twice would be
    /// said to be there already and not saved again.
    func run(until deadline: Date) {
        var round = 0
        while Date() < deadline {
            do {
                round += 1
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let next = text.replacingOccurrences(
                    of: #"to \d+ % by"#, with: "to \(45 + round) % by", options: .regularExpression)
                try next.write(toFile: file, atomically: true, encoding: .utf8)
                let run = try Okrcoach.run(["import", file, "--db", database])
                lock.withLock {
                    if run.status == 0 { imported += 1 } else { failed.append("exit \(run.status): \(run.errors)") }
                }
            } catch {
                lock.withLock { failed.append("\(error)") }
            }
        }
    }
}

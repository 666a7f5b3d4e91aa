import Foundation
import GRDB
import Testing

/// `okrcoach serve --listen` killed with SIGKILL while many people draft at once: every answer
/// that got a reply is in the database when it starts again.
@Suite(.timeLimit(.minutes(3)))
struct ServeKillEndToEndTests {
    /// What each person types; answers 1, 2 and 4 are theirs alone, so the stored set shows whether it has them.
    static func script(_ person: String) -> [String] {
        ["hi", "Team \(person)", "2027-Q1", "-", "Delight clinics \(person) so that they recommend us"]
    }

    /// What the stored state of a person who got a reply to line `index` must hold.
    static func answers(_ person: String, upTo index: Int) -> [String] {
        let lines = script(person)
        return [1, 2, 4].filter { $0 <= index }.map { lines[$0] }
    }

    @Test func killedUnderLoadItLosesNoAnswerThatGotAReply() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let arguments = ["serve", "--listen", "127.0.0.1:0", "--inbound-burst", "100000", "--db", database]
        let server = try RunningProgram(arguments)
        let port = try #require(server.listeningPort(), "\(server.printed)")

        let (progress, finished) = Self.draft(port: port)
        Thread.sleep(forTimeInterval: 3)
        server.kill()
        #expect(finished.wait(timeout: .now() + 30) == .success)
        let (replied, cutOff) = progress.seen
        #expect(
            replied.values.reduce(0) { $0 + $1 + 1 } > 100, "too little load to mean anything: \(replied.count) people")
        // The kill came while lines were being answered, not between them.
        #expect(cutOff > 0)

        let restarted = try RunningProgram(arguments)
        #expect(restarted.waitFor("listening on 127.0.0.1:"))
        let states = try Self.states(database)
        var lost: [String] = []
        for (person, index) in replied {
            let state = states["nick:line:\(person)"] ?? ""
            lost += Self.answers(person, upTo: index).filter { !state.contains($0) }.map { "\(person): \($0)" }
        }
        #expect(lost.isEmpty, "answers that got a reply but are not stored: \(lost.prefix(10))")
        #expect(replied.values.contains { $0 >= 4 }, "nobody got as far as the objective")
    }

    /// SIGTERM under load: the server stops taking lines, sends the replies to those it stored, and
    /// leaves with status 0; so every answer in the database got its reply, and none that got a reply is missing.
    @Test func stoppedUnderLoadItSendsTheRepliesToEveryStoredAnswer() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let server = try RunningProgram([
            "serve", "--listen", "127.0.0.1:0", "--inbound-burst", "100000", "--db", database,
        ])
        let port = try #require(server.listeningPort(), "\(server.printed)")

        let (progress, finished) = Self.draft(port: port)
        Thread.sleep(forTimeInterval: 3)
        #expect(server.stop(with: SIGTERM) == 0, "\(server.printed)")
        #expect(finished.wait(timeout: .now() + 30) == .success)
        let (replied, _) = progress.seen
        #expect(
            replied.values.reduce(0) { $0 + $1 + 1 } > 100, "too little load to mean anything: \(replied.count) people")

        var unanswered: [String] = []
        var lost: [String] = []
        for (id, state) in try Self.states(database) where id.hasPrefix("nick:line:") {
            let person = String(id.dropFirst("nick:line:".count))
            let stored = Self.answers(person, upTo: 4).filter(state.contains)
            let answered = Self.answers(person, upTo: replied[person] ?? -1)
            unanswered += stored.filter { !answered.contains($0) }.map { "\(person): \($0)" }
            lost += answered.filter { !stored.contains($0) }.map { "\(person): \($0)" }
        }
        #expect(unanswered.isEmpty, "answers stored whose reply was never sent: \(unanswered.prefix(10))")
        #expect(lost.isEmpty, "answers that got a reply but are not stored: \(lost.prefix(10))")
    }

    /// 24 clients, each drafting for one person after another until the server goes; each line is
    /// followed by a channel line whose answer marks the end of the turn's replies, and what got a
    /// reply is noted as it comes.
    private static func draft(port: Int) -> (Progress, DispatchGroup) {
        let progress = Progress()
        let finished = DispatchGroup()
        for client in 0..<24 {
            finished.enter()
            Thread.detachNewThread {
                defer { finished.leave() }
                guard let connection = try? LineClient(port: port) else { return }
                for round in 0... {
                    let person = "c\(client)r\(round)"
                    for (index, line) in Self.script(person).enumerated() {
                        connection.send(
                            ":\(person) PRIVMSG okrcoach :\(line)\r\n:\(person) PRIVMSG #mark :okrcoach: show\r\n")
                        let lines = connection.read(until: "PRIVMSG #mark :")
                        if lines.contains(where: { $0.hasPrefix("PRIVMSG \(person) :") }) {
                            progress.reply(to: index, of: person)
                        }
                        guard lines.last?.hasPrefix("PRIVMSG #mark :") == true else {
                            // Stopped while this line was being answered.
                            progress.cutOffWaiting()
                            return
                        }
                    }
                }
            }
        }
        return (progress, finished)
    }

    /// Each stored session's state, by id.
    static func states(_ database: String) throws -> [String: String] {
        try DatabaseQueue(path: database).read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT id, state FROM session").map {
                    ($0["id"] as String, $0["state"] as String)
                },
                uniquingKeysWith: { first, _ in first })
        }
    }
}

/// What the clients saw, noted from their threads: how far each person got a reply, and how
/// many clients were cut off waiting for one.
private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var replied: [String: Int] = [:]
    private var cutOff = 0

    func reply(to index: Int, of person: String) {
        lock.withLock { replied[person] = index }
    }

    func cutOffWaiting() {
        lock.withLock { cutOff += 1 }
    }

    /// The highest line index each person got a reply to, and how many clients were cut off.
    var seen: (replied: [String: Int], cutOff: Int) {
        lock.withLock { (replied, cutOff) }
    }
}

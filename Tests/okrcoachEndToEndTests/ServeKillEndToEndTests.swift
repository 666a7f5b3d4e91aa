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

        // Each client drafts for one person after another, each line followed by a channel line whose
        // answer marks the end of the turn's replies; what got a reply is noted as it comes.
        let progress = Progress()
        let clients = 24
        let finished = DispatchGroup()
        for client in 0..<clients {
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
                            // Killed while this line was being answered.
                            progress.cutOffWaiting()
                            return
                        }
                    }
                }
            }
        }
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
        let states = try DatabaseQueue(path: database).read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT id, state FROM session").map {
                    ($0["id"] as String, $0["state"] as String)
                },
                uniquingKeysWith: { first, _ in first })
        }
        var lost: [String] = []
        for (person, index) in replied {
            let state = states["nick:line:\(person)"] ?? ""
            lost += Self.answers(person, upTo: index).filter { !state.contains($0) }.map { "\(person): \($0)" }
        }
        #expect(lost.isEmpty, "answers that got a reply but are not stored: \(lost.prefix(10))")
        #expect(replied.values.contains { $0 >= 4 }, "nobody got as far as the objective")
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

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The bot's output on a real ngircd: one person's long answers and another's flood do not hold
/// up a third, long answers come a page at a time, and the bot stays connected, says QUIT when
/// stopped and comes back soon after an outage.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(5)))
struct IRCOutputEndToEndTests {
    private static let more = "… (say “more” for the rest)"

    /// What a person types to draft a set of `objectives` objectives with two key results each, in English.
    private static func draft(objectives: Int) -> [String] {
        let regions = ["north", "south", "east", "west", "coast", "hills", "city", "islands"]
        var lines = ["hi", "Growth", "-", "-"]
        for number in 1...objectives {
            lines += [
                "Make onboarding effortless for small clinics in the \(regions[(number - 1) % regions.count])",
                "to keep every clinic", "yes",
                "Launch the new onboarding flow", "activation rate", "45%", "30%", "-", "yes", "yes",
                "Cut support response time to 8 hours by 31 December", "24 hours", "yes", "done", "yes",
                number == objectives ? "no" : "yes",
            ]
        }
        return lines
    }

    /// The texts of the PRIVMSGs among IRC lines.
    private static func texts(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            guard line.contains(" PRIVMSG "), let colon = line.dropFirst().firstIndex(of: ":") else { return nil }
            return String(line[line.index(after: colon)...])
        }
    }

    /// The next page a person gets: lines until one ends with the "more" marker, the page is full, or `done` says the answer is whole.
    private static func page(of person: IRCPerson, done: ([String]) -> Bool = { _ in false }) -> [String] {
        var page: [String] = []
        while page.count < 8, page.last?.hasSuffix(more) != true, page.isEmpty || !done(page) {
            let next = texts(person.read(until: "PRIVMSG \(person.nick) :"))
            guard !next.isEmpty else { break }
            page += next
        }
        return page
    }

    /// The JSON in an export's pages, without the "more" markers and what came before it.
    private static func json(_ pages: [[String]]) -> [String: Any]? {
        let lines = pages.joined().map { $0.hasSuffix(more) ? String($0.dropLast(more.count)) : $0 }.drop {
            !$0.hasPrefix("{")
        }
        return (try? JSONSerialization.jsonObject(with: Data(lines.joined(separator: "\n").utf8))) as? [String: Any]
    }

    @Test func aDrafterIsAnsweredAtOnceWhileOthersAskForPagesAndFlood() throws {
        let scratch = try Scratch()
        let database = scratch.database
        // Ask's big set, drafted over the line protocol on the network the bot will be on.
        let drafted = try Okrcoach.serve(
            Self.draft(objectives: 8), by: "ask", database: database,
            options: ["--network", "127.0.0.1", "--inbound-burst", "100000"])
        #expect(drafted.status == 0, "\(drafted.errors)")

        let server = try NgircdServer()
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(server.port)", "--db", database, "--flood-burst", "10", "--flood-interval",
            "0.1",
            "--inbound-burst", "5", "--inbound-interval", "0.5", "--ping-after", "1", "--give-up-after", "3",
        ])
        defer { bot.kill() }
        #expect(bot.waitFor("registered as"), "\(bot.printed)")
        let ask = try IRCPerson("ask", port: server.port)
        let flood = try IRCPerson("flood", port: server.port)
        let drafter = try IRCPerson("drafter", port: server.port)

        ask.say("!help")
        ask.say("!export json")
        flood.send((1...200).map { "PRIVMSG okrcoach :!show \($0)" }.joined(separator: "\r\n"))
        var waits: [Double] = []
        for (line, answer) in [
            ("hi", "Which team"), ("Growth", "Which cycle"), ("-", "higher-level"),
            ("-", "What do you want to achieve"),
            ("Delight clinics so that they recommend us", "Key result 1.1"),
        ] {
            let asked = Date()
            drafter.say(line)
            let received = drafter.read(until: answer)
            waits.append(Date().timeIntervalSince(asked))
            #expect(received.last?.contains(answer) == true, "\(line): \(received)")
        }
        #expect(waits.allSatisfy { $0 < 2 }, "\(waits)")

        // Help and the export come a page each, and the export pages on until it is whole.
        let help = Self.page(of: ask)
        #expect(help.first?.hasPrefix("Answer each question in your own words") == true, "\(help)")
        #expect(help.count == 8 && help.last?.hasSuffix(Self.more) == true, "\(help)")
        var pages = [Self.page(of: ask)]
        while pages.count < 100, pages.last?.last?.hasSuffix(Self.more) == true {
            ask.say("more")
            let earlier = pages
            pages.append(Self.page(of: ask) { Self.json(earlier + [$0]) != nil })
        }
        #expect(pages.allSatisfy { $0.count <= 8 }, "\(pages.map(\.count))")
        let parsed = Self.json(pages)
        let objectives = parsed?["objectives"] as? [Any]
        #expect(objectives?.count == 8, "\(pages)")

        // The flooder was told to slow down once and answered a few times, not 200.
        drafter.say("-")
        let flooded = Self.texts(flood.read(until: "One message at a time"))
        #expect(flooded.last?.hasPrefix("One message at a time") == true, "\(flooded)")
        Thread.sleep(forTimeInterval: 1)
        flood.say("last")
        let after = Self.texts(flood.read(until: "PRIVMSG flood :"))
        #expect(flooded.count + after.count < 40, "\(flooded)")
        #expect(!after.contains { $0.hasPrefix("One message at a time") })

        // Busy as it was, the bot never left the server.
        #expect(bot.printed.components(separatedBy: "registered as").count == 2, "\(bot.printed)")
        #expect(!bot.printed.contains("reconnecting"), "\(bot.printed)")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func stoppingTheBotSaysQuitToTheServer(signal: Int32) throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let watcher = try IRCPerson("watcher", port: server.port, joining: "#growth")
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(server.port)", "--channel", "#growth",
            "--db", scratch.database,
        ])
        defer { bot.kill() }
        _ = watcher.read(until: ":okrcoach!")
        #expect(bot.stop(with: signal) == 0, "\(bot.printed)")
        let quit = watcher.read(until: " QUIT ")
        #expect(quit.last?.hasPrefix(":okrcoach!") == true, "\(quit)")
        #expect(quit.last?.contains("okrcoach is stopping") == true, "\(quit)")
    }

    @Test func theReconnectWaitIsCappedAtReconnectMax() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(server.port)", "--reconnect-max", "0.5",
            "--db", scratch.database,
        ])
        defer { bot.kill() }
        #expect(bot.waitFor("registered as"))
        server.stop()
        Thread.sleep(forTimeInterval: 5)
        let waits = bot.printed.split(separator: "\n").compactMap { line -> Double? in
            guard let range = line.range(of: "reconnecting in ") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != " " })
        }
        #expect(waits.count >= 6 && waits.allSatisfy { $0 <= 0.5 }, "\(waits)")
        try server.start()
        let started = Date()
        let back = (0..<100).contains { _ in
            Thread.sleep(forTimeInterval: 0.05)
            return bot.printed.components(separatedBy: "registered as").count > 2
        }
        #expect(back && Date().timeIntervalSince(started) < 2, "\(bot.printed)")
    }

    @Test(arguments: ["inf", "nan", "--reconnect-max=-1", "1e400", "0", "1e-9"])
    func aReconnectMaxThatIsNoNumberOfSecondsIsRefused(value: String) throws {
        let option = value.hasPrefix("--") ? [value] : ["--reconnect-max", value]
        let run = try Okrcoach.run(["irc", "--server", "127.0.0.1:1"] + option)
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains("--reconnect-max") || run.errors.contains("reconnect-max"), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count <= 3, "\(run.errors)")
    }
}

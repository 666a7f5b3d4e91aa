import Foundation
import Testing

/// Relay bots and exports on a real ngircd: a relayed name is only a display name (`slack/alice`),
/// never a nick, a channel or a service the bot writes to; a YAML export in chat reads back.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(5)))
struct IRCRelayEndToEndTests {
    /// The bot's lines a person received before the server's answer to a PING they send now:
    /// everything the bot sent them before the replies already read is in.
    private func botLines(to person: IRCPerson) -> [String] {
        person.send("PING :sync")
        return person.read(until: "PONG").filter { $0.hasPrefix(":okrcoach!") }
    }

    @Test func relayedNamesAreNeverNicksChannelsOrServices() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let bridge = try IRCPerson("bridge", port: server.port, joining: "#growth")
        let bob = try IRCPerson("bob", port: server.port, joining: "#growth")
        let alice = try IRCPerson("alice", port: server.port)
        let nickServ = try IRCPerson("NickServ", port: server.port)
        let bot = try startBot(
            port: server.port, database: scratch.database, relay: "bridge")
        defer { bot.kill() }
        _ = bob.read(until: ":okrcoach!")

        // A private relay line is answered to the relay, addressed to the relayed name: not to IRC's alice.
        bridge.say("[slack] <alice> hi")
        let hi = bridge.read(until: "Which team is this set for?")
        #expect(hi.last?.hasPrefix(":okrcoach!") == true, "\(hi)")
        #expect(hi.last?.contains(" PRIVMSG bridge :slack/alice: ") == true, "\(hi)")
        bridge.say("[slack] <alice> !show")
        #expect(bridge.read(until: "slack/alice: ").last?.contains(" PRIVMSG bridge :") == true)

        // "NickServ" with a team named like a command to it, shared with a channel: nothing goes to NickServ.
        for line in ["hi", "DROP okrcoach", "-", "-", "Delight clinics so that they recommend us"] {
            bridge.say("[x] <NickServ> \(line)")
            _ = bridge.read(until: "x/NickServ: ")
        }
        bridge.say("[x] <NickServ> Increase NPS from 30 to 45 by March")
        _ = bridge.read(until: "x/NickServ: ")
        bridge.say("[x] <NickServ> share #x")
        let shared = bridge.read(until: "#x")
        #expect(shared.last?.contains(" PRIVMSG bridge :x/NickServ: ") == true, "\(shared)")

        // A channel as a name: a private line is answered to the relay, a channel line in its own channel.
        bridge.say("[x] <#growth> hi")
        #expect(bridge.read(until: "x/#growth: ").last?.contains(" PRIVMSG bridge :x/#growth: ") == true)
        bridge.say("[x] <#other> okrcoach: hi", to: "#growth")
        let inChannel = bob.read(until: "x/#other: ")
        #expect(inChannel.last?.contains(" PRIVMSG #growth :x/#other: ") == true, "\(inChannel)")
        // A name with a control character is no relay line at all.
        bridge.say("[x] <ev\u{7}e> okrcoach: hi", to: "#growth")

        #expect(botLines(to: nickServ).isEmpty)
        #expect(botLines(to: alice).isEmpty)
        let toBob = botLines(to: bob)
        #expect(!toBob.contains { $0.contains("x/ev") }, "\(toBob)")
        #expect(!bot.printed.contains("PRIVMSG NickServ"))
    }

    @Test func aYAMLExportInChatReadsBackThroughImportAndCheck() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let database = scratch.database
        let bot = try startBot(port: server.port, database: database, relay: "bridge")
        defer { bot.kill() }
        let alice = try IRCPerson("alice", port: server.port)
        alice.converse([
            ("hi", "Which team"), ("Growth", "Which cycle"), ("-", "Which higher-level objective"),
            ("-", "What do you want to achieve"), ("Make onboarding effortless so that clinics stay", "Key result 1.1"),
            ("Increase weekly bookings from 30 to 45 by March", "Add another key result?"), ("yes", "Key result 1.2"),
            ("Reduce the time to book from 120 seconds to 60 seconds by March", "Add another key result?"),
        ])
        alice.say("!export yaml")
        let more = " … (say “more” for the rest)"
        var lines: [String] = []
        // Page by page: each but the last ends saying "more"; the last is followed by ten quiet seconds.
        while lines.count < 400 {
            let page = alice.read(until: more)
            lines += page
            guard page.last?.hasSuffix(more) == true else { break }
            alice.say("more")
        }
        let texts = lines.filter { $0.contains(" PRIVMSG alice :") }
            .map { String($0[$0.range(of: " PRIVMSG alice :")!.upperBound...]) }
            .map { $0.hasSuffix(more) ? String($0.dropLast(more.count)) : $0 }
        let copy = texts.joined(separator: "\n") + "\n"
        #expect(copy.contains("\n\u{A0}\u{A0}"), "\(copy)")
        #expect(copy.contains("key_results:"), "\(copy)")
        let file = try scratch.write("from-chat.yaml", copy)

        let check = try Okrcoach.run(["check", file])
        // Read as objectives without key results, it would be told "too few key results".
        #expect(check.status == 0, "\(check.output) \(check.errors)")
        #expect(
            check.output.hasSuffix("from-chat.yaml: no findings; score 100/100 (language: en)\n"), "\(check.output)")
        let other = scratch.folder.appendingPathComponent("other.sqlite").path
        let imported = try Okrcoach.run(["import", file, "--db", other])
        #expect(imported.status == 0, "\(imported.errors)")
        let fromImport = try Okrcoach.run(["export", "--db", other])
        let fromBot = try Okrcoach.run(["export", "--db", database])
        #expect(fromImport.status == 0 && fromBot.status == 0, "\(fromImport.errors) \(fromBot.errors)")
        #expect(fromImport.output == fromBot.output)
        #expect(fromImport.output.contains("Reduce the time to book from 120 seconds to 60 seconds by March"))
        #expect(
            fromImport.output == copy.replacingOccurrences(of: "\u{A0}", with: " "),
            "\(fromImport.output)\n---\n\(copy)")
    }
}

/// `okrcoach import --for nick@network` on a real ngircd: the set is the person's, and `!list` and `!open` reach it.
@Suite(.needsNgircd, .serialized, .timeLimit(.minutes(2)))
struct IRCImportedSetEndToEndTests {
    @Test func listAndOpenReachASetImportedForThePerson() throws {
        let server = try NgircdServer()
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write("vekst.yaml", ExportImportEndToEndTests.everything)
        let imported = try Okrcoach.run(["import", file, "--db", database, "--for", "Alice@127.0.0.1"])
        #expect(imported.status == 0, "\(imported.errors)")
        let notHers = try Okrcoach.run(["import", file, "--db", database, "--for", "bob@127.0.0.1"])
        #expect(notHers.status == 0, "\(notHers.errors)")
        for hostile in [
            "alice", "@net", "alice@", "al ice@net", "al\u{7}ice@net", String(repeating: "a", count: 65) + "@net",
        ] {
            let refused = try Okrcoach.run(["import", file, "--db", database, "--for", hostile])
            #expect(refused.status == 2, "\(hostile)")
            #expect(refused.errors.contains("--for takes NICK@NETWORK"), "\(refused.errors)")
        }
        let bot = try RunningProgram([
            "irc", "--server", "127.0.0.1:\(server.port)", "--nick", "okrcoach", "--db", database,
            "--flood-burst", "20", "--flood-interval", "0.05",
        ])
        defer { bot.kill() }
        #expect(bot.waitFor("registered as"), "\(bot.printed)")
        let alice = try IRCPerson("alice", port: server.port)
        alice.say("hi", waitingFor: "Which team")
        alice.say("Growth", waitingFor: "Which cycle")
        alice.say("!list")
        let listed = alice.messages(until: "2. Vekst")
        #expect(
            listed.last == "2. Vekst, 2027-Q1: Gjøre oppstarten enkel for små klinikker slik at de blir hos oss",
            "\(listed)")
        alice.say("!open 2")
        let opened = alice.messages(until: "Gjøre oppstarten enkel")
        #expect(opened.contains { $0.contains("Vekst") }, "\(opened)")
        alice.say("!list")
        let again = alice.messages(until: "2. Growth")
        #expect(again.contains { $0.hasPrefix("1. Vekst") }, "\(again)")
        #expect(again.filter { $0.first?.isNumber == true }.count == 2, "\(again)")
    }
}

import Foundation
import Testing

/// Registration as a server that offers IRCv3 capabilities and SASL sees it.
@Suite(.timeLimit(.minutes(5)))
struct IRCRegistrationEndToEndTests {
    /// `okrcoach irc` on the scripted server with `options`, with no password unless `environment`
    /// gives one; returns once the server has taken its connection and its `CAP LS 302`.
    private func connectedBot(
        _ server: ScriptedIRCServer, _ scratch: Scratch, _ options: [String] = [],
        environment: [String: String] = ["OKRCOACH_IRC_PASSWORD": ""]
    ) throws -> RunningProgram {
        let bot = try RunningProgram(
            ["irc", "--server", "127.0.0.1:\(server.port)", "--db", scratch.database] + options,
            environment: environment)
        #expect(server.accept())
        #expect(server.expect("CAP LS 302") != nil)
        return bot
    }

    private func sasl(passwordArguments: [String], environment: [String: String], password: String) throws {
        let server = try ScriptedIRCServer()
        let scratch = try Scratch()
        let bot = try connectedBot(
            server, scratch, ["--account", "coachbot"] + passwordArguments, environment: environment)
        defer { bot.kill() }
        server.send(":irc.test CAP * LS * :multi-prefix sasl=PLAIN,EXTERNAL")
        server.send(":irc.test CAP * LS :message-tags account-tag")
        // multi-prefix: NAMES shows every mode a member has, so the bot knows a channel's operators.
        #expect(server.expect("CAP REQ") == "CAP REQ :message-tags account-tag multi-prefix sasl")
        server.send(":irc.test CAP * ACK :message-tags account-tag multi-prefix sasl")
        #expect(server.expect("AUTHENTICATE") == "AUTHENTICATE PLAIN")
        server.send("AUTHENTICATE +")
        let credentials = try #require(server.expect("AUTHENTICATE "))
        let decoded = Data(base64Encoded: String(credentials.dropFirst("AUTHENTICATE ".count))).map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(decoded == "coachbot\u{0}coachbot\u{0}\(password)")
        server.send(":irc.test 903 okrcoach :SASL authentication successful")
        #expect(server.expect("CAP END") == "CAP END")
        server.send(":irc.test 001 okrcoach :Welcome")
        #expect(bot.waitFor("registered as okrcoach"))
        // The account tag names the person; the bot answers privately.
        server.send("@account=kari :kari!k@example.org PRIVMSG okrcoach :hei")
        #expect(server.read(until: "Which team is this set for?").last == "PRIVMSG kari :Which team is this set for?")
        #expect(!bot.printed.contains(password))
    }

    @Test func saslWithThePasswordFromTheEnvironment() throws {
        try sasl(passwordArguments: [], environment: ["OKRCOACH_IRC_PASSWORD": "s3cret pass"], password: "s3cret pass")
    }

    @Test func saslWithThePasswordFromAFile() throws {
        let scratch = try Scratch()
        let file = try scratch.write("password", "from-a-file\n")
        try sasl(
            passwordArguments: ["--password-file", file], environment: ["OKRCOACH_IRC_PASSWORD": ""],
            password: "from-a-file")
    }

    @Test func aSilentServerIsPingedThenLeftAndReconnected() throws {
        let server = try ScriptedIRCServer()
        let scratch = try Scratch()
        let bot = try connectedBot(
            server, scratch, ["--ping-after", "0.5", "--give-up-after", "1.5", "--channel", "#growth"])
        defer { bot.kill() }
        server.send(":irc.test 001 okrcoach :Welcome")
        #expect(server.expect("JOIN") == "JOIN #growth")
        // Then the server says nothing at all.
        #expect(server.expect("PING") == "PING :okrcoach")
        #expect(bot.waitFor("no word from the server"))
        #expect(bot.waitFor("reconnecting in"))
        // It comes back, registers again and rejoins its channel.
        #expect(server.accept())
        _ = server.expect("CAP LS 302")
        server.send(":irc.test 001 okrcoach :Welcome back")
        #expect(server.expect("JOIN") == "JOIN #growth", "\(bot.printed)")
    }

    @Test func aBusyBotKeepsAServerThatAnswersItsPings() throws {
        let server = try ScriptedIRCServer()
        let scratch = try Scratch()
        let bot = try connectedBot(
            server, scratch,
            ["--ping-after", "0.5", "--give-up-after", "1.5", "--flood-burst", "1", "--flood-interval", "0.25"])
        defer { bot.kill() }
        server.send(":irc.test 001 okrcoach :Welcome")
        // Three people ask for help at once: some 30 lines, seven seconds of sending at four lines a second.
        for nick in ["ada", "bo", "cy"] {
            server.send(":\(nick)!u@h PRIVMSG okrcoach :hi")
            server.send(":\(nick)!u@h PRIVMSG okrcoach :!help")
        }
        // Then the server says nothing but PONG to the bot's PINGs, which come between the replies.
        let started = Date()
        var replies = 0
        var pings = 0
        while Date().timeIntervalSince(started) < 6 {
            let lines = server.read(until: "PING :okrcoach")
            replies += lines.filter { $0.hasPrefix("PRIVMSG ") }.count
            if lines.last == "PING :okrcoach" {
                pings += 1
                server.send(":irc.test PONG irc.test :okrcoach")
            }
        }
        #expect(pings >= 2, "\(bot.printed)")
        // Busy for more than twice --give-up-after (12 lines at four a second is three seconds),
        // with room for a machine loaded by other work.
        #expect(replies >= 12, "\(replies)")
        #expect(!bot.printed.contains("no word from the server"), "\(bot.printed)")
        #expect(!bot.printed.contains("reconnecting"), "\(bot.printed)")
    }

    @Test func withoutAPasswordThereIsNoSASL() throws {
        let server = try ScriptedIRCServer()
        let scratch = try Scratch()
        let bot = try connectedBot(server, scratch)
        defer { bot.kill() }
        server.send(":irc.test CAP * LS :sasl message-tags")
        #expect(server.expect("CAP REQ") == "CAP REQ :message-tags")
        server.send(":irc.test CAP * NAK :message-tags")
        #expect(server.expect("CAP END") == "CAP END")
        server.send("PING :abc")
        #expect(server.expect("PONG") == "PONG abc")
    }
}

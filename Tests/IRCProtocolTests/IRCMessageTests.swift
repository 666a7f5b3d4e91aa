import IRCProtocol
import Testing

/// Reading and writing lines beyond what the ircdocs suite covers.
struct IRCMessageTests {
    @Test func tagValuesEscapeAndComeBack() throws {
        let value = "a;b c\\d\r\ne\\s"
        let message = IRCMessage(
            command: "TAGMSG", params: ["#okr"], tags: [IRCTag(key: "+example.org/x", value: value)])
        #expect(message.serialized == #"@+example.org/x=a\:b\sc\\d\r\ne\\s TAGMSG #okr"#)
        #expect(try IRCMessage.parse(message.serialized) == message)
    }

    @Test func tagEscapesAreReadOneCharacterAtATime() throws {
        #expect(
            try IRCMessage.parse(#"@a=\\n;b=x\y;c=end\ FOO"#).tags == [
                IRCTag(key: "a", value: "\\n"), IRCTag(key: "b", value: "xy"), IRCTag(key: "c", value: "end"),
            ])
    }

    @Test func tagsKeepTheirOrderAndTheLastValueOfADuplicate() throws {
        let message = try IRCMessage.parse("@z=1;a=2;m;z=3 FOO")
        #expect(message.tags.map(\.key) == ["z", "a", "m"])
        #expect(message.tag("z") == "3")
        #expect(message.tag("m") == "")
        #expect(message.tag("q") == nil)
        #expect(message.serialized == "@z=3;a=2;m FOO")
    }

    @Test func anEmptyTagValueIsWrittenWithoutEquals() {
        #expect(IRCMessage(command: "FOO", tags: [IRCTag(key: "a", value: "")]).serialized == "@a FOO")
    }

    @Test(arguments: [
        (["#okr", "word"], "PRIVMSG #okr word"),
        (["#okr", "two words"], "PRIVMSG #okr :two words"),
        (["#okr", ""], "PRIVMSG #okr :"),
        (["#okr", ":)"], "PRIVMSG #okr ::)"),
        (["#okr", "\tword"], "PRIVMSG #okr \tword"),
        ([], "PRIVMSG"),
    ])
    func theLastParameterGetsAColonOnlyWhenItNeedsOne(params: [String], line: String) throws {
        let message = IRCMessage(command: "PRIVMSG", params: params)
        #expect(message.serialized == line)
        #expect(try IRCMessage.parse(line) == message)
    }

    @Test func theLineEndingIsDropped() throws {
        for line in ["PING :x\r\n", "PING :x\n", "PING :x\r", "PING :x"] {
            #expect(
                try IRCMessage.parse(line) == IRCMessage(command: "PING", params: ["x"]), "\(line.debugDescription)")
        }
        #expect(throws: IRCParseError.emptyLine) { try IRCMessage.parse("\r\n") }
    }

    @Test func sourcesOfUsersAndServers() throws {
        let user = try IRCMessage.parse(":Ada!~ada@example.org PRIVMSG okrcoach :hi").source
        #expect(user == IRCSource(nick: "Ada", user: "~ada", host: "example.org"))
        #expect(user?.isServer == false)
        #expect(try IRCMessage.parse(":irc.example.org 001 okrcoach :Welcome").source?.isServer == true)
        #expect(IRCSource("okrcoach").isServer == false)
    }

    @Test(arguments: [
        ("", IRCParseError.emptyLine),
        ("   ", .emptyLine),
        ("@ FOO", .missingTags),
        ("@a;;b FOO", .emptyTagKey),
        ("@a; FOO", .emptyTagKey),
        ("@=x FOO", .emptyTagKey),
        (": FOO", .missingSource),
        ("@a=b", .missingCommand),
        (":server   ", .missingCommand),
        ("PR1VMSG #okr", .invalidCommand("PR1VMSG")),
        ("1234", .invalidCommand("1234")),
        (":src :FOO", .invalidCommand(":FOO")),
    ])
    func badLinesSayWhatIsWrong(line: String, error: IRCParseError) {
        #expect(throws: error) { try IRCMessage.parse(line) }
    }

    @Test func nulCROrLFInsideTheLineIsRefused() {
        for line in ["FOO a\0b", "FOO a\rb", "FOO a\nb\n", "FOO\r\n\r\n"] {
            #expect(throws: IRCParseError.forbiddenCharacter, "\(line.debugDescription)") { try IRCMessage.parse(line) }
        }
    }

    @Test func userTextCannotEndTheLine() {
        let message = IRCMessage(
            command: "PRIVMSG",
            params: ["#okr", "hi\r\nQUIT :bye\0"],
            tags: [IRCTag(key: "+x\n", value: "a\r\n\0")]
        )
        #expect(message.serialized == #"@+x=a\r\n PRIVMSG #okr :hiQUIT :bye"#)
    }
}

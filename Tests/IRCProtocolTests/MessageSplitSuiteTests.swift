import IRCProtocol
import Testing

/// Every line in the suite's msg-split file parses into the atoms it lists.
struct MessageSplitSuiteTests {
    @Test(.enabled(if: ParserSuite.isPresent, ParserSuite.skipReason), arguments: try ParserSuite.splitCases())
    func splitsIntoTheListedAtoms(_ test: SplitCase) throws {
        let message = try IRCMessage.parse(test.input)
        #expect(message.command == test.atoms.verb)
        #expect(message.params == test.atoms.params)
        #expect(message.source?.description == test.atoms.source)
        #expect(Dictionary(uniqueKeysWithValues: message.tags.map { ($0.key, $0.value) }) == test.atoms.tags)
        #expect(try IRCMessage.parse(message.serialized) == message)
    }
}

import IRCProtocol
import Testing

/// Every message in the suite's msg-join file is written as one of the lines it allows.
struct MessageJoinSuiteTests {
    @Test(.enabled(if: ParserSuite.isPresent, ParserSuite.skipReason), arguments: try ParserSuite.joinCases())
    func joinsIntoAnAllowedLine(_ test: JoinCase) {
        let message = IRCMessage(
            command: test.atoms.verb,
            params: test.atoms.params,
            source: test.atoms.source.map(IRCSource.init),
            tags: test.atoms.tags.sorted { $0.key < $1.key }.map { IRCTag(key: $0.key, value: $0.value) }
        )
        #expect(
            test.matches.contains(message.serialized),
            "\(message.serialized.debugDescription) is none of \(test.matches)")
    }
}

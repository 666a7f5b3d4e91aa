import IRCProtocol
import Testing

/// Every source in the suite's userhost-split file splits into the nick, user and host it lists.
struct UserhostSplitSuiteTests {
    @Test(.enabled(if: ParserSuite.isPresent, ParserSuite.skipReason), arguments: try ParserSuite.userhostCases())
    func splitsIntoNickUserAndHost(_ test: UserhostCase) {
        let source = IRCSource(test.source)
        #expect(source.nick == test.nick)
        #expect(source.user == test.user)
        #expect(source.host == test.host)
        #expect(source.description == test.source)
    }
}

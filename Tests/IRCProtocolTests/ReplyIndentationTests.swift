import IRCProtocol
import Testing

/// The space that begins a line of a reply (YAML's indentation) reaches the chat; the space where
/// a long line was cut does not, and every text line keeps the ":" after its target.
struct ReplyIndentationTests {
    private let prefix = ReplySplitter.prefixLength(nick: "okrcoach")

    @Test func indentationAtTheStartOfALineStays() {
        let text = "objectives:\n  - title: Grow\n    key_results:\n      - A\n\n   \n  tail"
        let reply = ReplySplitter(maxLines: 20, continuation: "(more)")
            .lines(command: "PRIVMSG", target: "kari", text: text, prefixLength: prefix)
        #expect(
            reply.lines.map { $0.params[1] } == [
                "objectives:", "  - title: Grow", "    key_results:", "      - A", "  tail",
            ])
        #expect(reply.lines.map { $0.serialized(trailingColon: true) }.first == "PRIVMSG kari :objectives:")
        #expect(reply.lines.first?.serialized == "PRIVMSG kari objectives:")
    }

    @Test func aLongLineCutAtASpaceStartsItsNextPartWithAWord() {
        let text = "  " + Array(repeating: "word", count: 200).joined(separator: " ")
        let reply = ReplySplitter(maxLines: 20, continuation: "(more)")
            .lines(command: "PRIVMSG", target: "kari", text: text, prefixLength: prefix)
        #expect(reply.lines.count > 1)
        #expect(reply.lines.first?.params[1].hasPrefix("  word") == true)
        #expect(reply.lines.dropFirst().allSatisfy { $0.params[1].hasPrefix("word") })
    }

    @Test func theRestOfAPageKeepsTheIndentOfItsFirstLine() {
        let text = "a:\n  - b\n  - c\n  - d"
        let reply = ReplySplitter(maxLines: 2, continuation: "(more)")
            .lines(command: "PRIVMSG", target: "kari", text: text, prefixLength: prefix)
        #expect(reply.rest?.hasPrefix("  - ") == true, "\(String(describing: reply.rest))")
    }
}

import IRCProtocol
import Testing

struct IRCTextTests {
    @Test func removesLineEndsAndNul() {
        #expect(IRCText.sanitized("hi\r\nQUIT\0 now\n") == "hiQUIT now")
        #expect(IRCText.sanitized("blåbær 👍🏽") == "blåbær 👍🏽")
    }
}

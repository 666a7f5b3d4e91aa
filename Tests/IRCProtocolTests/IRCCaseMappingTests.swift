import IRCProtocol
import Testing

/// Nicks and channels compare the way the server's CASEMAPPING says.
struct IRCCaseMappingTests {
    @Test func asciiFoldsOnlyLetters() {
        #expect(IRCCaseMapping.ascii.equal("OKRCoach", "okrcoach"))
        #expect(!IRCCaseMapping.ascii.equal("Coach[1]", "coach{1}"))
        #expect(IRCCaseMapping.ascii.folded("Team[A]~") == "team[a]~")
    }

    @Test func rfc1459AlsoFoldsBracketsBackslashAndTilde() {
        #expect(IRCCaseMapping.rfc1459.equal("Coach[1]\\~", "coach{1}|^"))
        #expect(IRCCaseMapping.rfc1459.folded("Team[A]\\~") == "team{a}|^")
    }

    @Test func strictRFC1459LeavesTildeAndCaret() {
        #expect(IRCCaseMapping.strictRFC1459.equal("Coach[1]\\", "coach{1}|"))
        #expect(!IRCCaseMapping.strictRFC1459.equal("coach~", "coach^"))
    }

    @Test func bytesBeyondASCIIAreComparedAsTheyAre() {
        #expect(!IRCCaseMapping.rfc1459.equal("Ærlig", "ærlig"))
        #expect(IRCCaseMapping.rfc1459.equal("ÆRLIG", "Ærlig"))
        #expect(!IRCCaseMapping.ascii.equal("e\u{301}", "\u{E9}"))
        #expect(!IRCCaseMapping.ascii.equal("ab", "abc"))
    }

    @Test func theTokenNamesTheMapping() {
        #expect(IRCCaseMapping(rawValue: "strict-rfc1459") == .strictRFC1459)
        #expect(IRCCaseMapping(rawValue: "ascii") == .ascii)
        #expect(IRCCaseMapping(rawValue: "rfc7613") == nil)
        #expect(IRCCaseMapping.default == .rfc1459)
    }
}

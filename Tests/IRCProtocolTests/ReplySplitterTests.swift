import IRCProtocol
import Testing

/// Long replies become messages that fit one IRC line each, as the server relays them.
struct ReplySplitterTests {
    private let marker = "… (more: say “more”)"
    private let prefix = ReplySplitter.prefixLength(nick: "okrcoach")

    /// About 2 KB of words in Norwegian with emoji, skin tones, families, flags and combining
    /// accents, one space between words.
    private var longReply: String {
        let words = [
            "Blåbærsyltetøy", "på", "skjærgården", "👍🏽", "øker", "fra", "30 %", "til", "45 %",
            "👨‍👩‍👧‍👦", "innen", "utgangen", "av", "2027-Q1", "🇳🇴", "kafe\u{301}en", "e\u{301}\u{302}\u{303}",
            "åpner", "igjen", "—", "ærlig", "talt", "🧑🏾‍💻", "jobber", "hardt",
        ]
        return (0..<260).map { words[$0 % words.count] }.joined(separator: " ")
    }

    private func relayedBytes(_ message: IRCMessage, prefixLength: Int) -> Int {
        prefixLength + "\(message.command) \(message.params[0]) :\(message.params[1])\r\n".utf8.count
    }

    @Test func aLongReplyFitsEveryLineAndBreaksBetweenWords() throws {
        let text = longReply
        #expect(text.utf8.count > 2000)
        let reply = ReplySplitter(maxLines: 100, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr-team", text: text, prefixLength: prefix)
        #expect(reply.rest == nil)
        #expect(reply.lines.count > 4)
        for message in reply.lines {
            #expect(relayedBytes(message, prefixLength: prefix) <= 512)
            #expect(message.serialized.utf8.count + 2 <= 512 - prefix)
            #expect(String(validating: message.params[1].utf8, as: UTF8.self) != nil)
            #expect(message.command == "PRIVMSG" && message.params[0] == "#okr-team")
            #expect(try IRCMessage.parse(message.serialized) == message)
        }
        let texts = reply.lines.map { $0.params[1] }
        #expect(texts.joined(separator: " ").utf8.elementsEqual(text.utf8))
        #expect(texts.flatMap(Array.init).filter { $0 != " " } == Array(text).filter { $0 != " " })
        #expect(relayedBytes(reply.lines[0], prefixLength: prefix) > 450)
    }

    @Test func aWordLongerThanALineIsCutBetweenGraphemes() {
        let word = String(repeating: "👍🏽", count: 100) + String(repeating: "e\u{301}", count: 100)
        let reply = ReplySplitter(maxLines: 10, continuation: marker)
            .lines(command: "NOTICE", target: "ada", text: word, prefixLength: prefix)
        #expect(reply.lines.count == 3)
        let texts = reply.lines.map { $0.params[1] }
        #expect(Array(texts.joined()) == Array(word))
        for message in reply.lines {
            #expect(relayedBytes(message, prefixLength: prefix) <= 512)
            #expect(message.params[1].allSatisfy { $0 == "👍🏽" || $0 == "e\u{301}" })
        }
    }

    @Test func aLongASCIIWordFillsEachLine() {
        let word = String(repeating: "abcdefghij", count: 100)
        let reply = ReplySplitter(maxLines: 10, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr", text: "see " + word, prefixLength: prefix)
        let texts = reply.lines.map { $0.params[1] }
        #expect(texts.first == "see")
        #expect(texts.dropFirst().joined() == word)
        #expect(reply.lines.dropFirst().dropLast().allSatisfy { relayedBytes($0, prefixLength: prefix) == 512 })
    }

    @Test func aClusterLongerThanALineIsCutBetweenScalars() {
        let zalgo = "Z" + String(repeating: "\u{336}", count: 400)
        let reply = ReplySplitter(maxLines: 10, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr", text: zalgo, prefixLength: prefix)
        #expect(reply.lines.map { $0.params[1] }.joined() == zalgo)
        #expect(reply.lines.allSatisfy { relayedBytes($0, prefixLength: prefix) <= 512 })
    }

    @Test func afterMaxLinesTheLastLineSaysThereIsMore() throws {
        let text = longReply
        let splitter = ReplySplitter(maxLines: 2, continuation: marker)
        var pending: String? = text
        var texts: [String] = []
        var rounds = 0
        while let next = pending {
            let reply = splitter.lines(command: "PRIVMSG", target: "#okr", text: next, prefixLength: prefix)
            #expect(reply.lines.count <= 2)
            #expect(reply.lines.allSatisfy { relayedBytes($0, prefixLength: prefix) <= 512 })
            var lines = reply.lines.map { $0.params[1] }
            if reply.rest != nil {
                #expect(reply.lines.count == 2)
                let last = try #require(lines.last)
                #expect(last.hasSuffix(" " + marker))
                lines[lines.count - 1] = String(last.dropLast(marker.count + 1))
            }
            texts += lines
            pending = reply.rest
            rounds += 1
        }
        #expect(rounds > 2)
        #expect(texts.joined(separator: " ") == text)
    }

    @Test func aReplyThatJustFitsHasNoMarker() {
        let reply = ReplySplitter(maxLines: 2, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr", text: "one\ntwo", prefixLength: prefix)
        #expect(reply.lines.map { $0.params[1] } == ["one", "two"])
        #expect(reply.rest == nil)
    }

    @Test func lineBreaksStartNewMessagesAndNulIsDropped() {
        let reply = ReplySplitter(maxLines: 10, continuation: marker)
            .lines(
                command: "PRIVMSG", target: "#okr", text: "one\r\ntwo\nthree\rfo\0ur\n\n  \nfive  ",
                prefixLength: prefix)
        #expect(reply.lines.map { $0.params[1] } == ["one", "two", "three", "four", "five"])
        #expect(reply.lines.allSatisfy { !$0.serialized.utf8.contains { $0 == 0 || $0 == 10 || $0 == 13 } })
    }

    @Test func theRestStartsAtTheNextLine() {
        let reply = ReplySplitter(maxLines: 1, continuation: "…")
            .lines(command: "PRIVMSG", target: "#okr", text: "one\ntwo\nthree", prefixLength: prefix)
        #expect(reply.lines.map { $0.params[1] } == ["one …"])
        #expect(reply.rest == "two\nthree")
    }

    @Test func aTargetOrCommandCannotInjectALine() {
        let reply = ReplySplitter(maxLines: 1, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr\r\nQUIT", text: "hi", prefixLength: prefix)
        #expect(reply.lines.map(\.serialized) == ["PRIVMSG #okrQUIT hi"])
    }

    @Test func noRoomForTextMakesNoLines() {
        let target = String(repeating: "#", count: 500)
        let reply = ReplySplitter(maxLines: 3, continuation: marker)
            .lines(command: "PRIVMSG", target: target, text: "hello", prefixLength: prefix)
        #expect(reply.lines.isEmpty)
        #expect(reply.rest == "hello")
    }

    @Test func blankTextMakesNoLines() {
        let reply = ReplySplitter(maxLines: 3, continuation: marker)
            .lines(command: "PRIVMSG", target: "#okr", text: " \n\r\n\0 ", prefixLength: prefix)
        #expect(reply.lines.isEmpty && reply.rest == nil)
    }

    @Test func theRelayPrefixCountsNickAndUserHost() {
        #expect(ReplySplitter.prefixLength(nick: "okrcoach", userHost: "~okr@example.org") == 27)
        #expect(ReplySplitter.prefixLength(nick: "okrcoach") == 3 + 8 + ReplySplitter.assumedUserHostLength)
    }

    @Test func noLineBeginsWithTheCTCPMarkWhereverTheTextBreaks() {
        // Whatever the width, the line that would start at "\u{1}ACTION" starts without it.
        for padding in 380...480 {
            let text = String(repeating: "a", count: padding) + " \u{1}ACTION dances\u{1}\n\u{1}VERSION\u{1}"
            let reply = ReplySplitter(maxLines: 5, continuation: marker)
                .lines(command: "PRIVMSG", target: "#okr", text: text, prefixLength: prefix)
            #expect(reply.lines.allSatisfy { !$0.params[1].unicodeScalars.contains("\u{1}") }, "\(reply.lines)")
            #expect(reply.lines.map { $0.params[1] }.joined(separator: " ").hasSuffix("ACTION dances VERSION"))
        }
    }
}

import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import IRCProtocol
import OKRCore
import Testing

/// A set exported in chat reads back as the same set: its indentation survives in no-break spaces,
/// and every text line keeps the ":" after its target.
struct ChatExportTests {
    private static let more = "… (say “more” for the rest)"

    /// Drafts a set of two key results over the desk and asks for its export, page by page.
    private func exported(_ format: String) async throws -> (text: String, lines: [String], set: OKRSet) {
        let store = InMemorySessionStore()
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 1000)),
            store: store, network: "test")
        for line in ["hi", "Growth", "-", "-", "Make onboarding effortless so that clinics stay"] {
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line)")
        }
        for number in 1...2 {
            _ = await desk.answer(":kari PRIVMSG okrcoach :Increase weekly bookings \(number) from 30 to 45 by March")
            _ = await desk.answer(":kari PRIVMSG okrcoach :yes")
        }
        var lines = await desk.answer(":kari PRIVMSG okrcoach :!export \(format)")
        var all = lines
        while lines.last?.hasSuffix(Self.more) == true, all.count < 400 {
            lines = await desk.answer(":kari PRIVMSG okrcoach :more")
            all += lines
        }
        let texts = all.map { line in
            let text = try? IRCMessage.parse(line).params[1]
            return (text ?? "").hasSuffix(Self.more) ? String((text ?? "").dropLast(Self.more.count + 1)) : text ?? ""
        }
        let set = try #require(store.session(id: "nick:test:kari")).set
        return (texts.joined(separator: "\n") + "\n", all, set)
    }

    @Test func aYAMLExportInChatReadsBackAsTheSameSet() async throws {
        let (text, lines, set) = try await exported("yaml")
        #expect(text.contains("\n\u{A0}\u{A0}"), "\(text)")
        #expect(lines.allSatisfy { $0.hasPrefix("PRIVMSG kari :") }, "\(lines)")
        let read = try SetReader.read(
            text, source: "chat.yaml", format: .checkFile, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics)
        #expect(read.set.objectives.map(\.title) == set.objectives.map(\.title))
        #expect(read.set.objectives.first?.keyResults.map(\.text) == set.objectives.first?.keyResults.map(\.text))
        #expect(read.set.objectives.first?.keyResults.count == 2)
        // Sniffed as a check file too, as `check -` reads standard input.
        let sniffed = try SetReader.read(
            text, source: "<stdin>", format: nil, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics)
        #expect(sniffed.set.objectives.first?.keyResults.count == 2)
    }

    @Test func aMarkdownExportInChatReadsBackAsTheSameSet() async throws {
        let (text, _, set) = try await exported("md")
        let read = try SetReader.read(
            text, source: "chat.md", format: .outline, languages: TestCoach.languages,
            retroTopics: TestCoach.coach.retroTopics)
        #expect(read.set.objectives.first?.keyResults.map(\.text) == set.objectives.first?.keyResults.map(\.text))
    }

    @Test func aJSONExportInChatKeepsPlainSpacesAndParses() async throws {
        let (text, _, _) = try await exported("json")
        #expect(!text.contains("\u{A0}"))
        #expect(text.contains("\n  \"objectives\": ["), "\(text)")
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test func noBreakSpacesBecomeSpacesOnlyWhereTheyIndent() {
        #expect(
            ChatIndentation.forChat("a:\n  b: c d\n    - e f\n")
                == "a:\n\u{A0}\u{A0}b: c d\n\u{A0}\u{A0}\u{A0}\u{A0}- e f\n")
        #expect(ChatIndentation.restored("a:\r\n\u{A0} b: 5\u{A0}%\n") == "a:\r\n  b: 5\u{A0}%\n")
        #expect(ChatIndentation.restored("\u{A0}\u{0}\u{A0}x") == " \u{0}\u{A0}x")
        #expect(ChatIndentation.restored("") == "")
        let huge = String(repeating: "\u{A0}", count: 100_000) + "x"
        #expect(ChatIndentation.restored(huge) == String(repeating: " ", count: 100_000) + "x")
    }
}

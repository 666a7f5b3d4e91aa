import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import OKRCore
import Testing

/// The engine names commands, the Enter key and the help as values, and chat writes them its own
/// way: "!help", chat's wording for an empty answer, chat's help. Nothing rewrites finished text, so
/// however a translator words a message, chat shows it right. Each test goes through the real desk.
struct ChatRenderingTests {
    /// A desk over a coach, answering lines as the line protocol hands them over.
    private func desk(_ coach: Coach = TestCoach.coach) -> ChatDesk {
        ChatDesk(
            chat: ChatCoach(coach: coach, nick: "okrcoach", limit: .unlimited), store: InMemorySessionStore(),
            network: "test", maxLines: 200)
    }

    /// What the desk sends kari for each line, as the text of the lines.
    private func say(_ lines: [String], to desk: ChatDesk) async -> [String] {
        var sent: [String] = []
        for line in lines { sent = await desk.answer(":kari PRIVMSG okrcoach :\(line)") }
        return sent.compactMap { line in line.range(of: " :").map { String(line[$0.upperBound...]) } }
    }

    /// English as a translator might have reworded it: another key phrase, said in mid-sentence and
    /// at the start of one, commands named in new sentences, another help.
    private static let variant = TestCoach.coach { code, yaml in
        guard code == "en" else { return yaml }
        return
            yaml
            .replacingOccurrences(of: "enter_key: \"press Enter\"", with: "enter_key: \"hit the Enter key\"")
            .replacingOccurrences(of: "enter_in_chat: \"answer “-”\"", with: "enter_in_chat: \"send a lone dash\"")
            .replacingOccurrences(
                of: "Type {/help} for commands.", with: "Stuck? {/help} lists what I understand; {/back} undoes."
            )
            .replacingOccurrences(
                of: "Which cycle does it cover? {enter} for {default}.",
                with: "Which cycle? Just {enter} for {default}."
            )
            .replacingOccurrences(of: "Answer each question in your own words;", with: "Reply in your words;")
    }

    @Test func aRewordedLocaleStillReadsAsChatInChat() async throws {
        let desk = desk(Self.variant)
        let greeting = await say(["hi"], to: desk)
        #expect(
            greeting.contains { $0.hasSuffix("Stuck? !help lists what I understand; !back undoes.") }, "\(greeting)")
        #expect(!greeting.joined().contains("/"), "\(greeting)")
        let cycle = await say(["Growth"], to: desk)
        #expect(cycle.last?.hasPrefix("Which cycle? Just send a lone dash for ") == true, "\(cycle)")
        #expect(!cycle.joined().contains("Enter"), "\(cycle)")
        let help = await say(["!help"], to: desk)
        #expect(help.contains { $0.hasPrefix("Reply in your words;") }, "\(help)")
        #expect(help.contains { $0.contains("!show") } && !help.contains { $0.contains("/show") }, "\(help)")
        #expect(!help.contains { $0.contains("Ctrl-D") }, "chat's help, not the terminal's: \(help)")
    }

    @Test func theTerminalSideOfTheSameLocaleKeepsItsOwnWords() {
        let coach = Self.variant
        let today = Day(year: 2026, month: 11, day: 16)
        let greeting = coach.start(coach.newSession(id: "t", language: LanguageCode("en")), today: today).replies.map(
            \.text)
        #expect(
            greeting.contains { $0.hasSuffix("Stuck? /help lists what I understand; /back undoes.") }, "\(greeting)")
        let cycle = coach.respond(
            to: "Growth",
            in: coach.start(coach.newSession(id: "t", language: LanguageCode("en")), today: today).session,
            today: today)
        #expect(
            cycle.replies.last?.text.hasPrefix("Which cycle? Just hit the Enter key for ") == true, "\(cycle.replies)")
    }

    /// "If there is none, press Enter.": the key in mid-sentence, which a rewrite of "Press Enter" missed.
    @Test func chatNeverTellsToPressEnterWhereverTheQuestionSaysIt() async throws {
        let desk = desk()
        _ = await say(["hi", "Growth", "-"], to: desk)
        let explained = await say(["?"], to: desk)
        #expect(explained.first?.hasSuffix("If there is none, answer “-”.") == true, "\(explained)")
        #expect(!explained.joined().lowercased().contains("press enter"), "\(explained)")
        let norwegian = desk
        _ = await say(["!lang nb"], to: norwegian)
        let forklart = await say(["?"], to: norwegian)
        #expect(forklart.first?.hasSuffix("Finnes det ikke noe slikt mål? Svar «-».") == true, "\(forklart)")
    }

    /// What a person wrote is text, whatever it looks like: "/help" in an objective stays as written.
    @Test func aPersonsSlashIsNeverAChatCommand() async throws {
        let desk = desk()
        _ = await say(["hi", "Grow /help and /new users, yes/no"], to: desk)
        let listed = await say(["!list"], to: desk)
        #expect(listed.last == "1. Grow /help and /new users, yes/no", "\(listed)")
        let unknown = await say(["!frobnicate"], to: desk)
        #expect(unknown.first == "There is no command “!frobnicate”. Type !help to see them.", "\(unknown)")
    }

    /// The guard that keeps a translator's wording out of reach of any medium: no message spells a
    /// command or the Enter key itself, and every command it names is one.
    @Test func everyLocaleNamesCommandsAndTheEnterKeyAsValues() throws {
        for code in TestCoach.codes {
            let yaml = try String(
                contentsOf: TestCoach.root.appendingPathComponent("locales/\(code).yaml"), encoding: .utf8)
            let fields = try YAMLFields.root(of: yaml, source: code).fields("coach")
            let messages = try fields.fields("messages")
            let commands = try fields.fields("commands")
            let words = Set(
                try CoachCommand.allCases.flatMap { try commands.strings($0.rawValue) }.map { $0.lowercased() })
            let enter = try messages.string("enter_key").lowercased()
            for key in messages.keys where key != "help" && !key.hasPrefix("chat_") && !key.hasPrefix("enter_") {
                let text = try messages.string(key)
                #expect(!text.lowercased().contains(enter), "\(code) \(key) spells the Enter key: \(text)")
                for match in text.matches(of: /(?:^|[\s(“«”"])\/(\w+)/) {
                    #expect(!words.contains(String(match.1).lowercased()), "\(code) \(key) spells a command: \(text)")
                }
                for match in text.matches(of: /\{\/(\w+)\}/) {
                    #expect(CoachCommand(rawValue: String(match.1)) != nil, "\(code) \(key) names no command: \(text)")
                }
            }
        }
    }
}

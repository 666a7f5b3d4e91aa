import ChatCoach
import ChatServer
import CoachEngine
import Foundation
import Testing

/// The line protocol's desk: framing, saving, and the rest of a long reply on "more".
struct ChatDeskTests {
    @Test func theRestOfALongReplyComesOnMore() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test", maxLines: 1)
        for line in ["hi", "Growth", "", "", "Make onboarding effortless"] {
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line == "" ? "-" : line)")
        }
        let reason = String(repeating: "every clinic that signs up stays with us for years ", count: 12)
        let first = await desk.answer(":kari PRIVMSG okrcoach :\(reason)")
        #expect(first.count == 1)
        #expect(first[0].hasSuffix("… (say “more” for the rest)"), "\(first)")
        #expect(first[0].utf8.count <= 510)
        let second = await desk.answer(":kari PRIVMSG okrcoach :mer")
        #expect(second.count == 1)
        #expect(second[0].hasPrefix("PRIVMSG kari :"))
        let nothing = await desk.answer(":ola PRIVMSG okrcoach :more")
        #expect(nothing.first?.contains("Hi, I'm okrcoach") == true)
    }

    @Test func aLongReplySaysMoreInTheSpeakersLanguage() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test", maxLines: 3)
        _ = await desk.answer(":per PRIVMSG okrcoach :hei")
        _ = await desk.answer(":per PRIVMSG okrcoach :Vekst")
        _ = await desk.answer(":per PRIVMSG okrcoach :-")
        _ = await desk.answer(":per PRIVMSG okrcoach :-")
        _ = await desk.answer(
            ":per PRIVMSG okrcoach :Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let help = await desk.answer(":per PRIVMSG okrcoach :!hjelp")
        #expect(help.contains { $0.hasSuffix("… (skriv «mer» for resten)") }, "\(help)")
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        let english = await desk.answer(":kari PRIVMSG okrcoach :!help")
        #expect(english.contains { $0.hasSuffix("… (say “more” for the rest)") }, "\(english)")
    }

    @Test func onlyPrivateMessagesWithASourceAreAnswered() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach"), store: InMemorySessionStore(), network: "test")
        #expect(await desk.answer("PRIVMSG okrcoach :no source").isEmpty)
        #expect(await desk.answer(":kari NOTICE okrcoach :hi").isEmpty)
        #expect(await desk.answer(":kari PRIVMSG okrcoach").isEmpty)
        #expect(await desk.answer("").isEmpty)
        #expect(await desk.answer(":kari PRIVMSG okrcoach :hi\r\nQUIT").allSatisfy { !$0.contains("\r") })
    }

    /// The texts of the PRIVMSGs in serialized lines.
    private func texts(_ lines: [String], to target: String) -> [String] {
        lines.compactMap { line in
            line.hasPrefix("PRIVMSG \(target) :") ? String(line.dropFirst("PRIVMSG \(target) :".count)) : nil
        }
    }

    @Test func helpComesAPageAtATimeAndMoreSaysHowToGetTheRest() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test")
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        let first = texts(await desk.answer(":kari PRIVMSG okrcoach :!help"), to: "kari")
        #expect(first.count == 8, "\(first)")
        #expect(first.last?.hasSuffix("… (say “more” for the rest)") == true, "\(first)")
        // Each "more" brings the next page of at most 8 lines, until the help is all said.
        var rest: [String] = []
        for _ in 0..<3 {
            let page = texts(await desk.answer(":kari PRIVMSG okrcoach :more"), to: "kari")
            #expect(!page.isEmpty && page.count <= 8, "\(page)")
            rest = page
            if page.last?.contains("more” for the rest") == false { break }
        }
        #expect(rest.last?.contains("more” for the rest") == false, "\(rest)")
        let help = TestCoach.coach.texts(for: TestCoach.coach.newSession(id: "")).help(
            prefix: ChatCoach.commandPrefix, atTerminal: false, languages: TestCoach.coach.languageList)
        let lines = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.count > 8)
        // Indented lines keep their indent.
        #expect(first.last?.trimmingCharacters(in: .whitespaces).hasPrefix(lines[7]) == true, "\(first)")
        // The help, and then the question it interrupted.
        #expect(rest.dropLast().last?.trimmingCharacters(in: .whitespaces) == lines.last, "\(rest)")
        #expect(rest.last == "Which team is this set for?", "\(rest)")
        // Nothing is left: "more" now is an ordinary line again.
        let again = await desk.answer(":kari PRIVMSG okrcoach :more")
        #expect(!again.contains { $0.contains("Commands") })
    }

    @Test func anExportIsOnePageNotOneReplyALine() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 1000)),
            store: InMemorySessionStore(), network: "test")
        for line in ["hi", "Growth", "-", "-", "Make onboarding effortless so that clinics stay"] {
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line)")
        }
        for number in 1...3 {
            _ = await desk.answer(":kari PRIVMSG okrcoach :Increase weekly bookings \(number) from 30 to 45 by March")
            _ = await desk.answer(":kari PRIVMSG okrcoach :yes")
        }
        var pages: [[String]] = [texts(await desk.answer(":kari PRIVMSG okrcoach :!export json"), to: "kari")]
        while pages.last?.last?.hasSuffix("… (say “more” for the rest)") == true, pages.count < 50 {
            pages.append(texts(await desk.answer(":kari PRIVMSG okrcoach :more"), to: "kari"))
        }
        #expect(pages.count >= 2, "\(pages)")
        #expect(pages.allSatisfy { $0.count <= 8 })
        let export = pages.joined().joined(separator: "\n")
        #expect(export.contains("Increase weekly bookings 3 from 30 to 45 by March"), "\(export)")
    }

    @Test func inAChannelEveryLineIsAddressedAndOnlyTheAskerGetsTheRest() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(
                coach: TestCoach.coach, nick: "okrcoach", relayBots: ["bridge"], limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test")
        _ = await desk.answer(":bridge PRIVMSG #growth :[slack] <alice> okrcoach: hi")
        let help = texts(await desk.answer(":bridge PRIVMSG #growth :[slack] <alice> okrcoach: !help"), to: "#growth")
        #expect(help.count == 8)
        // A relayed name is the relay's: slack/alice.
        #expect(help.allSatisfy { $0.hasPrefix("slack/alice: ") }, "\(help)")
        #expect(help.last?.hasSuffix("… (say “okrcoach: more” for the rest)") == true, "\(help)")
        let bob = texts(await desk.answer(":bob PRIVMSG #growth :okrcoach: more"), to: "#growth")
        #expect(!bob.contains { $0.hasPrefix("slack/alice: ") }, "\(bob)")
        let rest = texts(await desk.answer(":bridge PRIVMSG #growth :[slack] <alice> okrcoach: more"), to: "#growth")
        #expect(!rest.isEmpty && rest.allSatisfy { $0.hasPrefix("slack/alice: ") }, "\(rest)")
    }

    @Test func noLineBeginsWithTheCTCPMark() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test")
        for line in ["hi", "\u{1}ACTION Growth\u{1}", "-", "-"] {
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line)")
        }
        let objective = String(repeating: "wordy ", count: 70) + "\u{1}ACTION dances\u{1} so that clinics stay"
        let replies = texts(await desk.answer(":kari PRIVMSG okrcoach :\(objective)"), to: "kari")
        #expect(replies.count > 1)
        #expect(!replies.contains { $0.unicodeScalars.contains("\u{1}") }, "\(replies)")
    }
}

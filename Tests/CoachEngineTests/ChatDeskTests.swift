import ChatCoach
import ChatServer
import CoachEngine
import Testing

/// The line protocol's desk: framing, saving, and the rest of a long reply on "more".
struct ChatDeskTests {
    @Test func theRestOfALongReplyComesOnMore() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test", maxLines: 1)
        for line in ["hi", "Growth", "", "", "Make onboarding effortless"] {
            _ = try await desk.answer(":kari PRIVMSG okrcoach :\(line == "" ? "-" : line)")
        }
        let reason = String(repeating: "every clinic that signs up stays with us for years ", count: 12)
        let first = try await desk.answer(":kari PRIVMSG okrcoach :\(reason)")
        #expect(first.count == 1)
        #expect(first[0].hasSuffix("… (more)"), "\(first)")
        #expect(first[0].utf8.count <= 510)
        let second = try await desk.answer(":kari PRIVMSG okrcoach :mer")
        #expect(second.count == 1)
        #expect(second[0].hasPrefix("PRIVMSG kari :"))
        let nothing = try await desk.answer(":ola PRIVMSG okrcoach :more")
        #expect(nothing.first?.contains("Hi, I'm okrcoach") == true)
    }

    @Test func aLongReplySaysMoreInTheSpeakersLanguage() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100)),
            store: InMemorySessionStore(), network: "test", maxLines: 3)
        _ = try await desk.answer(":per PRIVMSG okrcoach :hei")
        _ = try await desk.answer(":per PRIVMSG okrcoach :Vekst")
        _ = try await desk.answer(":per PRIVMSG okrcoach :-")
        _ = try await desk.answer(":per PRIVMSG okrcoach :-")
        _ = try await desk.answer(":per PRIVMSG okrcoach :Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let help = try await desk.answer(":per PRIVMSG okrcoach :!hjelp")
        #expect(help.contains { $0.hasSuffix("… (mer)") }, "\(help)")
        _ = try await desk.answer(":kari PRIVMSG okrcoach :hi")
        let english = try await desk.answer(":kari PRIVMSG okrcoach :!help")
        #expect(english.contains { $0.hasSuffix("… (more)") }, "\(english)")
    }

    @Test func onlyPrivateMessagesWithASourceAreAnswered() async throws {
        let desk = ChatDesk(
            chat: ChatCoach(coach: TestCoach.coach, nick: "okrcoach"), store: InMemorySessionStore(), network: "test")
        #expect(try await desk.answer("PRIVMSG okrcoach :no source").isEmpty)
        #expect(try await desk.answer(":kari NOTICE okrcoach :hi").isEmpty)
        #expect(try await desk.answer(":kari PRIVMSG okrcoach").isEmpty)
        #expect(try await desk.answer("").isEmpty)
        #expect(try await desk.answer(":kari PRIVMSG okrcoach :hi\r\nQUIT").allSatisfy { !$0.contains("\r") })
    }
}

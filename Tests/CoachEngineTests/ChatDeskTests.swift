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
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line == "" ? "-" : line)")
        }
        let reason = String(repeating: "every clinic that signs up stays with us for years ", count: 12)
        let first = await desk.answer(":kari PRIVMSG okrcoach :\(reason)")
        #expect(first.count == 1)
        #expect(first[0].hasSuffix("… (more)"), "\(first)")
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
        _ = await desk.answer(":per PRIVMSG okrcoach :Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let help = await desk.answer(":per PRIVMSG okrcoach :!hjelp")
        #expect(help.contains { $0.hasSuffix("… (mer)") }, "\(help)")
        _ = await desk.answer(":kari PRIVMSG okrcoach :hi")
        let english = await desk.answer(":kari PRIVMSG okrcoach :!help")
        #expect(english.contains { $0.hasSuffix("… (more)") }, "\(english)")
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
}

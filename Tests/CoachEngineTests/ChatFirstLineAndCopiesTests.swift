import ChatCoach
import ChatServer
import CoachEngine
import OKRCore
import Testing

/// A language chosen in the first line, and saved copies that never overwrite each other.
struct ChatFirstLineAndCopiesTests {
    @Test func aLanguageChosenInTheFirstLineIsKeptAndGreetsInIt() async {
        var chat = Chat()
        let first = await chat.say("kari", "!lang nb")
        #expect(first.first == "kari: Fra nå av snakker jeg norsk.", "\(first)")
        #expect(first.dropFirst().first?.hasPrefix("kari: Hei, jeg er okrcoach.") == true, "\(first)")
        #expect(!first.contains { $0.contains("Hi, I'm okrcoach") }, "\(first)")
        let next = await chat.say("kari", "Vekst")
        #expect(next.contains { $0.contains("Hvilken syklus gjelder det?") }, "\(next)")
        #expect(chat.saved["nick:testnet:kari"]?.language == LanguageCode("nb"))
        // An unknown language in the first line is said so, and the conversation starts as before.
        let unknown = await chat.say("ola", "!lang xx")
        #expect(unknown.contains { $0.contains("Hi, I'm okrcoach.") }, "\(unknown)")
    }

    /// Two runs of the bot, each with a `!new` at the same uptime: both copies stay.
    @Test func savedCopiesGetIdsThatNeverCollide() async {
        var archived: [String] = []
        var saved: [String: Session] = [:]
        for _ in 1...2 {
            var chat = Chat(keeping: saved.values.filter { $0.id.contains("#") })
            for line in [
                "hi", "Growth", "", "", "Delight clinics so that they recommend us",
                "Increase NPS from 30 to 45 by March",
            ] {
                await chat.say("kari", line)
            }
            await chat.say("kari", "!new")
            saved = chat.saved
            archived = saved.keys.filter { $0.hasPrefix("nick:testnet:kari#") }.sorted()
        }
        #expect(archived.count == 2, "\(archived)")
    }
}

/// A cycle is a cycle: "hello" is asked again, in the speaker's language.
struct ChatCycleAnswerTests {
    @Test(arguments: [
        ("en", "Growth", "Please name a cycle"), ("nb", "Vekst", "Oppgi en syklus"),
        ("sv", "Tillväxt", "Ange en cykel"),
        ("nl", "Groei", "Noem een cyclus"),
    ])
    func helloIsNoCycle(language: String, team: String, reprompt: String) async {
        var chat = Chat()
        await chat.say("kari", "!lang \(language)")
        await chat.say("kari", team)
        let hello = await chat.say("kari", "hello")
        #expect(hello.first?.contains(reprompt) == true, "\(hello)")
        #expect(chat.saved["nick:testnet:kari"]?.set.cycle == nil)
        await chat.say("kari", "2027-Q1")
        #expect(chat.saved["nick:testnet:kari"]?.set.cycle == "2027-Q1")
    }
}

/// "list" and "open" in chat reach every set of the person's: the one under way, those `!new` put
/// aside and those imported for them; never another person's.
struct ChatCopiesTests {
    @Test func listAndOpenReachThePersonsCopies() async throws {
        let store = InMemorySessionStore()
        let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 1000))
        let desk = ChatDesk(chat: chat, store: store, network: "test")
        var imported = TestCoach.coach.importedSession(
            OKRSet(team: "Imported", objectives: [Objective(title: "Keep every clinic so that they grow with us")]),
            id: ChatCoach.copyID(ofKey: "nick:test:kari"))
        try store.save(&imported)
        var others = TestCoach.coach.importedSession(
            OKRSet(team: "Secret", objectives: [Objective(title: "Not kari's")]),
            id: ChatCoach.copyID(ofKey: "nick:test:ola"))
        try store.save(&others)
        for line in ["hi", "Growth", "-", "-", "Delight clinics so that they recommend us"] {
            _ = await desk.answer(":kari PRIVMSG okrcoach :\(line)")
        }
        let listed = await desk.answer(":kari PRIVMSG okrcoach :!list").joined(separator: "\n")
        #expect(listed.contains("1. Growth"), "\(listed)")
        #expect(listed.contains("2. Imported"), "\(listed)")
        #expect(!listed.contains("Secret"), "\(listed)")
        let number = try #require(
            listed.split(separator: "\n").first { $0.contains("Imported") }?.split(separator: ":")[1]
                .trimmingCharacters(in: .whitespaces).split(separator: ".").first.flatMap { Int($0) })
        let opened = await desk.answer(":kari PRIVMSG okrcoach :!open \(number)").joined(separator: "\n")
        #expect(opened.contains("Keep every clinic so that they grow with us"), "\(opened)")
        #expect(store.session(id: "nick:test:kari")?.set.team == "Imported")
        // The set that was under way is a copy now, and comes back the same way.
        let again = await desk.answer(":kari PRIVMSG okrcoach :!list").joined(separator: "\n")
        #expect(again.contains("1. Imported") && again.contains("2. Growth"), "\(again)")
        #expect(await desk.answer(":kari PRIVMSG okrcoach :!open 9").joined().contains("9"))
        #expect(await desk.answer(":kari PRIVMSG okrcoach :!open -1").count >= 1)
    }
}

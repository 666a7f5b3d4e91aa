import ChatCoach
import CoachEngine
import OKRCore
import Testing

/// A language chosen in the first line, and saved copies that never overwrite each other.
struct ChatFirstLineAndCopiesTests {
    @Test func aLanguageChosenInTheFirstLineIsKeptAndGreetsInIt() {
        var chat = Chat()
        let first = chat.say("kari", "!lang nb")
        #expect(first.first == "kari: Fra nå av snakker jeg norsk.", "\(first)")
        #expect(first.dropFirst().first?.hasPrefix("kari: Hei, jeg er okrcoach.") == true, "\(first)")
        #expect(!first.contains { $0.contains("Hi, I'm okrcoach") }, "\(first)")
        let next = chat.say("kari", "Vekst")
        #expect(next.contains { $0.contains("Hvilken syklus gjelder det?") }, "\(next)")
        #expect(chat.saved["nick:testnet:kari"]?.language == LanguageCode("nb"))
        // An unknown language in the first line is said so, and the conversation starts as before.
        let unknown = chat.say("ola", "!lang xx")
        #expect(unknown.contains { $0.contains("Hi, I'm okrcoach.") }, "\(unknown)")
    }

    /// Two runs of the bot, each with a `!new` at the same uptime: both copies stay.
    @Test func savedCopiesGetIdsThatNeverCollide() {
        var archived: [String] = []
        var saved: [String: Session] = [:]
        for _ in 1...2 {
            var chat = Chat()
            chat.saved = saved.filter { $0.key.contains("#") }
            for line in ["hi", "Growth", "", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"] {
                chat.say("kari", line)
            }
            chat.say("kari", "!new")
            saved = chat.saved
            archived = saved.keys.filter { $0.hasPrefix("nick:testnet:kari#") }.sorted()
        }
        #expect(archived.count == 2, "\(archived)")
    }
}

/// A cycle is a cycle: "hello" is asked again, in the speaker's language.
struct ChatCycleAnswerTests {
    @Test(arguments: [
        ("en", "Growth", "Please name a cycle"), ("nb", "Vekst", "Oppgi en syklus"), ("sv", "Tillväxt", "Ange en cykel"),
        ("nl", "Groei", "Noem een cyclus"),
    ])
    func helloIsNoCycle(language: String, team: String, reprompt: String) {
        var chat = Chat()
        chat.say("kari", "!lang \(language)")
        chat.say("kari", team)
        let hello = chat.say("kari", "hello")
        #expect(hello.first?.contains(reprompt) == true, "\(hello)")
        #expect(chat.saved["nick:testnet:kari"]?.set.cycle == nil)
        chat.say("kari", "2027-Q1")
        #expect(chat.saved["nick:testnet:kari"]?.set.cycle == "2027-Q1")
    }
}

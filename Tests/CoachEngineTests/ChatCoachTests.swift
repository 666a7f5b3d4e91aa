import ChatCoach
import CoachEngine
import OKRCore
import Testing

struct ChatCoachTests {
    @Test func twoPeopleDraftAtOnceInTheirOwnLanguages() async {
        var chat = Chat()
        await chat.say("kari", "hei")
        await chat.say("daan", "hallo")
        await chat.say("kari", "Vekst")
        await chat.say("daan", "Groei")
        await chat.say("kari", "")
        await chat.say("daan", "")
        await chat.say("kari", "")
        await chat.say("daan", "")
        let kari = await chat.say("kari", "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let daan = await chat.say("daan", "Klinieken enthousiast maken zodat ze ons aanbevelen")
        #expect(kari.last?.hasPrefix("kari: Nøkkelresultat 1.1:") == true, "\(kari)")
        #expect(daan.last?.hasPrefix("daan: Kernresultaat 1.1:") == true, "\(daan)")
        #expect(chat.saved["nick:testnet:kari"]?.set.team == "Vekst")
        #expect(chat.saved["nick:testnet:daan"]?.set.team == "Groei")
    }

    @Test func inAChannelOnlyWhenAddressed() async {
        var chat = Chat()
        #expect(await chat.say("kari", "okrcoach is great", in: "#growth").isEmpty)
        #expect(await chat.say("kari", "what does the okrcoach say", in: "#growth").isEmpty)
        let addressed = await chat.say("kari", "OKRCoach: hello", in: "#growth")
        #expect(addressed.first?.hasPrefix("#growth: kari: Let's draft in private") == true, "\(addressed)")
        #expect(await chat.say("kari", "@okrcoach hello", in: "#growth").count == 1)
        #expect(await chat.say("kari", "okrcoach, hello", in: "#growth").count == 1)
        #expect(await chat.say("kari", "okrcoachbot: hello", in: "#growth").isEmpty)
    }

    @Test func aTeamSharesItsSetInItsChannel() async {
        var chat = Chat()
        await chat.draftGrowthSet(as: "kari")
        let none = await chat.say("ola", "okrcoach: show", in: "#growth")
        #expect(none.first?.contains("#growth shares no set yet") == true, "\(none)")
        chat.join("#growth", "kari")
        let shared = await chat.say("kari", "share #growth")
        #expect(shared.contains("#growth: New set shared in #growth: “Growth”, from kari."), "\(shared)")
        let shown = await chat.say("ola", "okrcoach: show", in: "#growth")
        #expect(shown.contains("#growth: ola:   KR1: Increase NPS from 30 to 45 by March"), "\(shown)")
        let checked = await chat.say("ola", "okrcoach: !check", in: "#growth")
        #expect(checked.contains { $0.contains("[too-few-krs]") }, "\(checked)")
        let inDutch = await chat.say("daan", "okrcoach: toon", in: "#growth")
        #expect(inDutch.first?.contains("De set die #growth deelt:") == true, "\(inDutch)")
    }

    @Test func relayedPeopleDraftInTheChannelAsThemselves() async {
        var chat = Chat()
        let first = await chat.say("Bridge", "[slack] <alice> okrcoach: hi", in: "#growth")
        #expect(first.first?.hasPrefix("#growth: slack/alice: Hi, I'm okrcoach.") == true, "\(first)")
        await chat.say("Bridge", "[slack] <alice> okrcoach: Growth", in: "#growth")
        #expect(chat.saved["relay:testnet:slack:alice"]?.set.team == "Growth")
        #expect(chat.saved["nick:testnet:bridge"] == nil)
        #expect(await chat.say("Bridge", "alice joined the channel", in: "#growth").isEmpty)
        // The relay bot speaking for itself is no one.
        #expect(await chat.say("Bridge", "[slack] <alice> hi everyone", in: "#growth").isEmpty)
    }

    @Test func anAccountKeepsTheDraftAcrossNicks() async {
        var chat = Chat()
        await chat.say("kari", "hi", account: "kari")
        await chat.say("kari", "Growth", account: "kari")
        let renamed = await chat.say("kari_away", "", account: "kari")
        #expect(renamed.first?.contains("Which higher-level objective") == true, "\(renamed)")
    }

    @Test func oneFloodingPersonIsSlowedDownNotTheRest() async {
        // Five lines at once, then one every 1,000 seconds: more than this test takes, however slow the machine.
        var chat = Chat(limit: InboundLimit(burst: 5, interval: 1_000))
        await chat.say("kari", "hi")
        var replies: [[String]] = []
        for _ in 0..<20 {
            replies.append(await chat.say("kari", "/help"))
        }
        #expect(replies.filter { !$0.isEmpty }.count < 8)
        #expect(replies.flatMap { $0 }.filter { $0.contains("One message at a time") }.count == 1)
        let other = await chat.say("ola", "hello")
        #expect(other.first?.hasPrefix("ola: Hi, I'm okrcoach.") == true)
    }

    @Test func commandsAreNamedAsChatTakesThem() async {
        var chat = Chat()
        let greeting = await chat.say("kari", "hi")
        #expect(greeting.first?.hasSuffix("Type !help for commands.") == true, "\(greeting)")
        let help = await chat.say("kari", "!help")
        #expect(help.contains("kari:   !show            the set so far"), "\(help)")
        #expect(!help.contains { $0.contains("/") }, "\(help)")
        #expect(!help.contains { $0.contains("Ctrl-D") }, "chat has no Ctrl-D: \(help)")
        // What a person wrote is never taken for a command: only what the locale names as one.
        await chat.say("kari", "Grow /help and /new users")
        let quoted = await chat.say("kari", "!list")
        #expect(quoted.last == "kari: 1. Grow /help and /new users", "\(quoted)")
    }

    @Test func listOpenAndQuitInChat() async {
        var chat = Chat()
        await chat.say("kari", "hi")
        await chat.say("kari", "Growth")
        let list = await chat.say("kari", "!list")
        #expect(list == ["kari: Saved sets (open one with !open NUMBER):", "kari: 1. Growth"], "\(list)")
        let opened = await chat.say("kari", "!open 1")
        #expect(opened.last?.contains("Which cycle") == true, "\(opened)")
        #expect(await chat.say("kari", "!open 2").last?.hasPrefix("kari: There is no set 2.") == true)
        #expect(await chat.say("kari", "!quit") == ["kari: Saved. Write to me whenever you want to go on."])
        #expect(await chat.say("kari", "!avslutt").last == "kari: Saved. Write to me whenever you want to go on.")
    }

    @Test func exportAndNewSetInChat() async {
        var chat = Chat()
        await chat.draftGrowthSet(as: "kari")
        let export = await chat.say("kari", "!export yaml")
        // The whole export, a line for each of its lines, indented in no-break spaces, which chat
        // clients keep and the readers take back as spaces.
        #expect(export.first == "kari: lang: en", "\(export)")
        #expect(export.last == "kari: \u{A0}\u{A0}- Increase NPS from 30 to 45 by March", "\(export)")
        let fresh = await chat.say("kari", "!new")
        #expect(fresh.contains { $0.contains("Which team is this set for?") }, "\(fresh)")
        #expect(chat.saved.keys.contains { $0.hasPrefix("nick:testnet:kari#") })
    }
}

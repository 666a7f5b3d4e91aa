import ChatCoach
import CoachEngine
import OKRCore
import Testing

struct ChatCoachTests {
    @Test func twoPeopleDraftAtOnceInTheirOwnLanguages() {
        var chat = Chat()
        chat.say("kari", "hei")
        chat.say("daan", "hallo")
        chat.say("kari", "Vekst")
        chat.say("daan", "Groei")
        chat.say("kari", "")
        chat.say("daan", "")
        chat.say("kari", "")
        chat.say("daan", "")
        let kari = chat.say("kari", "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss")
        let daan = chat.say("daan", "Klinieken enthousiast maken zodat ze ons aanbevelen")
        #expect(kari.last?.hasPrefix("kari: Nøkkelresultat 1.1:") == true, "\(kari)")
        #expect(daan.last?.hasPrefix("daan: Kernresultaat 1.1:") == true, "\(daan)")
        #expect(chat.saved["nick:testnet:kari"]?.set.team == "Vekst")
        #expect(chat.saved["nick:testnet:daan"]?.set.team == "Groei")
    }

    @Test func inAChannelOnlyWhenAddressed() {
        var chat = Chat()
        #expect(chat.say("kari", "okrcoach is great", in: "#growth").isEmpty)
        #expect(chat.say("kari", "what does the okrcoach say", in: "#growth").isEmpty)
        let addressed = chat.say("kari", "OKRCoach: hello", in: "#growth")
        #expect(addressed.first?.hasPrefix("#growth: kari: Let's draft in private") == true, "\(addressed)")
        #expect(chat.say("kari", "@okrcoach hello", in: "#growth").count == 1)
        #expect(chat.say("kari", "okrcoach, hello", in: "#growth").count == 1)
        #expect(chat.say("kari", "okrcoachbot: hello", in: "#growth").isEmpty)
    }

    @Test func aTeamSharesItsSetInItsChannel() {
        var chat = Chat()
        chat.say("kari", "hi")
        for line in ["Growth", "", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"] {
            chat.say("kari", line)
        }
        let none = chat.say("ola", "okrcoach: show", in: "#growth")
        #expect(none.first?.contains("#growth shares no set yet") == true, "\(none)")
        chat.join("#growth", "kari")
        let shared = chat.say("kari", "share #growth")
        #expect(shared.contains("#growth: New set shared in #growth: “Growth”, from kari."), "\(shared)")
        let shown = chat.say("ola", "okrcoach: show", in: "#growth")
        #expect(shown.contains("#growth: ola:   KR1: Increase NPS from 30 to 45 by March"), "\(shown)")
        let checked = chat.say("ola", "okrcoach: !check", in: "#growth")
        #expect(checked.contains { $0.contains("[too-few-krs]") }, "\(checked)")
        let inDutch = chat.say("daan", "okrcoach: toon", in: "#growth")
        #expect(inDutch.first?.contains("De set die #growth deelt:") == true, "\(inDutch)")
    }

    @Test func relayedPeopleDraftInTheChannelAsThemselves() {
        var chat = Chat()
        let first = chat.say("Bridge", "[slack] <alice> okrcoach: hi", in: "#growth")
        #expect(first.first?.hasPrefix("#growth: slack/alice: Hi, I'm okrcoach.") == true, "\(first)")
        chat.say("Bridge", "[slack] <alice> okrcoach: Growth", in: "#growth")
        #expect(chat.saved["relay:testnet:slack:alice"]?.set.team == "Growth")
        #expect(chat.saved["nick:testnet:bridge"] == nil)
        #expect(chat.say("Bridge", "alice joined the channel", in: "#growth").isEmpty)
        // The relay bot speaking for itself is no one.
        #expect(chat.say("Bridge", "[slack] <alice> hi everyone", in: "#growth").isEmpty)
    }

    @Test func anAccountKeepsTheDraftAcrossNicks() {
        var chat = Chat()
        chat.say("kari", "hi", account: "kari")
        chat.say("kari", "Growth", account: "kari")
        let renamed = chat.say("kari_away", "", account: "kari")
        #expect(renamed.first?.contains("Which higher-level objective") == true, "\(renamed)")
    }

    @Test func oneFloodingPersonIsSlowedDownNotTheRest() {
        var chat = Chat()
        chat.say("kari", "hi")
        var replies: [[String]] = []
        for _ in 0..<20 {
            chat.now -= 2
            replies.append(chat.say("kari", "/help"))
        }
        #expect(replies.filter { !$0.isEmpty }.count < 8)
        #expect(replies.flatMap { $0 }.filter { $0.contains("One message at a time") }.count == 1)
        let other = chat.say("ola", "hello")
        #expect(other.first?.hasPrefix("ola: Hi, I'm okrcoach.") == true)
    }

    @Test func commandsAreNamedAsChatTakesThem() {
        var chat = Chat()
        let greeting = chat.say("kari", "hi")
        #expect(greeting.first?.hasSuffix("Type !help for commands.") == true, "\(greeting)")
        let help = chat.say("kari", "!help")
        #expect(help.first?.contains("\n  !show            the set so far\n") == true, "\(help)")
        #expect(help.first?.contains("/") == false, "\(help)")
        #expect(help.first?.contains("Ctrl-D") == false, "chat has no Ctrl-D: \(help)")
        // What a person wrote is never taken for a command: only what the locale names as one.
        chat.say("kari", "Grow /help and /new users")
        let quoted = chat.say("kari", "!list")
        #expect(quoted.last == "kari: 1. Grow /help and /new users", "\(quoted)")
    }

    @Test func listOpenAndQuitInChat() {
        var chat = Chat()
        chat.say("kari", "hi")
        chat.say("kari", "Growth")
        let list = chat.say("kari", "!list")
        #expect(list == ["kari: Saved sets (open one with !open NUMBER):", "kari: 1. Growth"], "\(list)")
        let opened = chat.say("kari", "!open 1")
        #expect(opened.last?.contains("Which cycle") == true, "\(opened)")
        #expect(chat.say("kari", "!open 2").last?.hasPrefix("kari: There is no set 2.") == true)
        #expect(chat.say("kari", "!quit") == ["kari: Saved. Write to me whenever you want to go on."])
        #expect(chat.say("kari", "!avslutt").last == "kari: Saved. Write to me whenever you want to go on.")
    }

    @Test func exportAndNewSetInChat() {
        var chat = Chat()
        chat.say("kari", "hi")
        for line in ["Growth", "", "", "Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March"] {
            chat.say("kari", line)
        }
        let export = chat.say("kari", "!export yaml")
        // The whole export is one reply, which the adapter pages like any other.
        #expect(export.count == 1, "\(export)")
        // Indented in no-break spaces, which chat clients keep and the readers take back as spaces.
        #expect(export.first?.hasSuffix("\n\u{A0}\u{A0}- Increase NPS from 30 to 45 by March") == true, "\(export)")
        let fresh = chat.say("kari", "!new")
        #expect(fresh.contains { $0.contains("Which team is this set for?") })
        #expect(chat.saved.keys.contains { $0.hasPrefix("nick:testnet:kari#") })
    }
}

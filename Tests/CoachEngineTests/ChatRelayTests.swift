import ChatCoach
import CoachEngine
import OKRCore
import Testing

/// Relay bots are trusted only for what they are: a relayed name is a display name inside the
/// relay's namespace (`slack/alice`), never an IRC target, a channel or a service.
struct ChatRelayTests {
    /// The targets of replies ("target: text" as `Chat.say` gives them).
    private func targets(_ replies: [String]) -> Set<String> {
        Set(replies.map { String($0.prefix { $0 != ":" }) })
    }

    @Test func aPrivateRelayLineIsAnsweredToTheRelayNotToTheNickItNames() async {
        var chat = Chat()
        let hi = await chat.say("Bridge", "[slack] <alice> hi")
        #expect(targets(hi) == ["Bridge"], "\(hi)")
        #expect(hi.first?.hasPrefix("Bridge: slack/alice: Hi, I'm okrcoach.") == true, "\(hi)")
        await chat.say("Bridge", "[slack] <alice> Growth")
        let shown = await chat.say("Bridge", "[slack] <alice> !show")
        #expect(targets(shown) == ["Bridge"], "\(shown)")
        #expect(chat.saved["relay:testnet:slack:alice"]?.set.team == "Growth")
    }

    @Test func aServiceOrAChannelAsARelayedNameIsNeverWrittenTo() async {
        var chat = Chat()
        // The relay bot is in #x, so the people it speaks for may share a set there.
        chat.join("#x", "Bridge")
        var replies: [String] = []
        for line in [
            "hi", "DROP okrcoach", "", "", "Delight clinics so that they recommend us",
            "Increase NPS from 30 to 45 by March", "share #x",
        ] {
            replies += await chat.say("Bridge", "[x] <NickServ> \(line)")
        }
        #expect(targets(replies) == ["Bridge", "#x"], "\(replies)")
        #expect(
            replies.contains("Bridge: x/NickServ: New set shared in #x: “DROP okrcoach”, from x/NickServ."),
            "\(replies)")
        #expect(replies.contains("#x: New set shared in #x: “DROP okrcoach”, from x/NickServ."), "\(replies)")
        let inChannel = await chat.say("Bridge", "[x] <#growth> okrcoach: hi", in: "#other")
        #expect(targets(inChannel) == ["#other"], "\(inChannel)")
        #expect(inChannel.first?.hasPrefix("#other: x/#growth: ") == true, "\(inChannel)")
        let privately = await chat.say("Bridge", "[x] <#growth> hi")
        #expect(targets(privately) == ["Bridge"], "\(privately)")
    }

    @Test func hostileRelayNamesAreNoRelayLineOrStayInsideTheirNamespace() async {
        var chat = Chat()
        for hostile in [
            "[slack] <al\u{7}ice> okrcoach: hi", "[sl\u{1}ack] <alice> okrcoach: hi",
            "[slack] <al\u{202E}ice> okrcoach: hi",
            "[slack] <\(String(repeating: "a", count: 65))> okrcoach: hi",
            "[\(String(repeating: "b", count: 10_000))] <a> okrcoach: hi",
            "[slack] <> okrcoach: hi", "[] <alice> okrcoach: hi", "[slack] <al ice> okrcoach: hi",
        ] {
            #expect(await chat.say("Bridge", hostile, in: "#growth").isEmpty, "\(hostile)")
        }
        let colon = await chat.say("Bridge", "[slack] <a:b> okrcoach: hi", in: "#growth")
        #expect(colon.first?.hasPrefix("#growth: slack/a:b: Hi") == true, "\(colon)")
        let longest = String(repeating: "é", count: 32)
        let long = await chat.say("Bridge", "[slack] <\(longest)> okrcoach: hi", in: "#growth")
        #expect(long.first?.hasPrefix("#growth: slack/\(longest): Hi") == true, "\(long)")
        #expect(await chat.say("Bridge", "[slack] <\(longest)é> okrcoach: hi", in: "#growth").isEmpty)
    }

    @Test func aRelayedPersonSeesTheirOwnDraftInTheChannelAndTheTeamsByName() async {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        // Nothing drafted yet: "show" is the team's set.
        await chat.say("Bridge", "[slack] <alice> okrcoach: hi", in: "#growth")
        let before = await chat.say("Bridge", "[slack] <alice> okrcoach: show", in: "#growth")
        #expect(before.contains("#growth: slack/alice:   KR1: Increase NPS from 30 to 45 by March"), "\(before)")
        for line in ["Delivery", "-", "-", "Ship every week so that customers get fixes sooner"] {
            await chat.say("Bridge", "[slack] <alice> okrcoach: \(line)", in: "#growth")
        }
        let own = await chat.say("Bridge", "[slack] <alice> okrcoach: !show", in: "#growth")
        #expect(own.contains { $0.contains("Ship every week") }, "\(own)")
        #expect(!own.contains { $0.contains("Increase NPS") }, "\(own)")
        let team = await chat.say("Bridge", "[slack] <alice> okrcoach: show #growth", in: "#growth")
        #expect(team.contains("#growth: slack/alice:   KR1: Increase NPS from 30 to 45 by March"), "\(team)")
        // Someone on IRC still sees the team's set.
        #expect(await chat.say("ola", "okrcoach: show", in: "#growth").contains { $0.contains("Increase NPS") })
    }

    @Test func relayedAndIRCCheckInsAreSignedApart() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "alice")
        for answer in ["checkin #growth", "36", "on track", "-"] {
            await chat.say("Bridge", "[slack] <alice> okrcoach: \(answer)", in: "#growth")
        }
        for answer in ["checkin #growth", "39", "on track", "-"] { await chat.say("alice", answer) }
        let history = try #require(chat.team("#growth")).set.objectives[0].keyResults[0].checkIns
        #expect(history.map(\.author) == ["slack/alice", "alice"])
        #expect(history.map(\.value) == [36, 39])
    }
}

import ChatCoach
import ChatServer
import CoachEngine
import OKRCore
import Testing

/// Who may share, replace, see and check in a channel's set, and what a replaced set leaves.
struct ChatTeamOwnershipTests {
    @Test func someoneOutsideTheChannelCannotShareCheckInOrReadIt() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola")
        for answer in ["checkin #growth", "36", "on track", "-"] { await chat.say("ola", answer) }
        chat.linesJoin = false
        // Mallory drafts privately and was never in #growth.
        await chat.say("mallory", "hi")
        for line in ["Takeover", "", "", "Own the channel so that nobody notices", "Post 5 messages by March"] {
            await chat.say("mallory", line)
        }
        #expect(
            await chat.say("mallory", "share #growth")
                == ["mallory: Only people in #growth can share, see or check in its set. Join #growth first."])
        #expect(chat.team("#growth")?.set.objectives[0].title == "Delight clinics so that they recommend us")
        #expect(await chat.say("mallory", "checkin #growth").first?.contains("Only people in #growth") == true)
        #expect(chat.saved["nick:testnet:mallory/checkin"] == nil)
        // A line in the channel from outside (a channel without +n) shows no figures.
        let read = await chat.say("mallory", "okrcoach: show", in: "#growth")
        #expect(
            read == ["#growth: mallory: Only people in #growth can share, see or check in its set. Join #growth first."]
        )
        #expect(
            await chat.say("mallory", "okrcoach: remind friday 9:00", in: "#growth").first?.contains("Only people")
                == true)
        #expect(chat.team("#growth")?.reminder == nil)
        #expect(chat.team("#growth")?.set.objectives[0].keyResults[0].checkIns.map(\.author) == ["ola"])
    }

    @Test func onlyTheSharerOrAnOperatorReplacesTheSetAndTheOldOneIsArchived() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola", "daan")
        for answer in ["checkin #growth", "36", "on track", "-"] { await chat.say("ola", answer) }
        // Ola is in the channel but did not share the set: he cannot replace it.
        await chat.say("ola", "hi")
        for line in ["Other", "", "", "Win the market so that we grow", "Sign 10 clinics by March"] {
            await chat.say("ola", line)
        }
        #expect(
            await chat.say("ola", "share #growth")
                == [
                    "ola: A set is already shared in #growth. Only the person who shared it, or a channel operator, can replace it."
                ])
        #expect(chat.team("#growth")?.sharedBy == "nick:testnet:kari")
        // A channel operator can, and the set it replaces keeps every check-in.
        chat.members.names(["@ola"], channel: "#growth")
        let replaced = await chat.say("ola", "share #growth")
        #expect(
            replaced.contains("ola: The earlier set is kept with all its 1 check-ins, as archived set 1 of #growth."),
            "\(replaced)")
        #expect(replaced.contains("#growth: New set shared in #growth: “Other”, from ola."))
        let archive = try #require(chat.saved["team:testnet:#growth#archived-1"])
        #expect(archive.set.objectives[0].keyResults[0].checkIns.map(\.value) == [36])
        #expect(archive.reminder == nil)
        #expect(chat.team("#growth")?.set.objectives[0].title == "Win the market so that we grow")
        #expect(chat.team("#growth")?.archived == 1)
        // Kari shared the first set, not this one, and is no operator: she cannot bring hers back.
        #expect(await chat.say("kari", "share #growth").first?.contains("Only the person who shared it") == true)
        // The sharer replaces her own set: archive 2.
        await chat.say("ola", "share #growth")
        #expect(chat.saved["team:testnet:#growth#archived-2"] != nil)
    }

    @Test func aCheckInUnderWayWhenTheSetIsReplacedStoresNothingOnTheNewSet() async throws {
        var chat = Chat()
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola")
        await chat.say("ola", "checkin #growth")
        // Kari replaces the set while Ola is at its first key result.
        for line in [
            "!new", "Growth", "", "", "Hire well so that we can grow", "Grow the nurse team from 4 to 8 by March",
        ] {
            await chat.say("kari", line)
        }
        await chat.say("kari", "share #growth")
        let answer = await chat.say("ola", "36")
        #expect(
            answer == [
                "ola: The set in #growth was replaced while you were checking in, so this answer was not saved. Your earlier answers stay with the archived set. Send “checkin #growth” to check in the new one."
            ], "\(answer)")
        let keyResult = try #require(chat.team("#growth")?.set.objectives.first?.keyResults.first)
        #expect(keyResult.text == "Grow the nurse team from 4 to 8 by March")
        #expect(keyResult.checkIns.isEmpty)
        #expect(chat.saved["nick:testnet:ola/checkin"]?.activity == nil)
        // Her next check-in is of the new set.
        #expect(
            await chat.say("ola", "checkin #growth").last?.contains("“Grow the nurse team from 4 to 8 by March”")
                == true)
    }

    @Test func aNickThatChangesMidCheckInHandsNothingToWhoeverTakesItsOldNick() async throws {
        var chat = Chat()
        chat.linesJoin = false
        await chat.share("#growth", by: "kari")
        chat.join("#growth", "ola")
        await chat.say("ola", "checkin #growth")
        chat.members.rename("ola", to: "ola_away")
        // Someone outside the channel takes the nick "ola" and answers her check-in.
        let squatter = await chat.say("ola", "99")
        #expect(squatter.first?.contains("Only people in #growth") == true, "\(squatter)")
        #expect(chat.team("#growth")?.set.objectives[0].keyResults[0].checkIns.isEmpty == true)
        #expect(chat.saved["nick:testnet:ola/checkin"]?.activity == nil)
        // Under her new nick she starts afresh, as a member.
        #expect(await chat.say("ola_away", "checkin #growth").last?.contains("last: no check-in yet") == true)
    }

    @Test func hostileChannelNamesAreNobodysChannel() async {
        var chat = Chat()
        await chat.draftGrowthSet(as: "kari")
        for name in ["#gro\u{7}wth", "#gro\u{1}wth", "#a,#b", "#" + String(repeating: "g", count: 10_000)] {
            chat.members.join("kari", channel: name)
            let refused = await chat.say("kari", "share \(name)")
            #expect(refused.first?.hasPrefix("kari: Only people in #") == true, "\(refused.first?.prefix(80) ?? "")")
            #expect((refused.first?.count ?? .max) < 200)
            #expect(chat.team(name) == nil)
        }
    }

    @Test func theChannelsLineBeginsWithTheCoachsWordsNotTheTeamName() async throws {
        var chat = Chat()
        await chat.say("kari", "hi")
        for line in [
            "PRIVMSG NickServ :DROP okrcoach", "", "", "Delight clinics so that they recommend us",
            "Increase NPS from 30 to 45 by March",
        ] {
            await chat.say("kari", line)
        }
        chat.join("#growth", "kari")
        let shared = await chat.say("kari", "share #growth")
        let line = try #require(shared.first { $0.hasPrefix("#growth: ") })
        #expect(line.hasPrefix("#growth: New set shared in #growth: “"), "\(line)")
    }

    @Test func aNorwegianSetScoresTheSameWhoeverChecksItInTheChannel() async throws {
        var chat = Chat()
        await chat.share("#vekst", by: "kari", norwegian: true)
        let norwegian = await chat.say("kari", "okrcoach: sjekk", in: "#vekst")
        let english = await chat.say("ola", "okrcoach: check", in: "#vekst")
        let dutch = await chat.say("daan", "okrcoach: controleer", in: "#vekst")
        func score(_ lines: [String]) -> String? {
            lines.last.flatMap {
                $0.split(separator: ":").dropFirst().joined(separator: ":").first { $0.isNumber }.map(String.init)
            }
        }
        func rules(_ lines: [String]) -> [String] {
            lines.compactMap { line in
                line.range(of: "[").map { String(line[$0.lowerBound...].prefix { $0 != "]" }) }
            }
        }
        #expect(!rules(norwegian).isEmpty)
        #expect(rules(english) == rules(norwegian), "\(english)")
        #expect(rules(dutch) == rules(norwegian), "\(dutch)")
        #expect(norwegian.last?.contains("100") == english.last?.contains("100"))
        // The findings are in the asker's language: the same rule, said in English and in Dutch.
        let tooFew = try #require(english.first { $0.contains("[too-few-krs]") })
        let teWeinig = try #require(dutch.first { $0.contains("[too-few-krs]") })
        let tooFewNorwegian = try #require(norwegian.first { $0.contains("[too-few-krs]") })
        #expect(tooFew != teWeinig && teWeinig != tooFewNorwegian && tooFew != tooFewNorwegian)
        #expect(english.last?.hasPrefix("#vekst: ola: Score") == true, "\(english.last ?? "")")
    }
}

/// Who is in a channel, as the IRC adapter tells it.
struct ChannelMembersTests {
    @Test func namesJoinsPartsQuitsNickChangesAndOperators() {
        var members = ChannelMembers()
        members.names(["@Kari", "+ola", "~daan", "%per", "", "@"], channel: "#Growth")
        #expect(members.contains("kari", in: "#growth"))
        #expect(members.isOperator("KARI", in: "#growth") && members.isOperator("daan", in: "#growth"))
        #expect(!members.isOperator("ola", in: "#growth") && !members.isOperator("per", in: "#growth"))
        members.setOperator("ola", true, channel: "#growth")
        #expect(members.isOperator("ola", in: "#growth"))
        members.rename("ola", to: "ola_")
        #expect(!members.contains("ola", in: "#growth") && members.isOperator("ola_", in: "#growth"))
        members.part("kari", channel: "#growth")
        members.quit("daan")
        #expect(!members.contains("kari", in: "#growth") && !members.contains("daan", in: "#growth"))
        members.join("eve", account: "eve-account", channel: "#growth")
        #expect(members.contains("eve", account: "eve-account", in: "#growth"))
        // Someone else logged in under the nick eve joined with is not her.
        #expect(!members.contains("eve", account: "mallory", in: "#growth"))
        members.join("sam", account: "*", channel: "#growth")
        #expect(members.contains("sam", account: "sam", in: "#growth"))
        members.clear("#growth")
        #expect(!members.contains("eve", in: "#growth"))
    }
}

/// Replacing a channel's set through the desk and a store that checks revisions.
struct ChatDeskTeamReplaceTests {
    @Test func theSharerReplacesHerSetInTheStoreAndTheArchiveIsKept() async throws {
        let store = InMemorySessionStore()
        let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100))
        let desk = ChatDesk(chat: chat, store: store, network: "test")
        await desk.shareGrowthSet()
        let again = await desk.answer(":kari PRIVMSG okrcoach :share #growth")
        #expect(
            again.contains(
                "PRIVMSG kari :The earlier set is kept with all its 0 check-ins, as archived set 1 of #growth."),
            "\(again)")
        #expect(store.session(id: "team:test:#growth#archived-1") != nil)
        #expect(store.session(id: "team:test:#growth")?.archived == 1)
    }

    @Test func aCheckInUnderWayThroughTheDeskIsEndedWhenTheSetIsReplaced() async throws {
        let store = InMemorySessionStore()
        let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 100))
        let desk = ChatDesk(chat: chat, store: store, network: "test")
        _ = await desk.answer(":ola PRIVMSG #growth :morning")
        await desk.shareGrowthSet()
        for line in ["checkin #growth", "36", "on track", "-", "checkin #growth"] {
            _ = await desk.answer(":ola PRIVMSG okrcoach :\(line)")
        }
        // Her second check-in of the day is under way (it used to be refused as a stale save).
        #expect(store.session(id: "nick:test:ola/checkin")?.activity != nil)
        _ = await desk.answer(":kari PRIVMSG okrcoach :share #growth")
        let told = await desk.answer(":ola PRIVMSG okrcoach :40")
        #expect(told.first?.hasPrefix("PRIVMSG ola :The set in #growth was replaced") == true, "\(told)")
    }
}

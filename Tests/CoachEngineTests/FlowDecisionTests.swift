import CoachEngine
import Foundation
import OKRCore
import Testing

/// The flow's decisions are data in `prompts/`: a coach who edits a copy changes what the
/// coach does, with no Swift changed.
struct FlowDecisionTests {
    private static let objective =
        "Make onboarding effortless for small clinics in order to keep every clinic that signs up"
    private static let firstKeyResult = "Increase activation rate from 30% to 45% by 31 December"
    private static let secondKeyResult = "Reduce average support response time from 24 hours to 8 hours by 31 December"

    private func drafting(_ coach: Coach) -> Talk {
        var talk = Talk(coach, session: coach.newSession(id: "flow", language: LanguageCode("en")))
        talk.type("Growth", "", "", Self.objective)
        return talk
    }

    // MARK: - Yes and no as answers

    @Test(arguments: ["ok", "no", "yes"])
    func aCheckInNoteMayBeAYesOrANo(_ note: String) {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/checkin", "480", "on track", note)
        #expect(!conversation.transcript.contains { $0.hasPrefix("Please write a few words") })
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.last?.note == note)
    }

    @Test func aRetrospectiveAnswerMayBeNo() {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/retro", "no", "yes")
        #expect(!conversation.transcript.contains { $0.hasPrefix("Please write a few words") })
        #expect(
            conversation.session.set.retro == [
                RetroNote(topic: "went_well", text: "no"), RetroNote(topic: "went_badly", text: "yes"),
            ])
    }

    @Test func anObjectiveIsStillNoYes() {
        var conversation = Conversation(language: "en")
        conversation.type("Growth", "", "", "yes")
        #expect(conversation.lastReplies.first?.text == "Please write a few words, or type /help.")
    }

    @Test func whichQuestionsRefuseYesOrNoIsTheFlows() throws {
        var copy = FlowCopy()
        copy.edit(
            "checkin", "    ask: ask_confidence\n    expect: text\n    refuse_yes_no: true\n",
            "    ask: ask_confidence\n    expect: text\n")
        var talk = Talk(try copy.coach(), resuming: CycleFixtures.session("en"))
        talk.type("/checkin", "480", "yes")
        #expect(talk.said.first == "Please answer on track, at risk, off track, or a number from 1 to 10.")
    }

    // MARK: - The retrospective's questions

    /// A copy of the flows with a question added to the retrospective, after `learned`.
    static func addedRetroQuestion() -> FlowCopy {
        var copy = FlowCopy()
        copy.edit("retro", "    routes: {recorded: change}", "    routes: {recorded: surprised}")
        copy.edit(
            "retro", "  change:\n",
            "  surprised:\n    ask: ask_surprised\n    expect: text\n    optional: true\n    action: record_retro\n    routes: {recorded: change}\n\n  change:\n"
        )
        copy.add(
            message: "ask_surprised",
            [
                "en": "What surprised you?", "nb": "Hva overrasket dere?", "sv": "Vad överraskade er?",
                "nl": "Wat verraste jullie?",
            ])
        return copy
    }

    @Test func aRetroQuestionAddedToTheFlowIsAskedSavedExportedAndReadBack() throws {
        let coach = try Self.addedRetroQuestion().coach()
        #expect(coach.retroTopics == ["went_well", "went_badly", "learned", "surprised", "change"])
        var talk = Talk(coach, resuming: CycleFixtures.session("en"))
        talk.type("/retro", "Onboarding", "Support", "Measure earlier")
        #expect(talk.lastQuestion == "What surprised you?")
        talk.type("How fast clinics came back", "Weekly reviews")
        #expect(talk.session.set.retro.map(\.topic) == coach.retroTopics)
        for format in [SetExport.Format.yaml, .json] {
            let text = SetExport.render(talk.session.set, as: format, language: LanguageCode("en"))
            let read = try SetReader.read(
                text, source: "export.\(format)", format: .checkFile, languages: TestCoach.languages,
                retroTopics: coach.retroTopics)
            #expect(read.set.retro == talk.session.set.retro)
            #expect(throws: InputError.self) {
                try SetReader.read(
                    text, source: "export.\(format)", format: .checkFile, languages: TestCoach.languages,
                    retroTopics: TestCoach.coach.retroTopics)
            }
        }
    }

    @Test func whatTheNextSetRecallsIsTheFlows() throws {
        var copy = FlowCopy()
        copy.edit("retro", "recall: change", "recall: learned")
        let coach = try copy.coach()
        var talk = Talk(coach, resuming: CycleFixtures.session("en"))
        talk.type("/retro", "Onboarding", "Support", "Measure earlier", "Weekly reviews")
        let next = Talk(
            coach, session: coach.newSession(id: "next", language: LanguageCode("en"), following: talk.session))
        #expect(next.said.contains { $0.contains("“Measure earlier”") })
        #expect(!next.said.contains { $0.contains("Weekly reviews") })
    }

    // MARK: - Skip, ask again, thresholds, rules and ends

    @Test func whereSkipWorksIsTheFlows() throws {
        var shipped = Talk(TestCoach.coach, session: TestCoach.coach.newSession(id: "s", language: LanguageCode("en")))
        shipped.type("/skip")
        #expect(shipped.said.first == TestCoach.coach.texts(for: shipped.session).message("cannot_skip"))
        var copy = FlowCopy()
        copy.edit("draft", "    store: team\n", "    store: team\n    skip: true\n")
        let coach = try copy.coach()
        var talk = Talk(coach, session: coach.newSession(id: "s", language: LanguageCode("en")))
        talk.type("/skip")
        #expect(talk.session.step == "cycle")
        #expect(talk.session.set.team == nil)
    }

    @Test func whatDontKnowMeansIsTheFlows() throws {
        let unknown = "Then measure it first"
        var shipped = drafting(TestCoach.coach)
        shipped.type("Increase activation rate to 45% by 31 December", "don't know")
        #expect(shipped.said.first?.hasPrefix(unknown) == true)
        var copy = FlowCopy()
        copy.edit("draft", "    on_unknown: baseline_unknown\n", "")
        copy.edit("draft", "    ask: ask_target\n", "    ask: ask_target\n    on_unknown: baseline_unknown\n")
        var talk = drafting(try copy.coach())
        talk.type("Increase activation rate to 45% by 31 December", "don't know")
        #expect(talk.said.first?.hasPrefix(unknown) == false)
        #expect(talk.session.step == "baseline")
    }

    @Test func askAgainWorksOnAStepOfAnyName() throws {
        var copy = FlowCopy()
        for (old, new) in [("\n  key_result:\n", "\n  first_kr:\n"), (": key_result", ": first_kr")] {
            copy.edit("draft", old, new)
        }
        let coach = try copy.coach()
        var talk = drafting(coach)
        talk.type(Self.firstKeyResult, "yes")
        #expect(talk.session.step == "first_kr")
        #expect(talk.lastQuestion == "Key result 1.2, or “done” to move on:")
    }

    @Test func theLeadingLaggingThresholdIsTheFlows() throws {
        var shipped = drafting(TestCoach.coach)
        shipped.type(Self.firstKeyResult, "yes", Self.secondKeyResult, "no")
        #expect(shipped.lastQuestion.hasPrefix("Do these key results mix leading measures"))
        var copy = FlowCopy()
        copy.edit("draft", "leading_lagging_from: 2", "leading_lagging_from: 3")
        var talk = drafting(try copy.coach())
        talk.type(Self.firstKeyResult, "yes", Self.secondKeyResult, "no")
        #expect(talk.lastQuestion == "Add another objective? (yes/no)")
    }

    @Test func thePostMortemThresholdIsTheFlows() throws {
        func review(_ coach: Coach) -> Talk {
            var session = CycleFixtures.checkedIn("en").session
            session.set.objectives[0].commitment = .committed
            var talk = Talk(coach, resuming: session)
            talk.type("/review", "0.7", "0.7", "0.7")
            return talk
        }
        #expect(review(TestCoach.coach).lastQuestion.contains("What got in the way"))
        var copy = FlowCopy()
        copy.edit("review", "post_mortem_below: 1.0", "post_mortem_below: 0.5")
        let talk = review(try copy.coach())
        #expect(talk.session.activity == nil)
        #expect(!talk.said.contains { $0.contains("What got in the way") })
    }

    @Test func theTooSafeRuleIsTheFlows() throws {
        var copy = FlowCopy()
        copy.edit("review", "too_safe_after_cycles: 1", "too_safe_after_cycles: 0")
        var session = CycleFixtures.checkedIn("en").session
        session.set.objectives[0].commitment = .aspirational
        var talk = Talk(try copy.coach(), resuming: session)
        talk.type("/review", "1", "1", "1")
        #expect(talk.lastQuestion.contains("Were the goals too safe?"))
    }

    @Test func theStepADraftedSetRestsOnIsTheFlowsEnd() throws {
        var copy = FlowCopy()
        copy.edit("draft", "{finished: finished}", "{finished: set_done}")
        copy.edit("draft", "\n  finished:\n", "\n  set_done:\n")
        let coach = try copy.coach()
        #expect(coach.importedSession(CycleFixtures.set("en"), id: "i").step == "set_done")
        #expect(TestCoach.coach.importedSession(CycleFixtures.set("en"), id: "i").step == "finished")
    }
}

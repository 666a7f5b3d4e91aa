import CoachEngine
import OKRCore
import Testing

/// The cycle's conversations beyond their transcripts: safe goals, the next set, undo, resuming.
struct CycleConversationTests {
    /// A set graded before, whose aspirational objective got 1.0 last cycle too.
    func aspirationalAgain(_ language: String) -> Conversation {
        var conversation = CycleFixtures.checkedIn(language)
        var session = conversation.session
        session.set.objectives[0].commitment = .aspirational
        session.previousCycle = PreviousCycle(cycle: "2026-Q3", retro: [], fullMarksStreak: 1)
        conversation = Conversation(resuming: session)
        conversation.today = Day(year: 2026, month: 12, day: 20)
        return conversation
    }

    @Test(arguments: [
        ("en", "/review", "1.0", "Were the goals too safe?"), ("nb", "/evaluering", "1,0", "Var målene for trygge?"),
        ("sv", "/utvärdering", "1,0", "Var målen för försiktiga?"),
        ("nl", "/beoordeling", "1,0", "Lag de lat te laag?"),
    ])
    func anAspirationalObjectiveGradedOneAgainIsAskedWhetherItWasTooSafe(
        _ language: String, _ command: String, _ one: String, _ question: String
    ) {
        var conversation = aspirationalAgain(language)
        conversation.type(command, one, one, one)
        #expect(conversation.question.contains(question))
        conversation.type("We knew we would make it")
        #expect(conversation.session.set.objectives[0].postMortem == "We knew we would make it")
        #expect(conversation.session.activity == nil)
    }

    @Test func anAspirationalObjectiveGradedOneForTheFirstTimeIsNotAsked() {
        var conversation = aspirationalAgain("en")
        var session = conversation.session
        session.previousCycle = nil
        conversation = Conversation(resuming: session)
        conversation.type("/review", "1", "1", "1")
        #expect(
            conversation.lastReplies.map(\.text) == [
                "Objective 1: 1.0 (green).", "Review saved. The set's grade: 1.0 (green).",
            ])
    }

    @Test(arguments: [
        ("en", "At the end of 2026-Q4 you said you would change: “Two key results per objective”"),
        ("nb", "Ved slutten av 2026-Q4 sa dere at dere ville endre: «To nøkkelresultater per mål»"),
    ])
    func theNextSetStartsWithWhatTheRetroSaidToChange(_ language: String, _ reminder: String) {
        var conversation = CycleFixtures.checkedIn(language)
        let change = language == "en" ? "Two key results per objective" : "To nøkkelresultater per mål"
        conversation.type("/retro", "", "", "", change)
        let coach = TestCoach.coach
        let next = coach.start(
            coach.newSession(id: "next", language: LanguageCode(language), following: conversation.session),
            today: TestCoach.today)
        #expect(next.replies.map(\.text).contains(reminder))
        #expect(next.session.previousCycle?.retro.map(\.text) == [change])
    }

    @Test func theStreakOfFullMarksCarriesToTheNextSet() {
        var conversation = aspirationalAgain("en")
        conversation.type("/review", "1", "1", "1", "")
        let coach = TestCoach.coach
        let next = coach.newSession(id: "next", following: conversation.session)
        #expect(next.previousCycle?.fullMarksStreak == 2)
        let afterMiss = coach.newSession(id: "after", following: CycleFixtures.checkedIn("en").session)
        #expect(afterMiss.previousCycle == nil)
    }

    @Test func backUndoesACheckInAnswerAndItsHistory() {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/checkin", "480", "on track", "")
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.count == 1)
        conversation.type("/back")
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.isEmpty)
        #expect(conversation.question == "A note for the team? Press Enter to skip.")
        conversation.type("/back", "/back")
        #expect(conversation.question.hasPrefix("1.1 “Increase weekly active clinics"))
        conversation.type("500", "7", "fine")
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.map(\.value) == [500])
    }

    @Test func anInterruptedCheckInGoesOnWithTheAnswersGiven() {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/checkin", "480", "on track", "", "12")
        let saved = conversation.session
        let turn = TestCoach.coach.begin(.checkIn, in: saved, today: TestCoach.today)
        #expect(
            turn.replies.map(\.text) == [
                "How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?"
            ])
        #expect(turn.session.activity?.pending?.value == 12)
        #expect(turn.session.set.objectives[0].keyResults[0].checkIns.map(\.value) == [480])
    }

    @Test func aSecondCheckInTheSameDayReplacesTheFirst() {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/checkin", "480", "8", "", "12", "5", "", "no", "6", "")
        conversation.type("/checkin", "490", "8", "", "12", "5", "", "no", "6", "")
        #expect(conversation.session.set.objectives[0].keyResults[0].checkIns.map(\.value) == [490])
    }

    @Test(arguments: ["/checkin", "/review"]) func aSetWithoutKeyResultsHasNothingToCheckIn(_ command: String) {
        var conversation = Conversation(language: "en")
        conversation.type(command)
        #expect(conversation.lastReplies.first?.text == "The set has no key results yet: draft some first.")
        #expect(conversation.question == "Which team is this set for?")
    }

    @Test func aCheckInWhileDraftingGoesBackToTheQuestionAfterwards() {
        var session = CycleFixtures.session("en")
        session.finished = false
        session.step = "more_objectives"
        var conversation = Conversation(resuming: session)
        conversation.type("/checkin", "480", "8", "", "12", "5", "", "no", "6", "")
        #expect(
            conversation.lastReplies.map(\.text).suffix(2) == [
                "Back to the set you were drafting.", "Add another objective? (yes/no)",
            ])
    }

    @Test func aFinishedCheckInIsHistoryNotAnAnswerToUndo() {
        var conversation = Conversation(resuming: CycleFixtures.session("en"))
        conversation.type("/checkin", "480", "8", "", "12", "5", "", "no", "6", "", "/back")
        #expect(conversation.lastReplies.first?.text == "There is nothing to undo.")
        #expect(conversation.session.set.objectives[0].keyResults.map(\.checkIns.count) == [1, 1, 1])
    }
}

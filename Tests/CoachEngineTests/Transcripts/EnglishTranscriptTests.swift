import CoachEngine
import OKRCore
import Testing

/// Whole conversations in English.
struct EnglishTranscriptTests {
    @Test func fromRoughIdeasToACleanSet() {
        let conversation = expectTranscript(
            """
            \(opening(team: "Growth"))
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Make onboarding effortless for small clinics
            The objective says what, but not why. Without a reason, the team cannot weigh trade-offs or feel why it matters.
            What will be better once you reach it? Say it in a few words.
            > to keep every clinic that signs up
            How about: “Make onboarding effortless for small clinics in order to keep every clinic that signs up”? Answer yes, or write your own.
            > yes
            Objective 1: Make onboarding effortless for small clinics in order to keep every clinic that signs up
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Launch the new onboarding flow
            Here is what I notice:
            This key result is a yes/no milestone: by the deadline it is either done or not. That is fine for a real milestone, but it does not show whether it made a difference.
            The key result describes a task (“launch”), not an outcome. You can finish every task and still not move anything that matters.
            Would a number show that it worked? Name what you would count, for example “weekly active clinics”. Press Enter to keep the milestone.
            > activation rate
            Where should it be at the end? Give the number you aim for.
            > 45%
            What is the value today?
            > 30%
            By when? Press Enter for the end of 2026-Q4.
            >
            How about: “Increase activation rate from 30% to 45% by the end of 2026-Q4”? Answer yes, or write your own.
            > yes
            Key result 1.1: Increase activation rate from 30% to 45% by the end of 2026-Q4
            Add another key result? (yes/no)
            > y
            Key result 1.2, or “done” to move on:
            > Cut average support response time to 8 hours by 31 December
            Here is what I notice:
            The key result has a target but no starting value. Without “from”, nobody can tell whether the target is a stretch or already reached.
            What is the value today?
            > 24 hours
            How about: “Reduce average support response time from 24 hours to 8 hours by 31 December”? Answer yes, or write your own.
            > yes
            Key result 1.2: Reduce average support response time from 24 hours to 8 hours by 31 December
            Add another key result? (yes/no)
            > done
            Do these key results mix leading measures (they move early, like activation) with lagging ones (they show at the end, like revenue)? (yes/no)
            > yes
            Add another objective? (yes/no)
            > no
            Your set, Growth, 2026-Q4:
            O1: Make onboarding effortless for small clinics in order to keep every clinic that signs up
              KR1: Increase activation rate from 30% to 45% by the end of 2026-Q4
              KR2: Reduce average support response time from 24 hours to 8 hours by 31 December
            Score 100/100: 0 errors, 0 warnings, 0 infos
            Saved. /export md, /export json or /export yaml writes it out; /new starts another set.
            Done. Good luck this cycle, and come back for the weekly check-in.
            """)
        #expect(conversation.session.finished)
        #expect(conversation.session.language == LanguageCode("en"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
    }

    @Test func revisingAnObjectiveAndKeepingAKeyResultAsWritten() {
        expectTranscript(
            """
            …
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Maintain 99.9% uptime
            Here is what I notice:
            The objective holds a quantity (“99.9%”). An objective says what you want and why; numbers belong in its key results.
            Move “99.9%” into a key result (“Increase X from A to B by D”) and keep the objective qualitative and inspiring.
            The objective is about keeping things as they are (“maintain”). OKRs are for the changes you want to make; steady work belongs in your health metrics.
            Ask what should be different at the end of the cycle and write that, for example “Make our service so reliable that clinics stop calling support”.
            The objective says what, but not why. Without a reason, the team cannot weigh trade-offs or feel why it matters.
            Add the reason with “in order to”, “so that” or “because”, for example “Grow monthly revenue in order to secure our lead”.
            Do you want to revise it? (yes/no)
            > maybe
            Please answer yes or no.
            Do you want to revise it? (yes/no)
            > yes
            Write the objective again:
            > Make our service so reliable that clinics stop calling support
            That is a clear objective: it says what and why.
            Objective 1: Make our service so reliable that clinics stop calling support
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Reduce support calls from 400 to 150 a month by 31 March
            Key result 1.1: Reduce support calls from 400 to 150 a month by 31 March
            Add another key result? (yes/no)
            """, language: "en", before: ["Growth", "", ""])
    }

    @Test func undoSwitchLanguageAndNonsense() {
        let conversation = expectTranscript(
            """
            Hi, I'm okrcoach. I'll help you write an objective and up to three key results, one question at a time. Type /help for commands.
            Which team is this set for?
            > /back
            There is nothing to undo.
            Which team is this set for?
            > Growth
            Which cycle does it cover? Press Enter for 2026-Q4.
            > 2027-Q1
            Which higher-level objective does it serve? Press Enter to skip.
            > /back
            Undone. Back to the previous question.
            Which cycle does it cover? Press Enter for 2026-Q4.
            > 2027-Q2
            Which higher-level objective does it serve? Press Enter to skip.
            > /skip
            Skipped.
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > /frobnicate
            There is no command “/frobnicate”. Type /help to see them.
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            >
            Please write a few words, or type /help.
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > /lang xx
            I don't speak “xx”. I speak en, nb, nl, sv.
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > /lang sv
            Från och med nu pratar jag svenska.
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > /show
            Setet är fortfarande tomt.
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            """, language: "en")
        #expect(conversation.session.set.cycle == "2027-Q2")
        #expect(conversation.session.set.parents.isEmpty)
        #expect(conversation.session.language == LanguageCode("sv"))
    }

    @Test func focusAfterThreeKeyResults() {
        let conversation = expectTranscript(
            """
            …
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Increase weekly bookings from 700 to 900 by March
            Key result 1.1: Increase weekly bookings from 700 to 900 by March
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Reduce no-shows from 12% to 8% by March
            Key result 1.2: Reduce no-shows from 12% to 8% by March
            Add another key result? (yes/no)
            > yes
            Key result 1.3, or “done” to move on:
            > Raise NPS from 32 to 45 by March
            Key result 1.3: Raise NPS from 32 to 45 by March
            That makes 3 key results. Three at the most keeps a team focused. Add one more anyway? (yes/no)
            > no
            Do these key results mix leading measures (they move early, like activation) with lagging ones (they show at the end, like revenue)? (yes/no)
            > yes
            Add another objective? (yes/no)
            > yes
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            """, language: "en", before: ["Growth", "", "", "Delight clinics so that they recommend us"])
        #expect(conversation.session.set.objectives.count == 1)
        #expect(conversation.session.draft.leadingLaggingAsked == [1])
    }
}

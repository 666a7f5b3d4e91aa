import CoachEngine
import OKRCore
import Testing

/// The check-in, the review and the retrospective in English, as they read.
struct EnglishCycleTranscriptTests {
    @Test func threeWeeklyCheckIns() {
        var conversation = expectTranscript(
            """
            > /checkin
            Weekly check-in of Growth, 2026-Q4 (2026-11-15). For each key result: where it stands, how confident you are, and a note if you like.
            1.1 “Increase weekly active clinics from 420 to 600 by 31 March”, last: no check-in yet. Where does it stand now? Press Enter if you have no number this week.
            > 480
            1.1 ███░░░░░░░ 33%
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > maybe
            Please answer on track, at risk, off track, or a number from 1 to 10.
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > on track
            A note for the team? Press Enter to skip.
            > Two big clinics signed up
            1.2 “Reduce time to first booking from 24 hours to 8 hours by 31 March”, last: no check-in yet. Where does it stand now? Press Enter if you have no number this week.
            > 12
            1.2 ████████░░ 75%
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > at risk
            A note for the team? Press Enter to skip.
            >
            1.3 “Launch the new setup wizard by 15 February”. Is it done? (yes/no)
            > no
            1.3 ░░░░░░░░░░ not done yet
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 8
            A note for the team? Press Enter to skip.
            >
            Check-in of 2026-11-15 saved. See you next week.
            """, in: Conversation(resuming: CycleFixtures.session("en")))
        conversation.today = Day(year: 2026, month: 11, day: 22)
        conversation = expectTranscript(
            """
            > /checkin
            Weekly check-in of Growth, 2026-Q4 (2026-11-22). For each key result: where it stands, how confident you are, and a note if you like.
            1.1 “Increase weekly active clinics from 420 to 600 by 31 March”, last: 480 on 2026-11-15. Where does it stand now? Press Enter if you have no number this week.
            > 510
            1.1 █████░░░░░ 50% (+30 since 2026-11-15)
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 7
            A note for the team? Press Enter to skip.
            >
            1.2 “Reduce time to first booking from 24 hours to 8 hours by 31 March”, last: 12 hours on 2026-11-15. Where does it stand now? Press Enter if you have no number this week.
            > 10
            1.2 █████████░ 88% (−2 since 2026-11-15)
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 5
            A note for the team? Press Enter to skip.
            > The wizard slipped a week
            1.3 “Launch the new setup wizard by 15 February”. Is it done? (yes/no)
            > yes
            1.3 ██████████ done
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 4
            A note for the team? Press Enter to skip.
            >
            Check-in of 2026-11-22 saved. See you next week.
            """, in: conversation)
        conversation.today = Day(year: 2026, month: 12, day: 6)
        conversation = expectTranscript(
            """
            > /checkin
            Weekly check-in of Growth, 2026-Q4 (2026-12-06). For each key result: where it stands, how confident you are, and a note if you like.
            Key result 1.1 has had no check-in for 14 days.
            Key result 1.2 has had no check-in for 14 days.
            1.1 “Increase weekly active clinics from 420 to 600 by 31 March”, last: 510 on 2026-11-22. Where does it stand now? Press Enter if you have no number this week.
            > 530
            1.1 ██████░░░░ 61% (+20 since 2026-11-22)
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 6
            A note for the team? Press Enter to skip.
            >
            1.2 “Reduce time to first booking from 24 hours to 8 hours by 31 March”, last: 10 hours on 2026-11-22. Where does it stand now? Press Enter if you have no number this week.
            >
            No value this week.
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 3
            A note for the team? Press Enter to skip.
            >
            Check-in of 2026-12-06 saved. See you next week.
            Confidence in key result 1.1 fell twice running (8 → 7 → 6). What would help?
            """, in: conversation)
        CycleFixtures.expectThreeCheckInsSaved(conversation.session)
    }

    @Test func reviewThenRetro() {
        let conversation = expectTranscript(
            """
            > /review
            Review of Growth, 2026-Q4. Grade each key result from 0.0 to 1.0: I suggest a grade from its progress, which you can take or change.
            Objective 1, “Make onboarding effortless for small clinics so that they stay”: was it committed (to be met in full) or aspirational (a stretch)?
            > committed
            1.1 “Increase weekly active clinics from 420 to 600 by 31 March”: ██████░░░░ 61%. Grade? Press Enter for 0.6.
            >
            1.2 “Reduce time to first booking from 24 hours to 8 hours by 31 March”: █████████░ 88%. Grade? Press Enter for 0.9.
            > 0.5
            1.3 “Launch the new setup wizard by 15 February”: ██████████ done. Grade? Press Enter for 1.0.
            >
            Objective 1: 0.7 (green).
            Objective 1 was committed and ended at 0.7. What got in the way, and what will you do differently? Press Enter to skip.
            > The wizard slipped a week
            Review saved. The set's grade: 0.7 (green).
            > /retro
            Retrospective of Growth, 2026-Q4: a few short questions. Press Enter to skip one.
            What went well this cycle?
            > Weekly check-ins kept us honest
            What did not go well?
            > Too many side projects
            What did you learn about how you set and follow up your OKRs?
            > Set fewer key results and check in every Monday
            What will you change next cycle?
            > Two key results per objective
            Retrospective saved. When you start the next set with /new, I'll remind you of it.
            """, in: CycleFixtures.checkedIn("en"))
        CycleFixtures.expectReviewedAndLookedBack(conversation.session.set)
    }

    @Test func kindsTargetsAndMissingBaselines() {
        let conversation = expectTranscript(
            """
            > /checkin
            Weekly check-in of Growth, 2026-Q4 (2026-11-15). For each key result: where it stands, how confident you are, and a note if you like.
            How does key result 1.1 keep score: increase, decrease, at least (stay at or above), at most (stay at or below), or milestone (done or not)? “Weekly uptime 99.9 %”
            > maybe
            Please answer increase, decrease, at least, at most or milestone.
            How does key result 1.1 keep score: increase, decrease, at least (stay at or above), at most (stay at or below), or milestone (done or not)? “Weekly uptime 99.9 %”
            > at least
            1.1 “Weekly uptime 99.9 %”, last: no check-in yet. Where does it stand now? Press Enter if you have no number this week.
            > 99.95
            1.1 ██████████ held
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 9
            A note for the team? Press Enter to skip.
            >
            What is the target of key result 1.2, “Increase revenue by 20 %”? Give the number.
            > 1200
            1.2 “Increase revenue by 20 %”, last: no check-in yet. Where does it stand now? Press Enter if you have no number this week.
            > 1000
            It has no baseline, so 1000 is its baseline from now on.
            1.2 ░░░░░░░░░░ 0%
            How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?
            > 7
            A note for the team? Press Enter to skip.
            >
            Check-in of 2026-11-15 saved. See you next week.
            """, in: Conversation(resuming: CycleFixtures.kindsSession("en")))
        CycleFixtures.expectKindsAndTargetsKept(conversation.session.set)
    }
}

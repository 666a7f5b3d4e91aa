import CoachEngine
import OKRCore
import Testing

/// Numbers in a check-in: each language's way of writing them, hostile answers asked again
/// with the reason, and values stored before there was a limit shown without a crash.
struct CheckInNumbersTests {
    private static let forms = [
        ("en", "Please give the value as one number, for example 1,850.5 or 68 %."),
        ("nb", "Oppgi verdien som ett tall, for eksempel 1 850,5 eller 68 %."),
        ("sv", "Ange värdet som ett tal, till exempel 1 850,5 eller 68 %."),
        ("nl", "Geef de waarde als één getal, bijvoorbeeld 1.850,5 of 68%."),
    ]

    private static let ranges = [
        "en": "That number is too large. Please give a value between −1,000,000,000,000,000 and 1,000,000,000,000,000.",
        "nb": "Tallet er for stort. Oppgi en verdi mellom −1 000 000 000 000 000 og 1 000 000 000 000 000.",
        "sv": "Talet är för stort. Ange ett värde mellan −1 000 000 000 000 000 och 1 000 000 000 000 000.",
        "nl": "Dat getal is te groot. Geef een waarde tussen −1.000.000.000.000.000 en 1.000.000.000.000.000.",
    ]

    private func checkIn(_ language: String) -> Conversation {
        var conversation = Conversation(resuming: CycleFixtures.session(language))
        conversation.type("/checkin")
        return conversation
    }

    /// The crash from chat: 20000000000000000000 at a check-in. It is asked again, and the check-in goes on.
    @Test(arguments: TestCoach.codes) func aValueTooLargeIsAskedAgainWithTheLimit(_ language: String) {
        var conversation = checkIn(language)
        let question = conversation.question
        for answer in ["20000000000000000000", "-20000000000000000000", "1000000000000001"] {
            let replies = conversation.type(answer).map(\.text)
            #expect(replies == [Self.ranges[language]!, question], "\(answer)")
        }
        conversation.type("480")
        #expect(conversation.session.activity?.pending?.value == 480)
    }

    @Test(arguments: forms) func whatIsNotOneNumberIsAskedAgainInTheLanguage(_ language: String, _ message: String) {
        var conversation = checkIn(language)
        let question = conversation.question
        for answer in ["1e309", "5e2", "0x10", "1.2.3", "480 (was 400)", "12\u{1B}[2J", "12\u{0}"] {
            let replies = conversation.type(answer).map(\.text)
            #expect(replies == [message, question], "\(language): \(answer)")
            #expect(conversation.session.activity?.pending?.value == nil)
        }
    }

    @Test(arguments: [
        ("en", "1,850.5", 1850.5), ("en", "68 %", 68), ("en", "-3", -3), ("nb", "4,5 timer", 4.5),
        ("nb", "1 000", 1000),
        ("sv", "1 850,5", 1850.5), ("nl", "50.000", 50000), ("nl", "4,5", 4.5),
    ])
    func eachLanguageWritesItsOwnNumbers(_ language: String, _ answer: String, _ value: Double) {
        var conversation = checkIn(language)
        conversation.type(answer)
        #expect(conversation.session.activity?.pending?.value == value)
    }

    /// English once read "1 000" as 1 and "4,5" as 4 without a word.
    @Test func englishRefusesWhatItWouldHaveMisread() {
        var conversation = checkIn("en")
        for answer in ["1 000", "4,5"] {
            #expect(conversation.type(answer).first?.text == Self.forms[0].1)
        }
    }

    @Test func aConfidenceIsAWholeNumberFromOneToTen() {
        var conversation = checkIn("en")
        conversation.type("480")
        let question = conversation.question
        for answer in ["20000000000000000000", "1e1", "0x7", "7.0", "-3", "11", "nan", "7\u{0}"] {
            #expect(
                conversation.type(answer).map(\.text)
                    == ["Please answer on track, at risk, off track, or a number from 1 to 10.", question], "\(answer)")
        }
        conversation.type("7")
        #expect(conversation.session.activity?.pending?.confidence == 7)
    }

    @Test func aTargetAskedAtTheCheckInIsReadTheSameWay() {
        var session = CycleFixtures.session("en")
        session.set.objectives[0].keyResults = [KeyResult("Grow weekly revenue")]
        var conversation = Conversation(resuming: session)
        conversation.type("/checkin", "increase")
        let question = conversation.question
        #expect(question.hasPrefix("What is the target of key result 1.1"))
        #expect(conversation.type("1e20").map(\.text) == [Self.forms[0].1, question])
        #expect(conversation.type("20000000000000000000").map(\.text) == [Self.ranges["en"]!, question])
        conversation.type("5,000")
        #expect(conversation.session.set.objectives[0].keyResults[0].target == 5000)
    }

    /// A set saved before there was a limit holds 1e20: the check-in, its progress and the
    /// change since then are shown, not a crash.
    @Test(arguments: TestCoach.codes) func aValueStoredBeforeTheLimitIsShown(_ language: String) {
        var session = CycleFixtures.session(language)
        session.set.objectives[0].keyResults[0].checkIns = [
            CheckIn(day: Day(year: 2026, month: 11, day: 2), value: 1e20, confidence: 7)
        ]
        session.set.objectives[0].keyResults[1].baseline = -1e300
        session.set.objectives[0].keyResults[1].checkIns = [
            CheckIn(day: Day(year: 2026, month: 11, day: 2), value: .greatestFiniteMagnitude)
        ]
        var conversation = Conversation(resuming: session)
        let start = conversation.type("/checkin")
        #expect(start.last?.text.contains("1e+20") == true, "\(start)")
        let progress = conversation.type("500").map(\.text)
        #expect(progress.contains { $0.contains("1e+20") }, "\(progress)")
        let next = conversation.type("7", "")
        #expect(next.last?.text.contains("7976931348623157e+308") == true, "\(next)")
        conversation.type("12")
        #expect(conversation.session.activity != nil)
    }
}

/// A check-in under way resumed with another named day (`okrcoach checkin --date`).
struct ResumedCheckInDayTests {
    private let november2 = Day(year: 2026, month: 11, day: 2)
    private let november9 = Day(year: 2026, month: 11, day: 9)

    /// A check-in of 2 November stopped at key result 1.2, with its value typed but no confidence yet.
    private func unfinished() -> Session {
        let coach = TestCoach.coach
        var turn = coach.begin(.checkIn, in: CycleFixtures.session("en"), today: november2, dayNamed: true)
        for line in ["480", "on track", "", "12"] { turn = coach.respond(to: line, in: turn.session, today: november2) }
        return turn.session
    }

    @Test func anotherNamedDayKeepsWhatWasAnsweredAndStartsANewCheckIn() throws {
        let turn = TestCoach.coach.begin(.checkIn, in: unfinished(), today: november9, dayNamed: true)
        #expect(
            turn.replies.first?.text
                == "The check-in of 2026-11-02 was not finished; what was answered for 2026-11-02 is kept. This check-in is for 2026-11-09 and starts from the first key result."
        )
        #expect(turn.replies.contains { $0.text.hasPrefix("Weekly check-in of") && $0.text.contains("(2026-11-09)") })
        #expect(turn.session.activity?.day == november9)
        #expect(turn.session.activity?.keyResult == 0)
        let results = turn.session.set.objectives[0].keyResults
        #expect(results[0].checkIns.map(\.day) == [november2])
        #expect(results[1].checkIns.map(\.value) == [12], "the value typed for 1.2 on 2 November is kept")
        #expect(results[1].checkIns.map(\.day) == [november2])
    }

    @Test func theSameDayOrNoNamedDayGoesOnWhereItStopped() {
        let session = unfinished()
        for turn in [
            TestCoach.coach.begin(.checkIn, in: session, today: november2, dayNamed: true),
            TestCoach.coach.begin(.checkIn, in: session, today: november9),
        ] {
            #expect(
                turn.replies.map(\.text) == [
                    "How confident are you of reaching it: on track, at risk, off track, or a score from 1 to 10?"
                ])
            #expect(turn.session.activity?.day == november2)
        }
    }

    @Test func aResumedReviewTakesTheNamedDay() {
        let coach = TestCoach.coach
        var turn = coach.begin(.review, in: CycleFixtures.checkedIn("en").session, today: november2, dayNamed: true)
        turn = coach.respond(to: "committed", in: turn.session, today: november2)
        turn = coach.begin(.review, in: turn.session, today: november9, dayNamed: true)
        #expect(turn.session.activity?.day == november9)
        for line in ["", "", "", ""] { turn = coach.respond(to: line, in: turn.session, today: november9) }
        #expect(turn.session.set.reviewed == november9)
    }
}

/// A baseline or target typed while drafting is written into the key result: one beyond the
/// limit would make every later figure meaningless, so it is asked again.
struct DraftNumberAnswerTests {
    @Test func aTargetOrBaselineBeyondTheLimitIsAskedAgain() {
        var conversation = Conversation(language: "en")
        conversation.type(
            "Growth", "", "",
            "Make onboarding effortless for small clinics in order to keep every clinic that signs up",
            "Launch the new onboarding flow", "activation rate")
        let target = conversation.question
        #expect(target == "Where should it be at the end? Give the number you aim for.")
        let tooLarge =
            "That number is too large. Please give a value between −1,000,000,000,000,000 and 1,000,000,000,000,000."
        for answer in [
            "20000000000000000000", "20000000000000000000 clinics", "-1000000000000001",
            String(repeating: "9", count: 400),
        ] {
            #expect(conversation.type(answer).map(\.text) == [tooLarge, target], "\(answer)")
        }
        conversation.type("45%")
        #expect(conversation.question == "What is the value today?")
        #expect(conversation.type("30000000000000000000%").map(\.text) == [tooLarge, "What is the value today?"])
        conversation.type("30%", "")
        #expect(conversation.question.contains("from 30% to 45%"))
    }
}

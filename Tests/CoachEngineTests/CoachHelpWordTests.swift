import ChatCoach
import CoachEngine
import OKRCore
import Testing

/// Answers that ask what a question means, in any language: explained, never kept as content.
struct CoachHelpWordTests {
    private func atObjective(_ language: String) -> Conversation {
        var conversation = Conversation(language: language)
        conversation.type("Team", "", "")
        return conversation
    }

    @Test(arguments: [
        "?", "??", "? ?", "？", "Help", "HJELP!", "hjälp?", "hulp", "What?", "wat?", "help me", "hva?",
        String(repeating: "?", count: 16_000),
    ])
    func helpWordsGetTheQuestionExplained(_ answer: String) {
        var conversation = atObjective("en")
        let replies = conversation.type(answer)
        #expect(replies.first?.text == TestCoach.coach.texts(for: conversation.session).message("help_objective"))
        #expect(conversation.question.hasPrefix("What do you want to achieve this cycle?"))
        #expect(conversation.session.draft.objective == nil)
        #expect(conversation.session.set.objectives.isEmpty)
    }

    /// Before the language is chosen, a help word of one language answers in that language; "?" tells none.
    @Test(arguments: [
        ("hjelp", "nb"), ("hjälp", "sv"), ("weet ik niet", "nl"), ("no idea", "en"), ("?", nil), ("help", nil),
    ])
    func aHelpWordOfOneLanguageChoosesIt(_ answer: String, _ language: String?) {
        var conversation = Conversation()
        let replies = conversation.type(answer)
        #expect(conversation.session.language == language.map { LanguageCode($0) })
        #expect(replies.first?.text == TestCoach.coach.texts(for: conversation.session).message("help_team"))
    }

    /// Text that holds a question mark or a help word among other words is an answer.
    @Test(arguments: [
        "?\u{7}", "\u{0}?", "\u{1B}[2J?", "Help clinics grow so that they stay", "What? Grow so that clinics stay",
    ])
    func textAroundAQuestionMarkIsAnAnswer(_ answer: String) {
        var conversation = atObjective("en")
        let replies = conversation.type(answer)
        #expect(replies.first?.text != TestCoach.coach.texts(for: conversation.session).message("help_objective"))
        let taken = conversation.session.draft.objective ?? conversation.session.set.objectives.first?.title
        #expect(taken == answer)
    }

    /// "Don't know" anywhere but the starting value is a help request too: no objective "no idea".
    @Test(arguments: [("en", "no idea"), ("nb", "vet ikke"), ("sv", "vet inte"), ("nl", "weet ik niet")])
    func dontKnowElsewhereGetsHelp(_ language: String, _ answer: String) {
        var conversation = atObjective(language)
        let replies = conversation.type(answer)
        #expect(replies.first?.text == TestCoach.coach.texts(for: conversation.session).message("help_objective"))
        #expect(conversation.session.draft.objective == nil)
    }

    /// In chat "?" at "How would you count it?" was kept as the measure.
    @Test func inChatAQuestionMarkIsNoMeasure() async {
        var chat = Chat()
        await chat.say("kari", "hei")
        for line in ["Vekst", "", "", "Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss"] {
            await chat.say("kari", line)
        }
        let measure = await chat.say("kari", "Øke antall klinikker som er aktive hver uke")
        #expect(measure.last?.contains("Hvordan vil dere telle det?") == true, "\(measure)")
        let help = await chat.say("kari", "?")
        #expect(help.first?.contains("Si med noen få ord hva dere teller") == true, "\(help)")
        #expect(help.last?.contains("Hvordan vil dere telle det?") == true, "\(help)")
        #expect(chat.saved["nick:testnet:kari"]?.draft.keyResult?.measure != "?")
        #expect(chat.saved["nick:testnet:kari"]?.draft.keyResult?.measureGiven == false)
    }

    /// At the check-in, "don't know" for this week's value is no value, as Enter is; "?" asks for a number.
    @Test(arguments: [("en", "don't know"), ("nb", "vet ikke"), ("sv", "vet inte"), ("nl", "weet ik niet")])
    func dontKnowAtTheCheckInIsNoValueThisWeek(_ language: String, _ answer: String) {
        var conversation = Conversation(resuming: CycleFixtures.session(language))
        conversation.type("/checkin")
        let texts = TestCoach.coach.texts(for: conversation.session)
        let asked = conversation.question
        #expect(conversation.type("?").first?.text == texts.message("reprompt_number"))
        #expect(conversation.question == asked)
        let replies = conversation.type(answer)
        #expect(replies.first?.text == texts.message("no_value"), "\(conversation.text)")
        #expect(conversation.session.activity?.pending?.value == nil)
    }
}

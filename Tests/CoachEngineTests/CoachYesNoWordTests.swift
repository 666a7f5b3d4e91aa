import CoachEngine
import OKRCore
import Testing

/// Yes and no as people say them ("ja takk", "nä", "nee hoor", "yes please"), taken as yes or no
/// in every language, while a longer answer that only starts with them is not.
struct CoachYesNoWordTests {
    /// A conversation in a language with one objective and one key result saved, at "Add another objective? (yes/no)".
    private func atAnotherObjective(_ language: String) -> Conversation {
        let answers: [String: [String]] = [
            "en": ["Delight clinics so that they recommend us", "Increase NPS from 30 to 45 by March", "yes", "done"],
            "nb": [
                "Begeistre klinikkene slik at de anbefaler oss", "Øke NPS fra 30 til 45 innen mars", "ja", "ferdig",
            ],
            "sv": [
                "Glädja klinikerna så att de rekommenderar oss", "Öka NPS från 30 till 45 senast i mars", "ja", "klar",
            ],
            "nl": [
                "Klinieken enthousiast maken zodat ze ons aanbevelen", "De NPS verhogen van 30 naar 45 uiterlijk maart",
                "ja", "klaar",
            ],
        ]
        var conversation = Conversation(language: language)
        conversation.type(["Team", "", ""] + answers[language]!)
        return conversation
    }

    private func message(_ key: String, _ conversation: Conversation) -> String {
        TestCoach.coach.texts(for: conversation.session).message(key)
    }

    @Test(arguments: [
        ("en", "yes please"), ("en", "Yes, please!"), ("en", "yep"),
        ("nb", "ja takk"), ("nb", "Ja, takk."), ("nb", "ja gjerne"),
        ("sv", "ja tack"), ("sv", "Ja, tack!"), ("sv", "ja gärna"),
        ("nl", "ja hoor"), ("nl", "Ja, hoor"), ("nl", "ja graag"),
    ])
    func yesAsPeopleSayItIsYes(_ language: String, _ answer: String) {
        var conversation = atAnotherObjective(language)
        #expect(conversation.question == message("ask_more_objectives", conversation), "\(conversation.text)")
        conversation.type(answer)
        #expect(conversation.question == message("ask_objective", conversation), "\(conversation.text)")
        #expect(TestCoach.coach.yesOrNo(answer) == true)
    }

    @Test(arguments: [
        ("en", "nope"), ("en", "No, thanks."),
        ("nb", "nei takk"), ("nb", "Nei, takk"),
        ("sv", "nä"), ("sv", "Nä tack!"), ("sv", "nä, tack"),
        ("nl", "nee hoor"), ("nl", "Nee, hoor."), ("nl", "nee, dank je"),
    ])
    func noAsPeopleSayItIsNo(_ language: String, _ answer: String) {
        var conversation = atAnotherObjective(language)
        conversation.type(answer)
        #expect(conversation.transcript.contains(message("finished", conversation)), "\(conversation.text)")
        #expect(!conversation.transcript.contains(message("reprompt_yes_no", conversation)))
        #expect(TestCoach.coach.yesOrNo(answer) == false)
    }

    /// The words are whole answers: a sentence that starts with one is neither yes nor no.
    @Test(arguments: [
        ("en", "yes please, but later"), ("en", "nope, not yet"),
        ("nb", "ja takk, men neste uke"), ("nb", "nei takk til flere"),
        ("sv", "ja tack, men senare"), ("sv", "nä, inte nu heller kanske"),
        ("nl", "ja hoor, maar later"), ("nl", "nee hoor, nog niet"),
    ])
    func aLongerAnswerThatStartsWithThemIsNeither(_ language: String, _ answer: String) {
        var conversation = atAnotherObjective(language)
        let question = conversation.question
        let replies = conversation.type(answer)
        #expect(replies.first?.text == message("reprompt_yes_no", conversation), "\(conversation.text)")
        #expect(conversation.question == question)
        #expect(TestCoach.coach.yesOrNo(answer) == nil)
    }

    /// At a proposal, yes as people say it accepts it, in the person's language.
    @Test(arguments: [
        ("nb", "Øke NPS til 45 innen mars", "30", "ja takk", "Nøkkelresultat 1.1: Øke NPS fra 30 til 45 innen mars"),
        (
            "sv", "Öka NPS till 45 senast i mars", "30", "ja tack",
            "Nyckelresultat 1.1: Öka NPS från 30 till 45 senast i mars"
        ),
        (
            "nl", "De NPS verhogen naar 45 uiterlijk maart", "30", "ja hoor",
            "Kernresultaat 1.1: De NPS verhogen van 30 naar 45 uiterlijk maart"
        ),
        (
            "en", "Increase NPS to 45 by March", "30", "yes please",
            "Key result 1.1: Increase NPS from 30 to 45 by March"
        ),
    ])
    func yesAsPeopleSayItAcceptsAProposal(
        _ language: String, _ keyResult: String, _ baseline: String, _ yes: String, _ saved: String
    ) {
        let objective = [
            "en": "Delight clinics so that they recommend us", "nb": "Begeistre klinikkene slik at de anbefaler oss",
            "sv": "Glädja klinikerna så att de rekommenderar oss",
            "nl": "Klinieken enthousiast maken zodat ze ons aanbevelen",
        ][language]!
        var conversation = Conversation(language: language)
        conversation.type("Team", "", "", objective, keyResult, baseline, yes)
        #expect(conversation.transcript.contains(saved), "\(conversation.text)")
    }
}

import CoachEngine
import OKRCore
import Testing

/// How the coach takes particular answers: done, no, no idea, capitals, deadlines, reasons.
struct CoachAnswerTests {
    /// A conversation in a language, up to the first key result of an objective with a reason.
    private func atFirstKeyResult(_ language: String, objective: String) -> Conversation {
        var conversation = Conversation(language: language)
        conversation.type("Team", "", "", objective)
        return conversation
    }

    @Test func doneAtTheKeyResultQuestionMovesOn() {
        var conversation = atFirstKeyResult("en", objective: "Delight clinics so that they recommend us")
        conversation.type("Increase NPS from 30 to 45 by March", "yes")
        #expect(conversation.question == "Key result 1.2, or “done” to move on:")
        conversation.type("done")
        #expect(conversation.question == "Add another objective? (yes/no)")
    }

    @Test func noToAProposalAsksForYourOwnVersion() {
        var conversation = atFirstKeyResult("en", objective: "Delight clinics so that they recommend us")
        conversation.type("Increase NPS to 45 by March", "30")
        #expect(
            conversation.question == "How about: “Increase NPS from 30 to 45 by March”? Answer yes, or write your own.")
        let replies = conversation.type("no")
        #expect(replies.first?.text == "Please write a few words, or type /help.")
        #expect(
            conversation.question == "How about: “Increase NPS from 30 to 45 by March”? Answer yes, or write your own.")
    }

    /// "No idea" as the starting value is no value: the key result goes on without one, and the
    /// advice is to measure it first (its first check-in becomes the starting value).
    @Test(arguments: [("nb", "ingen anelse"), ("sv", "ingen aning"), ("nl", "geen idee"), ("en", "no idea")])
    func noIdeaIsNoValue(_ language: String, _ answer: String) {
        let objective = [
            "en": "Delight clinics so that they recommend us", "nb": "Begeistre klinikkene slik at de anbefaler oss",
            "sv": "Glädja klinikerna så att de rekommenderar oss",
            "nl": "Klinieken enthousiast maken zodat ze ons aanbevelen",
        ][language]!
        let keyResult = [
            "en": "Increase NPS to 45 by March", "nb": "Øke NPS til 45 innen mars",
            "sv": "Öka NPS till 45 senast i mars",
            "nl": "De NPS verhogen naar 45 uiterlijk maart",
        ][language]!
        var conversation = atFirstKeyResult(language, objective: objective)
        conversation.type(keyResult)
        let texts = TestCoach.coach.texts(for: conversation.session)
        #expect(conversation.question == texts.message("ask_baseline"), "\(conversation.text)")
        let replies = conversation.type(answer)
        #expect(replies.first?.text == texts.message("baseline_unknown"), "\(conversation.text)")
        #expect(conversation.session.draft.keyResult?.from == nil)
        #expect(
            conversation.question == texts.message("propose_key_result", ["text": keyResult]), "\(conversation.text)")
    }

    @Test func theMeasureIsWrittenWithTheRightCapital() {
        var dutch = atFirstKeyResult("nl", objective: "Klinieken enthousiast maken zodat ze ons aanbevelen")
        dutch.type("Een nieuwe onboarding lanceren", "het activatiepercentage", "45%", "30%", "")
        #expect(dutch.question.contains("“Het activatiepercentage verhogen van 30% naar 45% uiterlijk eind 2026-Q4”"))
        var norwegian = atFirstKeyResult("nb", objective: "Begeistre klinikkene slik at de anbefaler oss")
        norwegian.type("Lansere ny onboarding", "Aktiveringsgraden", "45 %", "30 %", "innen utgangen av mars")
        #expect(norwegian.question.contains("«Øke aktiveringsgraden fra 30 % til 45 % innen utgangen av mars»"))
    }

    @Test func aDeadlineKeepsItsOwnWords() {
        var dutch = atFirstKeyResult("nl", objective: "Klinieken enthousiast maken zodat ze ons aanbevelen")
        dutch.type("De NPS verhogen naar 45", "32", "eind maart")
        #expect(dutch.question.contains("“De NPS verhogen van 32 naar 45 uiterlijk eind maart”"))
        var english = atFirstKeyResult("en", objective: "Delight clinics so that they recommend us")
        english.type("Increase NPS to 45", "32", "by 31 March")
        #expect(english.question.contains("“Increase NPS from 32 to 45 by 31 March”"))
    }

    @Test func aMeasureKeepsWordsAfterFromWithoutANumber() {
        var dutch = atFirstKeyResult("nl", objective: "Klinieken enthousiast maken zodat ze ons aanbevelen")
        dutch.type(
            "De gemiddelde reactietijd van de klantenservice terugbrengen naar 8 uur uiterlijk 31 december", "24 uur")
        #expect(
            dutch.question.contains(
                "“De gemiddelde reactietijd van de klantenservice verlagen van 24 uur naar 8 uur uiterlijk 31 december”"
            ))
    }

    @Test func aReasonAsAClauseGetsSoThat() {
        var norwegian = Conversation(language: "nb")
        norwegian.type("Team", "", "", "Gjøre oppstarten enkel", "kundene blir værende")
        #expect(norwegian.question.contains("«Gjøre oppstarten enkel slik at kundene blir værende»"))
        var english = Conversation(language: "en")
        english.type("Team", "", "", "Make onboarding effortless", "keep every clinic")
        #expect(english.question.contains("“Make onboarding effortless in order to keep every clinic”"))
    }
}

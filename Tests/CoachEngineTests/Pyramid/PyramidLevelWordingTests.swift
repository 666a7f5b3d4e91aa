import CoachEngine
import OKRCore
import Testing

/// What a native reviewer found drafting the organisation's levels, in every language: the level's
/// summary labelled its objectives "O1" while they are saved as "A1" or "S1", a level was called
/// "a set" when resumed and on leaving, and every empty line after a level repeated that it is saved.
struct PyramidLevelWordingTests {
    /// One language's answers and what the coach should say to them.
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let objective: String
        let keyResult: String
        let no: String
        /// The ids the first one-year and company objectives are saved under.
        let yearlyID: String
        let companyID: String
        /// How an unfinished draft of one-year objectives is offered again, up to its title.
        let resumeYearly: String
        /// What leaving says of finished one-year objectives, and of an unfinished draft of them.
        let leftYearly: String
        let leftYearlyDraft: String
        var testDescription: String { code }
    }

    static let cases = [
        Case(
            code: "en", objective: "Win the clinics of Oslo so that we prove the model",
            keyResult: "Increase paying clinics in Oslo from 12 to 40", no: "no", yearlyID: "Y1", companyID: "C1",
            resumeYearly: "You have unfinished one-year objectives: ",
            leftYearly: "The one-year objectives are saved in the organisation.",
            leftYearlyDraft: "Your draft of the one-year objectives is saved. Start okrcoach again to go on."),
        Case(
            code: "nb", objective: "Vinne klinikkene i Oslo for å bevise modellen",
            keyResult: "Øke betalende klinikker i Oslo fra 12 til 40", no: "nei", yearlyID: "A1", companyID: "S1",
            resumeYearly: "Du har et uferdig utkast til ettårsmål: ",
            leftYearly: "Ettårsmålene er lagret i organisasjonen.",
            leftYearlyDraft: "Utkastet til ettårsmålene er lagret. Start okrcoach igjen for å fortsette."),
        Case(
            code: "sv", objective: "Vinna klinikerna i Stockholm för att bevisa modellen",
            keyResult: "Öka betalande kliniker i Stockholm från 12 till 40", no: "nej", yearlyID: "A1",
            companyID: "F1", resumeYearly: "Du har ett påbörjat utkast till årsmål: ",
            leftYearly: "Årsmålen är sparade i organisationen.",
            leftYearlyDraft: "Utkastet till årsmålen är sparat. Starta okrcoach igen för att fortsätta."),
        Case(
            code: "nl", objective: "De klinieken in Utrecht winnen om het model te bewijzen",
            keyResult: "Het aantal betalende klinieken in Utrecht verhogen van 12 naar 40", no: "nee",
            yearlyID: "J1", companyID: "B1",
            resumeYearly: "Je hebt nog een onafgemaakt concept van de jaardoelstellingen: ",
            leftYearly: "De jaardoelstellingen zijn opgeslagen in de organisatie.",
            leftYearlyDraft:
                "Je concept van de jaardoelstellingen is opgeslagen. Start okrcoach opnieuw om verder te gaan."),
    ]

    /// The words for "set" that a level of the organisation is never called.
    private static let setWords: Set<String> = ["set", "sett", "settet", "settene", "sets"]

    private static func namesASet(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { setWords.contains(String($0)) }
    }

    /// Drafts one objective with one key result at a level (taking the suggested year or cycle).
    private func draft(_ level: DraftLevel, _ language: Case) -> Conversation {
        var conversation = Conversation(level: level, language: language.code, organisation: nil)
        conversation.type("", language.objective, language.keyResult, language.no, language.no)
        return conversation
    }

    /// The level's summary labels each objective, and each finding on it, with the id it is saved
    /// under (nb A1, S1), as the export and `report --tree` show it: never "O1".
    @Test(arguments: cases)
    func aLevelsSummaryShowsTheIDsItsObjectivesAreSavedUnder(_ language: Case) throws {
        for (level, id) in [(DraftLevel.yearly, language.yearlyID), (.company, language.companyID)] {
            let conversation = draft(level, language)
            let saved = try #require(conversation.organisation)
            #expect((saved.yearlyObjectives + saved.companyObjectives).map(\.id) == [id], "\(conversation.text)")
            #expect(conversation.transcript.contains("\(id): \(language.objective)"), "\(conversation.text)")
            // One key result is too few: the finding names the objective by its id.
            #expect(
                conversation.transcript.contains { $0.hasPrefix("[too-few-krs] \(id): ") }, "\(conversation.text)")
            #expect(
                !conversation.transcript.contains { $0.hasPrefix("O1: ") || $0.contains("] O1:") },
                "\(conversation.text)")
        }
    }

    /// A team's set keeps its objectives labelled by their place.
    @Test(arguments: cases)
    func aTeamSetKeepsO1(_ language: Case) {
        var conversation = Conversation(language: language.code)
        conversation.type("Team", "", "", language.objective, language.keyResult, language.no, language.no)
        #expect(conversation.transcript.contains("O1: \(language.objective)"), "\(conversation.text)")
        #expect(conversation.transcript.contains { $0.hasPrefix("[too-few-krs] O1: ") }, "\(conversation.text)")
    }

    /// An unfinished level is offered again, and left, as what it is (one-year objectives, the
    /// mission, company objectives), never as "a set"; a team's set still is one.
    @Test(arguments: cases)
    func aLevelIsNotCalledASetWhenResumedOrLeft(_ language: Case) throws {
        let coach = TestCoach.coach
        var yearly = Conversation(level: .yearly, language: language.code)
        yearly.type("")
        let resume = coach.offerToResume(yearly.session).text
        #expect(resume.hasPrefix(language.resumeYearly), "\(resume)")
        #expect(coach.savedOnLeaving(yearly.session).text == language.leftYearlyDraft)
        #expect(coach.savedOnLeaving(draft(.yearly, language).session).text == language.leftYearly)
        // Each level stored after its first answer (the organisation's name, the year, the cycle).
        for (level, first) in [(DraftLevel.mission, "Acme"), (.yearly, ""), (.company, "")] {
            var conversation = Conversation(level: level, language: language.code)
            conversation.type(first)
            let unfinished = conversation.session
            var finished = unfinished
            finished.finished = true
            for text in [unfinished, finished].flatMap({
                [coach.offerToResume($0).text, coach.savedOnLeaving($0).text]
            }) {
                #expect(!Self.namesASet(text), "\(level): \(text)")
            }
        }
        let team = Conversation(language: language.code).session
        #expect(Self.namesASet(coach.offerToResume(team).text))
        #expect(coach.savedOnLeaving(team).text == coach.texts(for: team).message("left_saved"))
    }

    /// After a level is saved, an empty line (or one of only spaces and tabs) says nothing new: the
    /// prompt comes again. Any other line still says where the level is kept.
    @Test(arguments: cases)
    func anEmptyLineAfterALevelSaysNothingNew(_ language: Case) {
        for level in [DraftLevel.yearly, .company] {
            var conversation = draft(level, language)
            let levelSaved = TestCoach.coach.texts(for: conversation.session).message("level_saved")
            #expect(conversation.lastReplies.last?.text == levelSaved, "\(conversation.text)")
            for line in ["", "   ", "\t", " \t "] {
                #expect(conversation.type(line).isEmpty, "\(level) \(line.debugDescription): \(conversation.text)")
                #expect(conversation.session.finished)
            }
            #expect(conversation.type("\u{0}").last?.text == levelSaved)
        }
        var mission = Conversation(level: .mission, language: language.code)
        mission.type("Acme", "Give small clinics more time for their patients", "")
        #expect(mission.lastReplies.isEmpty, "\(mission.text)")
    }
}

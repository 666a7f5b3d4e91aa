import CoachEngine
import OKRCore
import Testing

/// What a new user found drafting the pyramid in Norwegian, in every language: company objectives
/// drafted before any mission, the cycle suggested as the language writes it, the ids the coach gives,
/// finishing a level again after /back, "/new" with no set before it, and the help's columns.
struct PyramidLeftoverTests {
    /// One language's answers and what the coach should say to them.
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        /// The quarter of `TestCoach.today` as the language writes it.
        let quarter: String
        let objective: String
        let keyResult: String
        let no: String
        /// The heading of the company objectives of an organisation with no name yet.
        let heading: String
        /// The id the first company objective the coach drafts is kept under.
        let companyID: String
        var testDescription: String { code }
    }

    static let cases = [
        Case(
            code: "en", quarter: "2026-Q4", objective: "Win the clinics of Oslo so that we prove the model",
            keyResult: "Increase paying clinics in Oslo from 12 to 40", no: "no",
            heading: "The company objectives for 2026-Q4:", companyID: "C1"),
        Case(
            code: "nb", quarter: "2026-K4", objective: "Vinne klinikkene i Oslo for å bevise modellen",
            keyResult: "Øke betalende klinikker i Oslo fra 12 til 40", no: "nei",
            heading: "Selskapsmålene for 2026-K4:", companyID: "S1"),
        Case(
            code: "sv", quarter: "2026-Q4", objective: "Vinna klinikerna i Stockholm för att bevisa modellen",
            keyResult: "Öka betalande kliniker i Stockholm från 12 till 40", no: "nej",
            heading: "Företagsmålen för 2026-Q4:", companyID: "F1"),
        Case(
            code: "nl", quarter: "2026-Q4", objective: "De klinieken in Utrecht winnen om het model te bewijzen",
            keyResult: "Het aantal betalende klinieken in Utrecht verhogen van 12 naar 40", no: "nee",
            heading: "De bedrijfsdoelstellingen voor 2026-Q4:", companyID: "B1"),
    ]

    /// Drafts one company objective, taking the suggested cycle, before any mission names the organisation.
    private func draftCompanyObjective(_ language: Case) -> Conversation {
        var conversation = Conversation(level: .company, language: language.code, organisation: nil)
        conversation.type("", language.objective, language.keyResult, language.no, language.no)
        return conversation
    }

    /// Before any /mission the organisation has no name: the company objectives are headed with their
    /// cycle alone, not as "a set without a team"; the cycle suggested and kept is the language's
    /// way of naming the quarter (nb 2026-K4); the objective is kept under the language's letter.
    @Test(arguments: cases)
    func companyObjectivesBeforeAnyMission(_ language: Case) throws {
        let conversation = draftCompanyObjective(language)
        #expect(conversation.transcript[1].contains(language.quarter), "\(conversation.text)")
        #expect(conversation.transcript.contains(language.heading), "\(conversation.text)")
        let untitled = ["a set without a team", "et sett uten team", "ett set utan team", "een set zonder team"]
        #expect(!untitled.contains { conversation.text.contains($0) }, "\(conversation.text)")
        let organisation = try #require(conversation.organisation)
        #expect(organisation.cycles.map(\.cycle) == [language.quarter])
        #expect(organisation.companyObjectives.map(\.id) == [language.companyID])
    }

    /// Going back from the end of a level and finishing it again keeps its objectives once, under
    /// the same ids, in the organisation the coach keeps.
    @Test(arguments: cases)
    func finishingALevelAgainAfterBackKeepsOneCopy(_ language: Case) throws {
        var conversation = draftCompanyObjective(language)
        conversation.type("/back", language.no)
        let organisation = try #require(conversation.organisation)
        #expect(organisation.companyObjectives.map(\.id) == [language.companyID], "\(conversation.text)")
        #expect(organisation.cycles.count == 1)
    }

    /// A stored session's kept ids are read from outside: blank, control-character, spaced, huge or
    /// repeated ones are not given again; the objectives get valid, distinct ids of the language.
    @Test func hostileKeptIDsAreNotGivenAgain() {
        let coach = TestCoach.coach
        var session = coach.newSession(id: "hostile", language: LanguageCode("nb"), level: .company)
        session.set.cycle = "2027-K1"
        session.set.objectives = (1...4).map { Objective(title: "Vinne klinikkene i by \($0) for å vokse") }
        session.levelIDs = ["", "S\u{0}1", "S 2", String(repeating: "S", count: 100_000), "\u{202E}S3", "-1", "-1"]
        let ids = coach.organisation(with: session).companyObjectives.map(\.id)
        #expect(ids == ["-1", "S1", "S2", "S3"])
        #expect(ids.allSatisfy(OrganisationObjective.isValidID))
    }

    /// "/new" says the previous set is saved only where there was one: not before the first answer,
    /// nor after drafting a level of the organisation, which is kept in the organisation.
    @Test(arguments: cases)
    func newSaysThePreviousSetIsSavedOnlyWhereThereIsOne(_ language: Case) {
        var fresh = Conversation(language: language.code)
        let newSet = TestCoach.coach.texts(for: fresh.session).message("new_set")
        #expect(!fresh.type("/new").contains { $0.text == newSet })
        fresh.type("Growth")
        #expect(fresh.type("/new").contains { $0.text == newSet })
        var level = Conversation(level: .mission, language: language.code)
        level.type("Acme", "Give small clinics more time for their patients")
        #expect(!level.type("/new").contains { $0.text == newSet }, "\(level.text)")
    }

    /// Spoken to after a level is finished (a stray line, /help), the coach says where the level is
    /// kept and what comes next, not a team's "good luck this cycle, come back for the check-in".
    @Test(arguments: cases)
    func aFinishedLevelDoesNotWishLuckForTheCycle(_ language: Case) {
        var conversation = draftCompanyObjective(language)
        let texts = TestCoach.coach.texts(for: conversation.session)
        let levelSaved = texts.message("level_saved")
        for line in ["hello", "/help"] {
            let replies = conversation.type(line).map(\.text)
            #expect(replies.last == levelSaved, "\(replies)")
            #expect(!replies.contains(texts.message("finished")) && !replies.contains(texts.message("saved")))
        }
    }

    /// Every command line of the help starts its description in the same column, at the terminal
    /// and in chat: the level commands too.
    @Test(arguments: cases)
    func theHelpKeepsItsColumns(_ language: Case) {
        let texts = TestCoach.coach.texts(for: Conversation(language: language.code).session)
        for prefix in ["/", "!"] {
            let help = texts.help(prefix: prefix, atTerminal: prefix == "/", languages: TestCoach.coach.languageList)
            let columns = help.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix("  " + prefix), let gap = line.dropFirst(2).firstRange(of: "  ") else {
                    return nil
                }
                let description = line[gap.upperBound...].drop { $0 == " " }
                return line.count - description.count
            }
            #expect(columns.count >= 15, "\(help)")
            #expect(Set(columns).count == 1, "\(help)")
        }
    }
}

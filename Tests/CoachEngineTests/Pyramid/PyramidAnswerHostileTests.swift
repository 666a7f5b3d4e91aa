import CoachEngine
import OKRCore
import Testing

/// The new answers the pyramid's flows take from outside, fed what no one should type: a choice's
/// number that is huge, negative, zero, past the list, written in other digits or with control
/// characters; a year that is out of range or not a year; titles with control characters.
struct PyramidAnswerHostileTests {
    /// A team's conversation at the question which company objective its first objective serves.
    private func atTheTeamsChoice() -> Conversation {
        var conversation = Conversation(level: .team, language: "en", organisation: PyramidSamples.organisation("en"))
        conversation.type("Growth", "2027-Q1")
        return conversation
    }

    @Test(arguments: [
        "0", "-1", "3", "99999999999999999999", "9223372036854775808", "1e1", "1.0", "１", "٢", "two", "\u{07}1",
        "1\u{0}", "\u{1B}[31m1", "C9", "yes", "no", String(repeating: "1", count: 5000),
    ])
    func aChoiceOutsideTheListIsAskedAgain(_ answer: String) {
        var conversation = atTheTeamsChoice()
        let step = conversation.session.step
        conversation.type(answer)
        #expect(conversation.session.step == step)
        #expect(conversation.session.draft.parent == nil)
        #expect(
            conversation.lastReplies.first?.text
                == "Please type one of the numbers in the list, or press Enter to skip.")
        #expect(
            conversation.question == "Which of them does objective 1 serve? Type its number, or press Enter to skip.")
    }

    @Test(arguments: [("1", "C1"), (" 2 ", "C2"), ("c2", "C2"), ("C1", "C1")])
    func aNumberOrAnIdChooses(_ answer: String, _ id: String) {
        var conversation = atTheTeamsChoice()
        conversation.type(answer)
        #expect(conversation.session.draft.parent == id)
        #expect(conversation.session.set.parents.map(\.id) == [id])
    }

    @Test(arguments: ["", "/skip"])
    func enterOrSkipLeavesTheObjectiveServingNone(_ answer: String) {
        var conversation = atTheTeamsChoice()
        conversation.type(answer, "Make booking effortless for small clinics so that they stay")
        #expect(conversation.session.set.objectives.map(\.parent) == [nil])
        #expect(conversation.session.set.parents.isEmpty)
    }

    @Test func withoutAnOrganisationTheHigherLevelObjectiveIsFreeText() {
        var conversation = Conversation(level: .team, language: "en")
        conversation.type("Growth", "2027-Q1")
        #expect(conversation.question == "Which higher-level objective does it serve? Press Enter to skip.")
    }

    @Test func aCycleTheOrganisationHasNoObjectivesForAsksInFreeText() {
        var conversation = Conversation(level: .team, language: "en", organisation: PyramidSamples.organisation("en"))
        conversation.type("Growth", "2027-Q3")
        #expect(conversation.question == "Which higher-level objective does it serve? Press Enter to skip.")
    }

    @Test func controlCharactersInAnOfferedTitleAreShownAsSigns() {
        var organisation = PyramidSamples.organisation("en")
        organisation.cycles[0].objectives[0].title = "Win\u{1B}[2J Oslo\u{07}"
        var conversation = Conversation(level: .team, language: "en", organisation: organisation)
        conversation.type("Growth", "2027-Q1")
        let line = conversation.transcript.first { $0.hasPrefix("  1. ") } ?? ""
        #expect(line.hasPrefix("  1. Win"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test(arguments: [
        "99999", "-2027", "1899", "2201", "０２０２７", "２０２７", "2027\u{0}", "\u{1B}2027", "twenty", "20 27", "1e3",
        "2027.5", String(repeating: "9", count: 5000),
    ])
    func aYearThatIsNoYearIsAskedAgain(_ answer: String) {
        var conversation = Conversation(level: .yearly, language: "en", organisation: PyramidSamples.organisation("en"))
        conversation.type(answer)
        #expect(conversation.session.step == "year")
        #expect(conversation.session.set.cycle == nil)
        #expect(conversation.lastReplies.first?.text == "Please name a year in four digits, for example “2027”.")
    }

    @Test func aYearInRangeIsTaken() {
        var conversation = Conversation(level: .yearly, language: "en")
        conversation.type(" 2030 ")
        #expect(conversation.session.set.cycle == "2030")
        #expect(conversation.question.hasPrefix("What must 2030 bring?"))
    }

    @Test func theCommandsStartEachLevelInEveryLanguage() {
        let words: [(String, DraftLevel)] = [
            ("/mission", .mission), ("/yearly", .yearly), ("/company", .company), ("/misjon", .mission),
            ("/årsmål", .yearly), ("/selskap", .company), ("/uppdrag", .mission), ("/företag", .company),
            ("/missie", .mission), ("/jaardoelen", .yearly), ("/bedrijf", .company),
        ]
        for (word, level) in words {
            var conversation = Conversation(language: "en")
            conversation.type(word)
            #expect(conversation.effects == [.draft(level)], "\(word)")
        }
    }
}

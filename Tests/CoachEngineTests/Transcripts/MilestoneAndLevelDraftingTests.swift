import CoachEngine
import OKRCore
import Testing

/// The coach drafts a yes/no milestone as a milestone and a level to hold as one, in every language.
struct MilestoneAndLevelDraftingTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let language: String
        let parent: String
        let objective: String
        let milestone: String
        let level: String
        let launch: String
        let measure: String
        var testDescription: String { language }
    }

    static let examples = [
        Example(
            language: "en", parent: "Become the first choice for small clinics",
            objective: "Make onboarding effortless",
            milestone: "Launch the new setup wizard by 15 December", level: "Keep uptime at or above 99.5% every week",
            launch: "Publish the new pricing page", measure: "paid sign-ups per week"),
        Example(
            language: "nb", parent: "Bli førstevalget for små klinikker", objective: "Gjøre oppstarten enkel",
            milestone: "Lansere den nye veiviseren innen 15. desember",
            level: "Holde oppetiden på minst 99,5 % hver uke",
            launch: "Publisere den nye prissiden", measure: "betalte registreringer per uke"),
        Example(
            language: "sv", parent: "Bli förstahandsvalet för små kliniker", objective: "Göra introduktionen enkel",
            milestone: "Lansera den nya guiden senast 15 december", level: "Hålla upptiden på minst 99,5 % varje vecka",
            launch: "Publicera den nya prissidan", measure: "betalda registreringar per vecka"),
        Example(
            language: "nl", parent: "De eerste keus worden voor kleine klinieken",
            objective: "De onboarding moeiteloos maken",
            milestone: "De nieuwe wizard lanceren uiterlijk 15 december",
            level: "De uptime op minstens 99,5% per week houden",
            launch: "De nieuwe prijspagina publiceren", measure: "betaalde aanmeldingen per week"),
    ]

    private func texts(_ conversation: Conversation) -> CoachTexts {
        TestCoach.coach.texts(for: conversation.session)
    }

    @Test(arguments: examples) func milestonesAndLevels(_ example: Example) {
        var conversation = Conversation(language: example.language)
        let texts = texts(conversation)
        // A parent objective is the objective's reason: no "why?".
        conversation.type("Team", "", example.parent, example.objective)
        #expect(conversation.session.set.objectives.map(\.title) == [example.objective])

        // A milestone: said once, one question, and Enter keeps it as written.
        let replies = conversation.type(example.milestone)
        let milestoneMessage = TestCoach.languages.catalog(for: LanguageCode(example.language))
            .texts(for: .keyResultMilestone).message
        #expect(replies.filter { $0.text == milestoneMessage }.count == 1)
        #expect(conversation.question == texts.message("ask_milestone_number"))
        conversation.type("")
        #expect(conversation.session.set.objectives[0].keyResults.map(\.text) == [example.milestone])

        // A level to hold: no starting value asked, saved as written.
        conversation.type("yes", example.level)
        #expect(conversation.session.set.objectives[0].keyResults.map(\.text) == [example.milestone, example.level])
        #expect(!conversation.transcript.contains(texts.message("ask_baseline")))

        // A milestone where a number shows it worked: the number is drafted in its place.
        conversation.type("yes", example.launch, example.measure, "120", "80", "")
        #expect(conversation.question.contains("120") && conversation.question.contains("80"))
        conversation.type("yes")
        let saved = conversation.session.set.objectives[0].keyResults.map(\.text)
        #expect(saved.count == 3)
        #expect(saved.last?.lowercased().contains(example.measure) == true, "\(saved)")
    }
}

extension MilestoneAndLevelDraftingTests {
    /// Hostile answers to "would a number show it worked?": control characters, a huge line,
    /// non-finite and negative numbers are taken as a measure or refused, never a crash.
    @Test(arguments: [
        "\u{0}\u{7}\u{1B}[31mred\u{202E}",
        String(repeating: "clinics ", count: 2000),
        "NaN inf -1e400",
        "-99999999999999999999999999999999",
    ])
    func hostileAnswersToTheMilestoneQuestion(_ answer: String) {
        var conversation = Conversation(language: "en")
        conversation.type(
            "Team", "", "", "Make onboarding effortless so that clinics stay",
            "Launch the new setup wizard by 15 December")
        #expect(
            conversation.question == TestCoach.coach.texts(for: conversation.session).message("ask_milestone_number"))
        conversation.type(answer)
        #expect(!conversation.question.isEmpty)
        #expect(conversation.session.draft.keyResult?.measureGiven ?? true)
    }
}

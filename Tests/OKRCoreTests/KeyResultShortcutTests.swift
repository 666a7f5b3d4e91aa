import OKRCore
import Testing

/// The shortcuts the coach takes while it writes a proposal give what the full reading and
/// review give: the rules broken (without their messages) and the deadline (without the rest).
struct KeyResultShortcutTests {
    static let texts: [(String, String)] =
        KeyResultReadingTests.cases.map { ($0.language, $0.text) } + [
            ("en", ""), ("en", "   "), ("en", "Hire 2 engineers"), ("en", "Increase NPS to 45 by June"),
            ("en", "Increase weekly active clinics from 420 to 600 within 6 weeks and cut churn to 2 %"),
            ("en", "Try to improve retention by about 5 %"), ("nb", "Øke NPS til 45 innen utgangen av K1"),
            ("sv", "Öka NPS till 45 senast i slutet av K1"), ("nl", "De NPS verhogen naar 45 uiterlijk eind Q1"),
            ("en", "Reach NaN users by inf \u{0}\u{1B}[31m"),
        ]

    @Test(arguments: [true, false])
    func rulesBrokenAreTheReviewsRulesInOrder(_ setHasCycle: Bool) {
        let checker = Checker(languages: TestLanguages.shared)
        for (language, text) in Self.texts {
            let reading = KeyResultReadingTests.reading(text, language)
            let review = checker.review(keyResult: reading, setHasCycle: setHasCycle, language: LanguageCode(language))
            #expect(checker.rulesBroken(by: reading, setHasCycle: setHasCycle) == review.map(\.rule), "\(text)")
        }
    }

    @Test func deadlineAloneIsTheReadingsDeadline() {
        for (language, text) in Self.texts {
            let analysis = TextAnalysis(text, lexicon: TestLanguages.catalog(language).lexicon)
            #expect(analysis.keyResultDeadline == KeyResultReadingTests.reading(text, language).deadline, "\(text)")
        }
    }
}

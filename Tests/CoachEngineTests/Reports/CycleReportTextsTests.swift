import CoachEngine
import OKRCore
import Testing

/// The report's words in each locale file, and numbers as each language writes them.
struct CycleReportTextsTests {
    @Test(arguments: TestCoach.codes)
    func everyLanguageHasEveryWord(code: String) {
        let texts = ReportFixtures.texts(code)
        #expect(texts.language == LanguageCode(code))
        for key in CycleReportTexts.Key.allCases {
            #expect(!texts.text(key).isEmpty, "\(code): \(key.rawValue)")
        }
        for topic in TestCoach.coach.retroTopics {
            #expect(texts.question(topic) != topic, "\(code): \(topic)")
        }
    }

    @Test func aMissingKeyIsNamed() {
        let yaml = """
            language: {code: xx}
            numbers: {decimal: ".", grouping: [","]}
            cycle_report: {title_set: "OKRs"}
            """
        #expect(throws: InputError.self) { try CycleReportTexts(yaml: yaml, source: "xx.yaml") }
        do {
            _ = try CycleReportTexts(yaml: yaml, source: "xx.yaml")
        } catch {
            #expect(error.description.contains("cycle_report.title_cycle"))
        }
    }

    @Test func numbersInEachLanguage() {
        let english = ReportFixtures.texts("en")
        let norwegian = ReportFixtures.texts("nb")
        let dutch = ReportFixtures.texts("nl")
        #expect(english.number(860) == "860")
        #expect(english.number(4.5) == "4.5")
        #expect(english.number(99.95) == "99.95")
        #expect(english.number(1850) == "1850")
        #expect(english.number(12400) == "12,400")
        #expect(english.number(1_234_567.891) == "1,234,567.89")
        #expect(norwegian.number(12400.5) == "12 400,5")
        #expect(dutch.number(12400.05) == "12.400,05")
        #expect(norwegian.number(-3) == "−3")
        #expect(norwegian.change(-2.5) == "−2,5")
        #expect(english.change(60) == "+60")
        #expect(english.change(0.001) == "±0")
        #expect(english.percent(0.755) == "76%")
        #expect(norwegian.percent(-0.2) == "−20 %")
        #expect(norwegian.grade(0.7) == "0,7")
        #expect(english.grade(1) == "1.0")
    }
}

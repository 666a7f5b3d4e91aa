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
            format: {percent: "{value}%", plus: "+", minus: "−", unchanged: "±", objective: "O{number}",
              key_result: "KR{number}", key_result_in_objective: "{objective}.{key_result}",
              finding_key_result: "{objective} {key_result}", no_check_in: "none", bands: {red: r, yellow: y, green: g}}
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
        #expect(english.format.number(860) == "860")
        #expect(english.format.number(4.5) == "4.5")
        #expect(english.format.number(99.95) == "99.95")
        #expect(english.format.number(1850) == "1850")
        #expect(english.format.number(12400) == "12,400")
        #expect(english.format.number(1_234_567.891) == "1,234,567.89")
        #expect(norwegian.format.number(12400.5) == "12 400,5")
        #expect(dutch.format.number(12400.05) == "12.400,05")
        #expect(norwegian.format.number(-3) == "−3")
        #expect(norwegian.format.change(-2.5) == "−2,5")
        #expect(english.format.change(60) == "+60")
        #expect(english.format.change(0.001) == "±0")
        #expect(english.format.percent(0.755) == "76%")
        #expect(norwegian.format.percent(-0.2) == "−20 %")
        #expect(norwegian.format.grade(0.7) == "0,7")
        #expect(english.format.grade(1) == "1.0")
    }
}

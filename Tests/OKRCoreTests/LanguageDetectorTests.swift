import OKRCore
import Testing

/// The language is told from the text when a set does not name it.
struct LanguageDetectorTests {
    private let detector = LanguageDetector(TestLanguages.shared)

    /// A text in each shipped language, and its code.
    static let samples = [
        ("Increase the number of active clinics from 40 to 55 by the end of March", "en"),
        ("Øke andelen aktive klinikker fra 40 % til 55 % innen utgangen av mars", "nb"),
        ("Öka andelen aktiva kliniker från 40 % till 55 % senast i slutet av mars", "sv"),
        ("Het aandeel actieve klinieken verhogen van 40% naar 55% uiterlijk eind maart", "nl"),
        ("Redusere ventetiden og øke kundetilfredsheten", "nb"),
        ("Minska väntetiden och öka kundnöjdheten", "sv"),
    ]

    @Test(arguments: samples)
    func detects(_ text: String, _ expected: String) {
        #expect(detector.detect(text) == LanguageCode(expected))
    }

    @Test func noSignIsNoLanguage() {
        #expect(detector.detect("") == nil)
        #expect(detector.detect("NPS 42 % Q3") == nil)
    }

    @Test func aSetWithoutSignsIsCheckedInEnglish() {
        let set = OKRSet(objectives: [Objective(title: "NPS", keyResults: [KeyResult("42 %")])])
        #expect(Checker(languages: TestLanguages.shared).check(set).language == LanguageCode("en"))
    }

    @Test func aSetsLangWinsOverItsText() {
        let set = OKRSet(
            lang: LanguageCode("nl"), objectives: [Objective(title: "Increase the number of clinics")])
        #expect(Checker(languages: TestLanguages.shared).check(set).language == LanguageCode("nl"))
    }

    @Test func aSetIsDetectedFromAllItsText() {
        let set = OKRSet(
            objectives: [
                Objective(
                    title: "Gjøre bookingen enkel for klinikkene",
                    keyResults: [KeyResult("Øke antall bookinger fra 200 til 300 innen juni")])
            ])
        #expect(Checker(languages: TestLanguages.shared).check(set).language == LanguageCode("nb"))
    }
}

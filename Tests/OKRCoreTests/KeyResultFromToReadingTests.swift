import OKRCore
import Testing

/// "From 40 customers to 60 customers": the reader takes the start value when a counted word
/// follows each number, in every language, Dutch "van … naar/tot …" included.
struct KeyResultFromToReadingTests {
    static func reading(_ text: String, _ language: String) -> KeyResultReading {
        KeyResultReading(text, lexicon: TestLanguages.catalog(language).lexicon)
    }

    @Test(arguments: [
        (
            "en", "Grow paying customers from 40 customers to 60 customers by 31 March", 40.0, 60.0,
            KeyResultKind.increase
        ),
        ("en", "Grow paying customers from 40 to 60 customers", 40, 60, .increase),
        ("en", "Cut open complaints from 60 complaints to 40 complaints", 60, 40, .decrease),
        ("nb", "Øke antall betalende kunder fra 40 kunder til 60 kunder innen 31. mars", 40, 60, .increase),
        ("nb", "Øke antall betalende kunder fra 40 til 60 kunder", 40, 60, .increase),
        ("nb", "Redusere antall klager fra 60 klager til 40 klager", 60, 40, .decrease),
        ("sv", "Öka antalet betalande kunder från 40 kunder till 60 kunder senast 31 mars", 40, 60, .increase),
        ("sv", "Öka antalet betalande kunder från 40 till 60 kunder", 40, 60, .increase),
        ("sv", "Minska antalet klagomål från 60 klagomål till 40 klagomål", 60, 40, .decrease),
        ("nl", "Verhoog het aantal betalende klanten van 40 klanten naar 60 klanten", 40, 60, .increase),
        (
            "nl", "Het aantal betalende klanten verhogen van 40 klanten naar 60 klanten uiterlijk 31 maart", 40, 60,
            .increase
        ),
        ("nl", "Het aantal betalende klanten verhogen van 40 naar 60 klanten", 40, 60, .increase),
        ("nl", "Het aantal betalende klanten verhogen van 40 klanten tot 60 klanten", 40, 60, .increase),
        ("nl", "Het aantal klanten verhogen van 40 actieve klanten naar 60 actieve klanten", 40, 60, .increase),
        ("nl", "Het aantal klachten verlagen van 60 klachten naar 40 klachten", 60, 40, .decrease),
    ])
    func readsTheStartBeforeACountedWord(
        _ language: String, _ text: String, _ start: Double, _ target: Double, _ kind: KeyResultKind
    ) {
        let reading = Self.reading(text, language)
        #expect(reading.start?.number == start)
        #expect(reading.target?.number == target)
        #expect(reading.kind == kind)
    }

    /// kr-no-baseline stays silent on a Dutch from-to with counted words, and still fires without a start.
    @Test func baselineRuleReadsTheDutchStart() {
        let checker = Checker(languages: TestLanguages.shared)
        func broken(_ text: String) -> Bool {
            checker.review(keyResult: Self.reading(text, "nl"), setHasCycle: true, language: LanguageCode("nl"))
                .contains { $0.rule == .keyResultNoBaseline }
        }
        #expect(!broken("Het aantal betalende klanten verhogen van 40 klanten naar 60 klanten uiterlijk 31 maart"))
        #expect(broken("Het aantal betalende klanten verhogen naar 60 klanten uiterlijk 31 maart"))
    }

    /// Dutch "van" with no "naar"/"tot" and a number after it gives no start: "van" also means "of".
    @Test(arguments: [
        "Een klanttevredenheidsscore van 4,5 uit 5 halen voor 1 juli",
        "De omzet van 40 klanten met 20% verhogen",
        "Feedback van 40 klanten verzamelen tot 31 maart",
        "Het aantal van 40 klanten, uiterlijk in juni, naar een hoger niveau tillen",
    ])
    func takesNoStartFromVanOfAlone(_ text: String) {
        #expect(Self.reading(text, "nl").start == nil)
    }
}

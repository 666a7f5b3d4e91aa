import OKRCore
import Testing

/// "From 40 customers to 60 customers": the reader takes the start value when a counted word
/// follows each number, in every language, Dutch "van … naar/tot …" included.
struct KeyResultFromToReadingTests {
    static func reading(_ text: String, _ language: String) -> KeyResultReading {
        KeyResultReading(text, lexicon: TestLanguages.catalog(language).lexicon)
    }

    @Test(arguments: [
        ("en", "Grow paying customers from 40 customers to 60 customers by 31 March"),
        ("en", "Grow paying customers from 40 to 60 customers"),
        ("nb", "Øke antall betalende kunder fra 40 kunder til 60 kunder innen 31. mars"),
        ("nb", "Øke antall betalende kunder fra 40 til 60 kunder"),
        ("sv", "Öka antalet betalande kunder från 40 kunder till 60 kunder senast 31 mars"),
        ("sv", "Öka antalet betalande kunder från 40 till 60 kunder"),
        ("nl", "Verhoog het aantal betalende klanten van 40 klanten naar 60 klanten"),
        ("nl", "Het aantal betalende klanten verhogen van 40 klanten naar 60 klanten uiterlijk 31 maart"),
        ("nl", "Het aantal betalende klanten verhogen van 40 naar 60 klanten"),
        ("nl", "Het aantal betalende klanten verhogen van 40 klanten tot 60 klanten"),
        ("nl", "Het aantal klanten verhogen van 40 actieve klanten naar 60 actieve klanten"),
    ])
    func readsTheStartBeforeACountedWord(_ language: String, _ text: String) {
        let reading = Self.reading(text, language)
        #expect(reading.start?.number == 40)
        #expect(reading.target?.number == 60)
        #expect(reading.kind == .increase)
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

    @Test(arguments: [
        ("en", "Cut open complaints from 60 complaints to 40 complaints"),
        ("nb", "Redusere antall klager fra 60 klager til 40 klager"),
        ("sv", "Minska antalet klagomål från 60 klagomål till 40 klagomål"),
        ("nl", "Het aantal klachten verlagen van 60 klachten naar 40 klachten"),
    ])
    func readsADecreaseWithCountedWords(_ language: String, _ text: String) {
        let reading = Self.reading(text, language)
        #expect(reading.start?.number == 60)
        #expect(reading.target?.number == 40)
        #expect(reading.kind == .decrease)
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

    /// Hostile from-to texts: huge, negative, non-finite, control characters and a very long text
    /// give a reading with a finite start or none, never a crash.
    @Test(arguments: [
        "Verhoog klanten van 99999999999999999999999999999999999999 klanten naar 1e309 klanten",
        "Verhoog klanten van 1e309 klanten naar 2e309 klanten",
        "Verlaag verlies van -5 klanten naar -900000000000000000000 klanten",
        "Verhoog klanten van NaN klanten naar inf klanten",
        "Verhoog klanten van 40 \u{0}\u{7}\u{1B}[31m klanten\u{202E} naar 60 klanten",
        String(repeating: "van 40 klanten naar ", count: 5000),
        "van klanten naar klanten tot van naar",
    ])
    func readsHostileFromToTextsWithoutCrashing(_ text: String) {
        for language in TestLanguages.codes.map(\.rawValue) {
            let reading = Self.reading(text, language)
            #expect(reading.text == text)
            #expect(reading.start?.number?.isFinite != false)
            #expect(reading.target?.number?.isFinite != false)
        }
    }
}

import OKRCore
import Testing

/// One reader finds a key result's parts in each language: kind, start, target, bound, deadline, measure.
struct KeyResultReadingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let text: String
        let kind: KeyResultKind?
        let start: Double?
        let target: Double?
        var testDescription: String { "\(language): \(text)" }

        init(_ language: String, _ text: String, _ kind: KeyResultKind?, _ start: Double?, _ target: Double?) {
            self.language = language
            self.text = text
            self.kind = kind
            self.start = start
            self.target = target
        }
    }

    static let cases: [Case] = [
        Case("en", "Increase weekly active clinics from 420 to 600 by 31 March", .increase, 420, 600),
        Case("en", "Reduce time to triage from 24 h to 8 h", .decrease, 24, 8),
        Case("en", "Cut churn to 2 %", .decrease, nil, 2),
        Case("en", "Keep weekly uptime at or above 99.9 %", .atLeast, nil, 99.9),
        Case("en", "Keep support tickets at most 40 a week", .atMost, nil, 40),
        Case("en", "Launch the new setup wizard by 15 February", .milestone, nil, nil),
        Case("en", "Weekly uptime 99.9 %", nil, nil, 99.9),
        Case("en", "Increase revenue by 20 %", .increase, nil, nil),
        Case("en", "99th percentile of time to first result is below 3s", .atMost, nil, 3),
        Case("en", "100% of monthly releases ship on time", .atLeast, nil, 100),
        Case("en", "Retention 68% to 75% by the end of Q1", .increase, 68, 75),
        Case("en", "The DHT is enabled by default in js-ipfs", .milestone, nil, nil),
        Case("en", "Improve onboarding", nil, nil, nil),
        Case("en", "Grow revenue by 4,5%", .increase, nil, nil),
        Case("nb", "Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars", .increase, 420, 600),
        Case("nb", "Redusere tiden til første booking fra 24 timer til 8 timer", .decrease, 24, 8),
        Case("nb", "Kutte frafallet til 2 %", .decrease, nil, 2),
        Case("nb", "Holde oppetiden på minst 99,9 %", .atLeast, nil, 99.9),
        Case("nb", "Holde antall supportsaker på maks 40 i uka", .atMost, nil, 40),
        Case("nb", "Lansere den nye veiviseren innen 15. februar", .milestone, nil, nil),
        Case("nb", "Oppetid 99,9 % hver uke", nil, nil, 99.9),
        Case("nb", "Øke omsetningen med 20 %", .increase, nil, nil),
        Case("nb", "Nytt bookingsystem er på plass innen 1. mars", .milestone, nil, nil),
        Case("sv", "Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars", .increase, 420, 600),
        Case("sv", "Minska tiden till första bokningen från 24 timmar till 8 timmar", .decrease, 24, 8),
        Case("sv", "Sänka kundbortfallet till 2 %", .decrease, nil, 2),
        Case("sv", "Hålla drifttiden på minst 99,9 %", .atLeast, nil, 99.9),
        Case("sv", "Hålla supportärendena på högst 40 i veckan", .atMost, nil, 40),
        Case("sv", "Lansera den nya guiden senast 15 februari", .milestone, nil, nil),
        Case("sv", "Drifttid 99,9 % varje vecka", nil, nil, 99.9),
        Case("sv", "Öka intäkterna med 20 %", .increase, nil, nil),
        Case("sv", "Minst 99,5 % tillgänglighet varje vecka", .atLeast, nil, 99.5),
        Case(
            "nl", "Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart", .increase, 420,
            600),
        Case("nl", "De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur", .decrease, 24, 8),
        Case("nl", "Het klantverloop verlagen naar 2%", .decrease, nil, 2),
        Case("nl", "De uptime op minimaal 99,9% houden", .atLeast, nil, 99.9),
        Case("nl", "Het aantal supporttickets op maximaal 40 per week houden", .atMost, nil, 40),
        Case("nl", "De nieuwe wizard lanceren uiterlijk 15 februari", .milestone, nil, nil),
        Case("nl", "Uptime 99,9% per week", nil, nil, 99.9),
        Case("nl", "De omzet met 20% verhogen", .increase, nil, nil),
        Case("nl", "Een klanttevredenheidsscore van 4,5 uit 5 halen voor 1 juli", .increase, nil, nil),
        Case("nl", "De wachttijd verlagen van 4 uur naar 45 minuten", .decrease, 4, 45),
    ]

    static func reading(_ text: String, _ language: String) -> KeyResultReading {
        KeyResultReading(text, lexicon: TestLanguages.catalog(language).lexicon)
    }

    @Test(arguments: cases) func readsKindStartAndTarget(_ example: Case) {
        let reading = Self.reading(example.text, example.language)
        #expect(reading.kind == example.kind)
        #expect(reading.start?.number == example.start)
        if example.target != nil || example.kind == nil {
            #expect(reading.target?.number == example.target)
        }
    }

    @Test func readsThePartsInThePersonsOwnWords() {
        let reading = Self.reading("Increase weekly active clinics from 420 to 600 by 31 March", "en")
        #expect(reading.verb == "Increase")
        #expect(reading.measure == "weekly active clinics")
        #expect(reading.start?.text == "420")
        #expect(reading.target?.text == "600")
        #expect(
            reading.deadline == KeyResultReading.Deadline(phrase: "by 31 March", preposition: "by", time: "31 March"))
        let level = Self.reading("Keep uptime at or above 99.5 % every week", "en")
        #expect(level.bound == .atLeast)
        #expect(level.target?.text == "99.5 %")
        #expect(level.holdsLevel)
        #expect(level.measure == "uptime")
        let norwegian = Self.reading("Øke omsetningen fra NOK 2 mill. til NOK 3 mill. innen utgangen av K1", "nb")
        #expect(norwegian.start?.text == "NOK 2 mill.")
        #expect(norwegian.target?.text == "NOK 3 mill.")
        #expect(norwegian.deadline?.time == "utgangen av K1")
        let swedish = Self.reading("Lansera appen senast 31 mars", "sv")
        #expect(swedish.deadline?.phrase == "senast 31 mars")
        let dutch = Self.reading("De doorlooptijd met een derde verkorten", "nl")
        #expect(dutch.verb == "verkorten")
        #expect(dutch.measure == "De doorlooptijd")
        #expect(dutch.isRelative)
    }

    /// Quantities are quoted whole, as written: currency, magnitude and unit.
    @Test(arguments: [
        ("nb", "Øke omsetningen med NOK 2 mill. for å vokse", "NOK 2 mill."),
        ("nb", "Spare 10 mill. kr for å investere", "10 mill. kr"),
        ("nl", "De omzet met 1,2 miljoen euro laten groeien zodat we kunnen investeren", "1,2 miljoen euro"),
        ("en", "Grow margin by 4,5% so that we can invest", "4,5%"),
    ])
    func quotesQuantitiesWhole(_ language: String, _ title: String, _ quantity: String) throws {
        let findings = Checker(languages: TestLanguages.shared).review(
            objective: title, language: LanguageCode(language))
        let metric = try #require(findings.first { $0.rule == .objectiveHasMetric })
        #expect(metric.message.contains(quantity), "\(metric.message)")
    }

    @Test func readsADecimalCommaInEnglish() {
        let tokens = TestLanguages.catalog("en").lexicon.tokenizer.tokens("4,5% and 1,850 and 12,34")
        #expect(tokens.compactMap(\.value) == [4.5, 1850, 12.34])
    }

    /// Hostile key results: huge, negative, non-finite and control characters give a reading, never a crash.
    @Test(arguments: [
        "Increase sign-ups from 99999999999999999999999999999999999999 to 1e400",
        "Reduce losses from -5 to -900000000000000000000 %",
        "Reach NaN users by inf",
        "Keep uptime at \u{0}\u{7}\u{1B}[31m 99.9 %\u{202E}",
        String(repeating: "at least 5 ", count: 2000),
        "from to by at least or more + ≥",
        "Verhoog klanten van 99999999999999999999999999999999999999 klanten naar 1e309 klanten",
        "Verhoog klanten van 1e309 klanten naar 2e309 klanten",
        "Verlaag verlies van -5 klanten naar -900000000000000000000 klanten",
        "Verhoog klanten van NaN klanten naar inf klanten",
        "Verhoog klanten van 40 \u{0}\u{7}\u{1B}[31m klanten\u{202E} naar 60 klanten",
        String(repeating: "van 40 klanten naar ", count: 5000),
        "van klanten naar klanten tot van naar",
    ])
    func readsHostileTextWithoutCrashing(_ text: String) {
        for language in TestLanguages.codes.map(\.rawValue) {
            let reading = Self.reading(text, language)
            #expect(reading.text == text)
            #expect(reading.start?.number?.isFinite != false)
            #expect(reading.target?.number?.isFinite != false)
        }
    }
}

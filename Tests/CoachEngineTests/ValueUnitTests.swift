import OKRCore
import Testing

@testable import CoachEngine

/// The unit a key result's text gives its values, as the check-in writes a figure with it.
struct ValueUnitTests {
    private func written(_ value: Double, _ text: String, _ lang: String = "en") -> String? {
        let lexicon = TestCoach.coach.checker.languages.catalog(for: LanguageCode(lang)).lexicon
        return ValueUnit(for: value, in: KeyResultReading(text, lexicon: lexicon))?.written("N")
    }

    @Test func theUnitComesFromTheValuesAsTheTextWritesThem() {
        #expect(written(40, "Raise the share of active clinics from 30 % to 50 %") == "N %")
        #expect(written(40, "Raise the share of active clinics from 30% to 50%") == "N%")
        #expect(written(2.5, "Grow revenue from $2m to $3m") == "$Nm")
        #expect(written(2.5, "Øke omsetningen fra 2 mill. kr til 3 mill. kr", "nb") == "N mill. kr")
        #expect(written(3, "Redusere svartiden fra 4 timer til 1 time", "nb") == "N timer")
        #expect(written(1, "Redusere svartiden fra 4 timer til 1 time", "nb") == "N time")
        #expect(written(450, "Reach 600 paying clinics by March") == "N paying clinics")
        #expect(written(45, "Öka antalet kunder från 40 kunder till 60 kunder", "sv") == "N kunder")
        #expect(written(45, "Verhoog het aantal klanten van 40 klanten naar 60 klanten.", "nl") == "N klanten")
        #expect(written(1900, "Øke antall kunder fra 1 850 til 2 400", "nb") == nil)
        #expect(written(45, "Grow weekly active clinics from 40 to 60 by March") == nil)
    }

    @Test(arguments: [
        "Grow users from 30 % to 99999999999999999999999999999999999999 %", "Raise the NPS from -20 % to 10 %",
        "Grow from 30 %% to 50 %%%", "Grow from 30 \u{1B}[2J% to 50 \u{1B}[2J%\u{7}", "Grow to 1e309 %",
        "Grow to 50,,5 %",
        "50", "", "%", "\u{0}\u{0}", String(repeating: "to 5 % ", count: 20_000),
        "Grow " + String(repeating: "9", count: 50_000) + " users",
    ])
    func hostileTextsGiveAUnitOrNoneAndNeverTrap(text: String) {
        for value in [0, 1, -5, 1e15, -1e15, 0.25] {
            if let shown = written(value, text) {
                #expect(shown.contains("N"))
                #expect(shown.count <= text.count + 1)
            }
        }
    }

    @Test func theDigitsOfAValueAreFoundWithTheirSeparators() {
        for (text, digits) in [("1 850 kr", "1 850"), ("$2.5m", "2.5"), ("NOK 2 mill.", "2"), ("4,5 timer", "4,5")] {
            #expect(ValueUnit.numberRange(in: text).map { String(text[$0]) } == digits)
        }
        #expect(ValueUnit.numberRange(in: "no digits") == nil)
        #expect(ValueUnit.numberRange(in: "") == nil)
    }
}

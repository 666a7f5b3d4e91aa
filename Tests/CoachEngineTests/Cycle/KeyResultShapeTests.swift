import OKRCore
import Testing

/// The kind, baseline and target read from a key result's text, in each language.
struct KeyResultShapeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let text: String
        let shape: KeyResultShape
        var testDescription: String { "\(language): \(text)" }
    }

    static func shape(_ kind: KeyResultKind?, _ baseline: Double? = nil, _ target: Double? = nil) -> KeyResultShape {
        KeyResultShape(kind: kind, baseline: baseline, target: target)
    }

    static let cases: [Case] = [
        ("en", "Increase weekly active clinics from 420 to 600 by 31 March", shape(.increase, 420, 600)),
        ("en", "Reduce time to triage from 24 h to 8 h", shape(.decrease, 24, 8)),
        ("en", "Cut churn to 2 %", shape(.decrease, nil, 2)),
        ("en", "Keep weekly uptime at or above 99.9 %", shape(.atLeast, nil, 99.9)),
        ("en", "Keep support tickets at most 40 a week", shape(.atMost, nil, 40)),
        ("en", "Launch the new setup wizard by 15 February", shape(.milestone)),
        ("en", "Weekly uptime 99.9 %", shape(nil, nil, 99.9)),
        ("en", "Increase revenue by 20 %", shape(.increase)),
        ("nb", "Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars", shape(.increase, 420, 600)),
        ("nb", "Redusere tiden til første booking fra 24 timer til 8 timer", shape(.decrease, 24, 8)),
        ("nb", "Kutte frafallet til 2 %", shape(.decrease, nil, 2)),
        ("nb", "Holde oppetiden på minst 99,9 %", shape(.atLeast, nil, 99.9)),
        ("nb", "Holde antall supportsaker på maks 40 i uka", shape(.atMost, nil, 40)),
        ("nb", "Lansere den nye veiviseren innen 15. februar", shape(.milestone)),
        ("nb", "Oppetid 99,9 % hver uke", shape(nil, nil, 99.9)),
        ("nb", "Øke omsetningen med 20 %", shape(.increase)),
        ("sv", "Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars", shape(.increase, 420, 600)),
        ("sv", "Minska tiden till första bokningen från 24 timmar till 8 timmar", shape(.decrease, 24, 8)),
        ("sv", "Sänka kundbortfallet till 2 %", shape(.decrease, nil, 2)),
        ("sv", "Hålla drifttiden på minst 99,9 %", shape(.atLeast, nil, 99.9)),
        ("sv", "Hålla supportärendena på högst 40 i veckan", shape(.atMost, nil, 40)),
        ("sv", "Lansera den nya guiden senast 15 februari", shape(.milestone)),
        ("sv", "Drifttid 99,9 % varje vecka", shape(nil, nil, 99.9)),
        ("sv", "Öka intäkterna med 20 %", shape(.increase)),
        ("nl", "Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart", shape(.increase, 420, 600)),
        ("nl", "De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur", shape(.decrease, 24, 8)),
        ("nl", "Het klantverloop verlagen naar 2%", shape(.decrease, nil, 2)),
        ("nl", "De uptime op minimaal 99,9% houden", shape(.atLeast, nil, 99.9)),
        ("nl", "Het aantal supporttickets op maximaal 40 per week houden", shape(.atMost, nil, 40)),
        ("nl", "De nieuwe wizard lanceren uiterlijk 15 februari", shape(.milestone)),
        ("nl", "Uptime 99,9% per week", shape(nil, nil, 99.9)),
        ("nl", "De omzet met 20% verhogen", shape(.increase)),
    ].map { Case(language: $0.0, text: $0.1, shape: $0.2) }

    @Test(arguments: cases) func readsTheShape(_ example: Case) {
        let lexicon = TestCoach.languages.catalog(for: LanguageCode(example.language)).lexicon
        #expect(KeyResultShape(TextAnalysis(example.text, lexicon: lexicon)) == example.shape)
    }
}

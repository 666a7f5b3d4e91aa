import Testing

/// A key result draft for the rewrite corpus: what the person wrote, their answers to the
/// coach's questions, and what the proposal must hold.
struct RewriteDraft: CustomTestStringConvertible, Sendable {
    let language: String
    let text: String
    /// The answers to "What is the value today?", "Where should it be?" and "By when?".
    var from: String?
    var to: String?
    var by: String?
    /// The measure phrase, to appear unchanged in the proposal.
    let measure: String
    /// The values the proposal must read back to.
    let start: String?
    let target: String
    /// The sentence a native speaker wrote for it, for hand-written drafts.
    var expected: String?

    var testDescription: String { "\(language): \(text)" }
}

/// The classes of draft, each built from a measure and its values in each language.
enum RewriteCorpus {
    /// A measure with a starting value, a higher target and a lower one.
    struct Measure {
        let phrase: String
        let start: String
        let up: String
        let down: String
    }

    /// One class of draft: the text from a measure, and the answers given.
    struct Shape {
        let text: (Measure) -> String
        var from = false
        var by: String?
        var falls = false
        /// Whether the draft states its starting value itself.
        var statesStart = false
    }

    static func drafts(_ language: String, measures: [Measure], shapes: [Shape]) -> [RewriteDraft] {
        measures.flatMap { measure in
            shapes.map { shape in
                RewriteDraft(
                    language: language, text: shape.text(measure), from: shape.from ? measure.start : nil, by: shape.by,
                    measure: measure.phrase, start: measure.start, target: shape.falls ? measure.down : measure.up)
            }
        }
    }

    static let all = english + norwegian + swedish + dutch

    // MARK: - English

    static let english =
        drafts(
            "en",
            measures: [
                Measure(phrase: "weekly active clinics", start: "420", up: "600", down: "300"),
                Measure(phrase: "clinics activated in their first seven days", start: "30%", up: "45%", down: "20%"),
                Measure(phrase: "share of clinics activated in week one", start: "30%", up: "45%", down: "20%"),
                Measure(phrase: "bookings per new clinic in the first month", start: "8", up: "12", down: "5"),
                Measure(phrase: "net revenue retention", start: "96%", up: "110%", down: "90%"),
                Measure(phrase: "churn among small clinics", start: "5%", up: "7%", down: "3%"),
                Measure(phrase: "NPS among new clinics", start: "25", up: "40", down: "15"),
                Measure(phrase: "monthly recurring revenue", start: "$80k", up: "$120k", down: "$60k"),
                Measure(phrase: "trial-to-paid conversion rate", start: "12%", up: "18%", down: "8%"),
                Measure(
                    phrase: "support tickets answered within one working day", start: "70%", up: "90%", down: "50%"),
            ],
            shapes: [
                Shape(text: { "Increase \($0.phrase) to \($0.up)" }, from: true),
                Shape(text: { "Increase \($0.phrase) from \($0.start) to \($0.up) by 31 March" }, statesStart: true),
                Shape(text: { "\($0.phrase.capitalizedFirst) from \($0.start) to \($0.up)" }, statesStart: true),
                Shape(text: { "Grow \($0.phrase) to \($0.up) within 6 weeks" }, from: true),
                Shape(text: { "Get \($0.phrase) down to \($0.down)" }, from: true, falls: true),
                Shape(
                    text: { "Reduce \($0.phrase) from \($0.start) to \($0.down)" }, by: "the end of June", falls: true,
                    statesStart: true),
            ]) + [
            RewriteDraft(
                language: "en", text: "Increase clinics activated in their first seven days to 45%", from: "30%",
                by: "31 March",
                measure: "clinics activated in their first seven days", start: "30%", target: "45%",
                expected: "Increase clinics activated in their first seven days from 30% to 45% by 31 March"),
            RewriteDraft(
                language: "en", text: "600 weekly active clinics by March", from: "420",
                measure: "weekly active clinics",
                start: "420", target: "600", expected: "Increase weekly active clinics from 420 to 600 by March"),
            RewriteDraft(
                language: "en", text: "Get churn down to 3%", from: "5%", measure: "churn", start: "5%", target: "3%",
                expected: "Reduce churn from 5% to 3% by the end of 2026-Q4"),
            RewriteDraft(
                language: "en", text: "We will have 600 active clinics", from: "420", measure: "active clinics",
                start: "420",
                target: "600", expected: "Increase active clinics from 420 to 600 by the end of 2026-Q4"),
            RewriteDraft(
                language: "en", text: "Uptime at least 99.5 %", measure: "uptime", start: nil, target: "99.5 %",
                expected: "Keep uptime at or above 99.5 % by the end of 2026-Q4"),
            RewriteDraft(
                language: "en", text: "Grow new sign-ups from 0 to 40 a month", by: "31 December",
                measure: "new sign-ups",
                start: "0", target: "40 a month", expected: "Increase new sign-ups from 0 to 40 a month by 31 December"),
            RewriteDraft(
                language: "en", text: "Increase activation rate from 30% to 45%", by: "within 6 weeks",
                measure: "activation rate",
                start: "30%", target: "45%", expected: "Increase activation rate from 30% to 45% within 6 weeks"),
            // "m" gives the size: $1.2m is more than $800k, and the draft says "Increase".
            RewriteDraft(
                language: "en", text: "Increase MRR to $1.2m", from: "$800k", measure: "MRR", start: "$800k",
                target: "$1.2m", expected: "Increase MRR from $800k to $1.2m by the end of 2026-Q4"),
        ]

    // MARK: - Norwegian

    static let norwegian =
        drafts(
            "nb",
            measures: [
                Measure(phrase: "antall aktive klinikker per uke", start: "420", up: "600", down: "300"),
                Measure(phrase: "andel klinikker som er aktive etter 7 dager", start: "30 %", up: "45 %", down: "20 %"),
                Measure(phrase: "andel klinikker aktivert i første uke", start: "30 %", up: "45 %", down: "20 %"),
                Measure(phrase: "antall bookinger per ny klinikk den første måneden", start: "8", up: "12", down: "5"),
                Measure(phrase: "kundetilfredsheten", start: "4,1", up: "4,5", down: "3,8"),
                Measure(phrase: "churn blant små klinikker", start: "5 %", up: "7 %", down: "3 %"),
                Measure(phrase: "NPS blant nye klinikker", start: "25", up: "40", down: "15"),
                Measure(
                    phrase: "månedlig gjentakende inntekt", start: "NOK 800 000", up: "NOK 1,2 mill.",
                    down: "NOK 600 000"),
                Measure(phrase: "konverteringen fra prøve til betalt", start: "12 %", up: "18 %", down: "8 %"),
                Measure(
                    phrase: "andel henvendelser besvart innen én arbeidsdag", start: "70 %", up: "90 %", down: "50 %"),
            ],
            shapes: [
                Shape(text: { "Øke \($0.phrase) til \($0.up)" }, from: true),
                Shape(text: { "Øke \($0.phrase) fra \($0.start) til \($0.up) innen 31. mars" }, statesStart: true),
                Shape(text: { "\($0.phrase.capitalizedFirst) fra \($0.start) til \($0.up)" }, statesStart: true),
                Shape(text: { "Øke \($0.phrase) til \($0.up) i løpet av K1" }, from: true),
                Shape(text: { "Få ned \($0.phrase) til \($0.down)" }, from: true, falls: true),
                Shape(
                    text: { "Redusere \($0.phrase) fra \($0.start) til \($0.down)" }, by: "utgangen av juni",
                    falls: true, statesStart: true),
            ]) + [
            RewriteDraft(
                language: "nb", text: "Øke andel klinikker som er aktive etter 7 dager til 45 %", from: "30 %",
                measure: "andel klinikker som er aktive etter 7 dager", start: "30 %", target: "45 %",
                expected: "Øke andel klinikker som er aktive etter 7 dager fra 30 % til 45 % innen utgangen av 2026-K4"),
            RewriteDraft(
                language: "nb", text: "Øke antall aktive klinikker til 600", from: "420", by: "i løpet av K1",
                measure: "antall aktive klinikker", start: "420", target: "600",
                expected: "Øke antall aktive klinikker fra 420 til 600 i løpet av K1"),
            RewriteDraft(
                language: "nb", text: "Minst 600 aktive klinikker", from: "420", measure: "aktive klinikker",
                start: "420",
                target: "600", expected: "Øke aktive klinikker fra 420 til 600 innen utgangen av 2026-K4"),
            RewriteDraft(
                language: "nb", text: "Øke en kundetilfredshet til 4,5", from: "4,1", measure: "kundetilfredshet",
                start: "4,1", target: "4,5", expected: "Øke kundetilfredshet fra 4,1 til 4,5 innen utgangen av 2026-K4"),
            RewriteDraft(
                language: "nb", text: "Oppetid på minst 99,5 %", measure: "oppetid", start: nil, target: "99,5 %",
                expected: "Holde oppetid på minst 99,5 % innen utgangen av 2026-K4"),
            // «mill.» gives the size: 1,2 mill. is more than 800 000, and the draft says «Øke».
            RewriteDraft(
                language: "nb", text: "Øke månedlig gjentakende inntekt til NOK 1,2 mill.", from: "NOK 800 000",
                measure: "månedlig gjentakende inntekt", start: "NOK 800 000", target: "NOK 1,2 mill.",
                expected: "Øke månedlig gjentakende inntekt fra NOK 800 000 til NOK 1,2 mill. innen utgangen av 2026-K4"
            ),
        ]

    // MARK: - Swedish

    static let swedish =
        drafts(
            "sv",
            measures: [
                Measure(phrase: "antalet aktiva kliniker per vecka", start: "420", up: "600", down: "300"),
                Measure(
                    phrase: "andelen kliniker som är aktiva efter 7 dagar", start: "30 %", up: "45 %", down: "20 %"),
                Measure(phrase: "andelen kliniker aktiverade första veckan", start: "30 %", up: "45 %", down: "20 %"),
                Measure(phrase: "antal bokningar per ny klinik första månaden", start: "8", up: "12", down: "5"),
                Measure(phrase: "kundnöjdheten", start: "4,1", up: "4,5", down: "3,8"),
                Measure(phrase: "churn bland små kliniker", start: "5 %", up: "7 %", down: "3 %"),
                Measure(phrase: "NPS bland nya kliniker", start: "25", up: "40", down: "15"),
                Measure(
                    phrase: "månatliga återkommande intäkter", start: "800 000 kr", up: "1,2 mkr", down: "600 000 kr"),
                Measure(phrase: "konverteringen från test till betalt", start: "12 %", up: "18 %", down: "8 %"),
                Measure(phrase: "andelen ärenden besvarade inom en arbetsdag", start: "70 %", up: "90 %", down: "50 %"),
            ],
            shapes: [
                Shape(text: { "Öka \($0.phrase) till \($0.up)" }, from: true),
                Shape(text: { "Öka \($0.phrase) från \($0.start) till \($0.up) senast 31 mars" }, statesStart: true),
                Shape(text: { "\($0.phrase.capitalizedFirst) från \($0.start) till \($0.up)" }, statesStart: true),
                Shape(text: { "Öka \($0.phrase) till \($0.up) inom 6 veckor" }, from: true),
                Shape(text: { "Få ner \($0.phrase) till \($0.down)" }, from: true, falls: true),
                Shape(
                    text: { "Minska \($0.phrase) från \($0.start) till \($0.down)" }, by: "i slutet av juni",
                    falls: true, statesStart: true),
            ]) + [
            RewriteDraft(
                language: "sv", text: "Öka antal bokningar per ny klinik första månaden till 12", from: "8",
                measure: "antal bokningar per ny klinik första månaden", start: "8", target: "12",
                expected: "Öka antal bokningar per ny klinik första månaden från 8 till 12 senast i slutet av 2026-Q4"),
            RewriteDraft(
                language: "sv", text: "Minska churn till 3 %", from: "5 %", by: "inom 6 veckor", measure: "churn",
                start: "5 %",
                target: "3 %", expected: "Minska churn från 5 % till 3 % inom 6 veckor"),
            RewriteDraft(
                language: "sv", text: "Få ner churn till 3 %", from: "5 %", measure: "churn", start: "5 %",
                target: "3 %",
                expected: "Minska churn från 5 % till 3 % senast i slutet av 2026-Q4"),
            RewriteDraft(
                language: "sv", text: "Öka NPS till 40", from: "25", measure: "NPS", start: "25", target: "40",
                expected: "Öka NPS från 25 till 40 senast i slutet av 2026-Q4"),
        ]

    // MARK: - Dutch

    static let dutch =
        drafts(
            "nl",
            measures: [
                Measure(phrase: "het aantal klinieken dat wekelijks actief is", start: "420", up: "600", down: "300"),
                Measure(
                    phrase: "het percentage klinieken dat binnen een week boekt", start: "30%", up: "45%", down: "20%"),
                Measure(
                    phrase: "het aandeel klinieken dat in week één actief is", start: "30%", up: "45%", down: "20%"),
                Measure(
                    phrase: "het aantal boekingen per nieuwe kliniek in de eerste maand", start: "8", up: "12",
                    down: "5"),
                Measure(phrase: "de klanttevredenheid", start: "7,1", up: "8,0", down: "6,5"),
                Measure(phrase: "het verloop onder kleine klinieken", start: "5%", up: "7%", down: "3%"),
                Measure(phrase: "de NPS onder nieuwe klinieken", start: "25", up: "40", down: "15"),
                Measure(
                    phrase: "de maandelijkse terugkerende omzet", start: "€ 80.000", up: "€ 120.000", down: "€ 60.000"),
                Measure(phrase: "de conversieratio van proefaccounts", start: "12%", up: "18%", down: "8%"),
                Measure(
                    phrase: "het aandeel tickets dat binnen een werkdag is beantwoord", start: "70%", up: "90%",
                    down: "50%"),
            ],
            shapes: [
                Shape(text: { "\($0.phrase.capitalizedFirst) verhogen naar \($0.up)" }, from: true),
                Shape(
                    text: { "\($0.phrase.capitalizedFirst) verhogen van \($0.start) naar \($0.up) uiterlijk 31 maart" },
                    statesStart: true),
                Shape(text: { "\($0.phrase.capitalizedFirst) van \($0.start) naar \($0.up)" }, statesStart: true),
                Shape(text: { "\($0.phrase.capitalizedFirst) binnen 6 weken verhogen naar \($0.up)" }, from: true),
                Shape(
                    text: { "\($0.phrase.capitalizedFirst) omlaag brengen naar \($0.down)" }, from: true, falls: true),
                Shape(
                    text: { "\($0.phrase.capitalizedFirst) verlagen van \($0.start) naar \($0.down)" }, by: "eind juni",
                    falls: true, statesStart: true),
            ]) + [
            RewriteDraft(
                language: "nl", text: "Het percentage klinieken dat binnen een week boekt verhogen naar 45%",
                from: "30%",
                by: "31 maart", measure: "Het percentage klinieken dat binnen een week boekt", start: "30%",
                target: "45%",
                expected:
                    "Het percentage klinieken dat binnen een week boekt verhogen van 30% naar 45% uiterlijk 31 maart"),
            RewriteDraft(
                language: "nl", text: "Het aantal klinieken dat wekelijks actief is verhogen naar 45", from: "30",
                by: "31 maart",
                measure: "Het aantal klinieken dat wekelijks actief is", start: "30", target: "45",
                expected: "Het aantal klinieken dat wekelijks actief is verhogen van 30 naar 45 uiterlijk 31 maart"),
            RewriteDraft(
                language: "nl", text: "Wekelijks actieve klinieken verhogen van 25 naar 40", by: "binnen 6 weken",
                measure: "Wekelijks actieve klinieken", start: "25", target: "40",
                expected: "Wekelijks actieve klinieken verhogen van 25 naar 40 binnen 6 weken"),
            RewriteDraft(
                language: "nl", text: "600 actieve klinieken uiterlijk 1 april", from: "420",
                measure: "actieve klinieken",
                start: "420", target: "600", expected: "Actieve klinieken verhogen van 420 naar 600 uiterlijk 1 april"),
            RewriteDraft(
                language: "nl", text: "De NPS uiterlijk eind maart verhogen naar 40", from: "30", measure: "De NPS",
                start: "30",
                target: "40", expected: "De NPS verhogen van 30 naar 40 uiterlijk eind maart"),
        ]
}

extension String {
    /// "weekly active clinics" → "Weekly active clinics", to open a sentence.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

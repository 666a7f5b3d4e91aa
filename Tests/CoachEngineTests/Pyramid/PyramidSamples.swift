import CoachEngine
import OKRCore

/// The organisations and answers the pyramid's drafting tests use, in each language.
enum PyramidSamples {
    /// A small clinic company's organisation in a language: its mission, two one-year objectives for
    /// 2027 and, with `cycles`, two company objectives for 2027-Q1.
    static func organisation(_ code: String, cycles: Bool = true) -> Organisation {
        let words = texts[code] ?? texts["en"]!
        let years = [
            OrganisationYear(
                year: 2027,
                objectives: [
                    OrganisationObjective(id: "Y1", title: words.yearly[0]),
                    OrganisationObjective(id: "Y2", title: words.yearly[1]),
                ])
        ]
        let company = [
            CompanyCycle(
                cycle: "2027-Q1",
                objectives: [
                    OrganisationObjective(id: "C1", title: words.company[0], parent: "Y1"),
                    OrganisationObjective(id: "C2", title: words.company[1], parent: "Y2"),
                ])
        ]
        return Organisation(
            name: words.name, lang: LanguageCode(code), mission: Mission(words.mission), years: years,
            cycles: cycles ? company : [])
    }

    struct Words {
        let name: String
        let mission: String
        let yearly: [String]
        let company: [String]
    }

    static let texts: [String: Words] = [
        "en": Words(
            name: "Acme Clinics", mission: "Give small clinics more time for their patients",
            yearly: [
                "Become the first choice of small clinics in Scandinavia",
                "Make booking effortless for every patient",
            ],
            company: ["Win the clinics of Oslo", "Halve the steps of a booking"]),
        "nb": Words(
            name: "Acme Klinikk", mission: "Gi små klinikker mer tid til pasientene sine",
            yearly: [
                "Bli førstevalget for små klinikker i Skandinavia", "Gjøre timebestilling enkel for alle pasienter",
            ],
            company: ["Vinne klinikkene i Oslo", "Halvere antall steg i en bestilling"]),
        "sv": Words(
            name: "Acme Klinik", mission: "Ge små kliniker mer tid för sina patienter",
            yearly: ["Bli små klinikers förstahandsval i Skandinavien", "Göra bokningen enkel för alla patienter"],
            company: ["Vinna klinikerna i Stockholm", "Halvera antalet steg i en bokning"]),
        "nl": Words(
            name: "Acme Klinieken", mission: "Kleine klinieken meer tijd geven voor hun patiënten",
            yearly: [
                "De eerste keuze worden van kleine klinieken in de Benelux",
                "Afspraken maken moeiteloos maken voor elke patiënt",
            ],
            company: ["De klinieken in Utrecht winnen", "Het aantal stappen van een afspraak halveren"]),
    ]
}

import OKRCore

/// An organisation and the team sets checked with it, for the rules across the levels.
///
/// Every case builds the same small pyramid in its language (one-year objectives Y1 and Y2 for
/// 2027, company objectives of 2027-Q1, teams A and B) and changes the one thing its rule looks at.
struct PyramidCase: Sendable {
    enum Checked: Sendable {
        case organisation
        /// The last of `teams`, checked after the ones before it.
        case lastTeam
    }

    var organisation: Organisation
    /// The team sets, their `parents` the company objectives of 2027-Q1.
    var teams: [Checker.AlignedTeam]
    var checked: Checked

    /// The words of one language's pyramid.
    struct Words {
        let language: String
        let yearly: [String]
        let company: [String]
        let team: String
        let keyResults: [String]
    }

    static let words: [Words] = [
        Words(
            language: "en",
            yearly: [
                "Become the first choice for small clinics in Scandinavia",
                "Make our clinics the calmest place to work so that staff stay",
            ],
            company: [
                "Win the clinics of Oslo in order to prove the model",
                "Make onboarding effortless so that new clinics stay with us",
            ],
            team: "Make booking effortless so that clinics stay with us",
            keyResults: ["Increase weekly bookings from 300 to 900", "Reduce no-shows from 12% to 6%"]),
        Words(
            language: "nb",
            yearly: [
                "Bli førstevalget for små klinikker i Skandinavia",
                "Gjøre klinikkene til den roligste arbeidsplassen slik at de ansatte blir",
            ],
            company: [
                "Vinne klinikkene i Oslo for å bevise modellen",
                "Gjøre oppstarten enkel slik at nye klinikker blir hos oss",
            ],
            team: "Gjøre bookingen enkel slik at klinikkene blir hos oss",
            keyResults: ["Øke ukentlige bookinger fra 300 til 900", "Redusere uteblivelser fra 12 % til 6 %"]),
        Words(
            language: "sv",
            yearly: [
                "Bli förstahandsvalet för små kliniker i Skandinavien",
                "Göra klinikerna till den lugnaste arbetsplatsen så att personalen stannar",
            ],
            company: [
                "Vinna klinikerna i Oslo för att bevisa modellen",
                "Göra introduktionen enkel så att nya kliniker stannar hos oss",
            ],
            team: "Göra bokningen enkel så att klinikerna stannar hos oss",
            keyResults: ["Öka bokningarna per vecka från 300 till 900", "Minska uteblivna besök från 12 % till 6 %"]),
        Words(
            language: "nl",
            yearly: [
                "De eerste keus worden voor kleine klinieken in Scandinavië",
                "Van onze klinieken de rustigste werkplek maken zodat medewerkers blijven",
            ],
            company: [
                "De klinieken in Oslo winnen om het model te bewijzen",
                "De onboarding moeiteloos maken zodat nieuwe klinieken bij ons blijven",
            ],
            team: "Het boeken moeiteloos maken zodat klinieken bij ons blijven",
            keyResults: [
                "Het aantal boekingen per week verhogen van 300 naar 900",
                "Het aantal no-shows verlagen van 12% naar 6%",
            ]),
    ]

    static let cases: [RuleCase] = words.flatMap(cases(in:))

    /// Each rule across the levels firing and silent in one language.
    static func cases(in words: Words) -> [RuleCase] {
        let keyResults = words.keyResults.map { KeyResult($0) }
        let yearly = words.yearly.enumerated().map { index, title in
            OrganisationObjective(id: "Y\(index + 1)", title: title, keyResults: keyResults)
        }
        /// An organisation with company objectives C1… serving the given one-year objectives.
        func organisation(serving parents: [String]) -> Organisation {
            let company = parents.enumerated().map { index, parent in
                OrganisationObjective(
                    id: "C\(index + 1)", title: words.company[index % words.company.count], parent: parent,
                    keyResults: keyResults)
            }
            return Organisation(
                lang: LanguageCode(words.language), years: [OrganisationYear(year: 2027, objectives: yearly)],
                cycles: [CompanyCycle(cycle: "2027-Q1", objectives: company)])
        }
        /// A team set of 2027-Q1 whose objectives serve the given parents.
        func team(_ name: String, serving parents: [String?], keyResults texts: [String]? = nil)
            -> Checker.AlignedTeam
        {
            let organisation = organisation(serving: ["Y1", "Y2"])
            let set = OKRSet(
                lang: LanguageCode(words.language), cycle: "2027-Q1", team: name,
                parents: organisation.parents(forCycle: "2027-Q1") ?? [],
                objectives: parents.map { parent in
                    Objective(
                        title: words.team, parent: parent, keyResults: (texts ?? words.keyResults).map { KeyResult($0) }
                    )
                })
            return Checker.AlignedTeam(name: name, set: set)
        }
        func example(
            _ rule: RuleID, fires: Bool, _ what: String, at place: (Int?, Int?), _ pyramid: PyramidCase
        ) -> RuleCase {
            let set =
                pyramid.checked == .lastTeam
                ? pyramid.teams.last?.set ?? OKRSet() : OKRSet(lang: LanguageCode(words.language))
            return RuleCase(
                rule: rule, language: LanguageCode(words.language), fires: fires, set: set, example: what,
                place: place, pyramid: pyramid)
        }
        let both = organisation(serving: ["Y1", "Y2"])
        let other = words.keyResults.map {
            $0.replacingOccurrences(of: "300", with: "310").replacingOccurrences(of: "12", with: "14")
        }
        return [
            example(
                .objectiveServesNothing, fires: true, "a team objective with no parent", at: (1, nil),
                PyramidCase(organisation: both, teams: [team("A", serving: [nil])], checked: .lastTeam)),
            example(
                .objectiveServesNothing, fires: false, "a team objective serving C1", at: (1, nil),
                PyramidCase(organisation: both, teams: [team("A", serving: ["C1"])], checked: .lastTeam)),
            example(
                .companyObjectiveUnserved, fires: true, "no team serves C2", at: (4, nil),
                PyramidCase(organisation: both, teams: [team("A", serving: ["C1"])], checked: .organisation)),
            example(
                .companyObjectiveUnserved, fires: false, "teams serve C1 and C2", at: (nil, nil),
                PyramidCase(
                    organisation: both, teams: [team("A", serving: ["C1"]), team("B", serving: ["C2"])],
                    checked: .organisation)),
            example(
                .yearlyObjectiveIdle, fires: true, "no company objective serves Y2", at: (2, nil),
                PyramidCase(organisation: organisation(serving: ["Y1", "Y1"]), teams: [], checked: .organisation)),
            example(
                .yearlyObjectiveIdle, fires: false, "C1 serves Y1 and C2 serves Y2", at: (nil, nil),
                PyramidCase(organisation: both, teams: [], checked: .organisation)),
            example(
                .tooManyCompanyObjectives, fires: true, "six company objectives in 2027-Q1", at: (nil, nil),
                PyramidCase(
                    organisation: organisation(serving: ["Y1", "Y2", "Y1", "Y2", "Y1", "Y2"]), teams: [],
                    checked: .organisation)),
            example(
                .tooManyCompanyObjectives, fires: false, "five company objectives in 2027-Q1", at: (nil, nil),
                PyramidCase(
                    organisation: organisation(serving: ["Y1", "Y2", "Y1", "Y2", "Y1"]), teams: [],
                    checked: .organisation)),
            example(
                .duplicateKeyResultAcrossTeams, fires: true, "team B repeats team A's key result", at: (1, 1),
                PyramidCase(
                    organisation: both, teams: [team("A", serving: ["C1"]), team("B", serving: ["C2"])],
                    checked: .lastTeam)),
            example(
                .duplicateKeyResultAcrossTeams, fires: false, "team B measures other things", at: (nil, nil),
                PyramidCase(
                    organisation: both,
                    teams: [team("A", serving: ["C1"]), team("B", serving: ["C2"], keyResults: other)],
                    checked: .lastTeam)),
        ]
    }
}

import OKRCore

/// Realistic OKR sets in the four languages, good and flawed, made from templates.
///
/// The same seed always gives the same sets, so runs compare.
struct SampleSets {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A set in one language with about `keyResults` key results, three an objective.
    mutating func set(language: String, keyResults: Int) -> OKRSet {
        guard let templates = Self.templates[language] else { return OKRSet() }
        var objectives: [Objective] = []
        var made = 0
        while made < keyResults {
            let count = min(3, keyResults - made)
            let krs = (0..<count).map { _ in KeyResult(fill(pick(templates.keyResults))) }
            objectives.append(Objective(title: fill(pick(templates.objectives)), keyResults: krs))
            made += count
        }
        return OKRSet(lang: LanguageCode(language), objectives: objectives)
    }

    private mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }

    private mutating func pick(_ options: [String]) -> String {
        options[next() % options.count]
    }

    /// Replaces `#` with numbers: "from # to #" → "from 340 to 520".
    private mutating func fill(_ template: String) -> String {
        var text = ""
        for character in template {
            if character == "#" {
                text += String(10 + next() % 990)
            } else {
                text.append(character)
            }
        }
        return text
    }

    private struct Templates {
        let objectives: [String]
        let keyResults: [String]
    }

    /// The languages there are sample sets in: those of the template table below.
    static var languages: [String] {
        templates.keys.sorted()
    }

    private static let templates: [String: Templates] = [
        "en": Templates(
            objectives: [
                "Make booking effortless for small clinics so that they stay with us",
                "Grow monthly recurring revenue in order to secure our lead in the Nordics",
                "Maintain our high uptime",
                "Become the #1 booking app for physiotherapists by 2027",
                "Delight new customers in their first week because first impressions last",
            ],
            keyResults: [
                "Increase weekly active clinics from # to # by 31 March",
                "Reduce average support response time from # hours to # hours by the end of Q1",
                "Launch the new onboarding flow by week #",
                "Hire # engineers for the platform team",
                "Improve retention significantly",
                "Increase NPS from # to # and reduce churn from #% to #% by June",
                "Grow online bookings by #% within # weeks",
                "Raise the share of paying clinics from #,5% to #% by 2027-06-30",
                "Keep monthly downtime between # and # minutes",
                "Try to double the number of referrals this quarter",
            ]),
        "nb": Templates(
            objectives: [
                "Gjøre timebestilling enkel for små klinikker slik at de blir hos oss",
                "Øke de gjentakende inntektene for å sikre ledelsen vår i Norden",
                "Opprettholde den høye oppetiden",
                "Bli nr. 1 for fysioterapeuter innen 2027",
            ],
            keyResults: [
                "Øke antall aktive klinikker fra # til # innen 31. mars",
                "Redusere svartiden i kundestøtte fra # timer til # timer innen utgangen av K1",
                "Lansere ny onboarding innen uke #",
                "Ansette # utviklere til plattformteamet",
                "Forbedre kundelojaliteten betydelig",
                "Øke NPS fra # til # og redusere frafallet fra # % til # % innen juni",
                "Øke antall nettbestillinger med # % i løpet av # uker",
                "Øke andelen betalende klinikker fra #,5 % til # % innen 30.06.2027",
                "Prøve å doble antall anbefalinger dette kvartalet",
            ]),
        "sv": Templates(
            objectives: [
                "Göra bokningen enkel för små kliniker så att de stannar hos oss",
                "Öka de återkommande intäkterna för att säkra vår ledning i Norden",
                "Behålla vår höga tillgänglighet",
                "Bli nr 1 för fysioterapeuter senast 2027",
            ],
            keyResults: [
                "Öka antalet aktiva kliniker från # till # senast den 31 mars",
                "Minska svarstiden i supporten från # timmar till # timmar senast vecka #",
                "Lansera den nya introduktionen i Q2",
                "Anställa # utvecklare till plattformsteamet",
                "Förbättra kundlojaliteten betydligt",
                "Öka NPS från # till # och minska kundbortfallet från # % till # % senast i juni",
                "Öka antalet onlinebokningar med # % inom # veckor",
                "Försöka fördubbla antalet rekommendationer detta kvartal",
            ]),
        "nl": Templates(
            objectives: [
                "Boeken moeiteloos maken voor kleine klinieken zodat ze bij ons blijven",
                "De terugkerende omzet laten groeien om onze voorsprong te behouden",
                "Handhaven van onze hoge beschikbaarheid",
                "De nr. 1 worden voor fysiotherapeuten in 2027",
            ],
            keyResults: [
                "Het aantal actieve klinieken verhogen van # naar # uiterlijk 31 maart",
                "De reactietijd van de support verlagen van # uur naar # uur voor het einde van Q1",
                "Een nieuwe onboarding lanceren in week #",
                "# ontwikkelaars aannemen voor het platformteam",
                "De klantloyaliteit aanzienlijk verbeteren",
                "De NPS verhogen van # naar # en het verloop verlagen van #% naar #% uiterlijk juni",
                "Het aantal online boekingen met #% laten groeien binnen # weken",
                "Proberen het aantal aanbevelingen dit kwartaal te verdubbelen",
            ]),
    ]
}

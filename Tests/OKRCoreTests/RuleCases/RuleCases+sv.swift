import OKRCore

extension RuleCase {
    /// Swedish examples for every rule.
    static let swedish: [RuleCase] = [
        // objective-empty
        .objective("sv", .objectiveEmpty, fires: true, ""),
        .objective("sv", .objectiveEmpty, fires: true, "   "),
        .objective("sv", .objectiveEmpty, fires: false, "Gör små kliniker så nöjda att de stannar hos oss"),

        // objective-has-metric
        .objective(
            "sv", .objectiveHasMetric, fires: true, "Nå 99,9 % tillgänglighet så att klinikerna kan lita på oss"),
        .objective("sv", .objectiveHasMetric, fires: true, "Nå 99,9% tillgänglighet i hela plattformen"),
        .objective(
            "sv", .objectiveHasMetric, fires: true, "Öka intäkterna till 5 MSEK eftersom vi måste nå break-even"),
        .objective(
            "sv", .objectiveHasMetric, fires: true, "Öka omsättningen till 40 miljoner kr för att kunna anställa fler"),
        .objective("sv", .objectiveHasMetric, fires: true, "Vinn 1 850 nya kliniker"),
        .objective("sv", .objectiveHasMetric, fires: true, "Teckna 40 partneravtal för att nå nya marknader"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli den ledande bokningsappen för kliniker senast 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli #1 bland bokningsappar för kliniker till 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli nummer ett i Sverige så att klinikerna väljer oss"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli nr 1 i Norden för små kliniker"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli topp 3 bland bokningsapparna i Norden"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli klinikernas 1:a val när de byter bokningssystem"),
        .objective(
            "sv", .objectiveHasMetric, fires: false, "Bli ISO 27001-certifierade så att sjukhusen kan köpa av oss"),
        .objective("sv", .objectiveHasMetric, fires: false, "Vinn B2B-marknaden med våra 4G-kiosker"),
        .objective("sv", .objectiveHasMetric, fires: false, "Gör onboardingen smidig under Q3 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli marknadsledande i Sverige år 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Teckna två stora partner så att vi når nya marknader"),

        // objective-too-long
        .objective(
            "sv", .objectiveTooLong, fires: true,
            "Gör vår bokning så snabb, vänlig och pålitlig att varje liten klinik i hela Norden varmt "
                + "rekommenderar oss till sina grannar"),
        .objective(
            "sv", .objectiveTooLong, fires: false,
            "Gör bokningen så snabb och vänlig att varje liten klinik i hela Norden varmt rekommenderar oss "
                + "till alla sina grannar"),
        .objective(
            "sv", .objectiveTooLong, fires: false,
            "Gör bokningen – snabb – och vänlig – så att varje liten klinik rekommenderar oss – till sina grannar – redan i dag"
        ),

        // objective-business-as-usual
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Upprätthålla vår höga tillgänglighet"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Håll kunderna nöjda"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Behåll våra befintliga kunder"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Fortsätt att stötta våra befintliga kliniker"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Vi bibehöll vår tillväxt"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Ligga kvar i topp i kundnöjdhet"),
        .objective("sv", .objectiveBusinessAsUsual, fires: true, "Hålla tjänsten igång dygnet runt"),
        .objective(
            "sv", .objectiveBusinessAsUsual, fires: false,
            "Få klinikerna att älska oss så att de fortsätter boka via oss"),
        .objective(
            "sv", .objectiveBusinessAsUsual, fires: false,
            "Öka de återkommande intäkterna för att behålla vår ledande position"),

        // objective-no-purpose
        .objective("sv", .objectiveNoPurpose, fires: true, "Förbättra onboardingen"),
        .objective("sv", .objectiveNoPurpose, fires: true, "Förbättra onboardingen för nya kliniker"),
        .objective("sv", .objectiveNoPurpose, fires: true, "Vi vill att onboardingen ska bli enklare"),
        .objective("sv", .objectiveNoPurpose, fires: true, "Gör onboardingen så enkel som möjligt"),
        .objective("sv", .objectiveNoPurpose, fires: false, "Förbättra onboardingen för att behålla nya kliniker"),
        .objective("sv", .objectiveNoPurpose, fires: false, "Förbättra onboardingen så att nya kliniker stannar"),
        .objective("sv", .objectiveNoPurpose, fires: false, "Förbättra onboardingen så vi kan växa utan att anställa"),
        .objective("sv", .objectiveNoPurpose, fires: false, "Förbättra onboardingen eftersom nya kliniker ger upp"),
        .objective(
            "sv", .objectiveNoPurpose, fires: false, "Förenkla faktureringen därför att klinikerna ringer oss i onödan"),

        // objective-no-krs
        .set("sv", .objectiveNoKeyResults, fires: true, "ett mål utan nyckelresultat") { set in
            set.objectives = [Objective(title: "Gör klinikerna nöjda så att de stannar")]
        },
        .set("sv", .objectiveNoKeyResults, fires: false, "ett mål med ett nyckelresultat") { set in
            set.objectives = [
                Objective(title: "Gör klinikerna nöjda", keyResults: [KeyResult("Öka NPS från 30 till 45")])
            ]
        },
        .set("sv", .objectiveNoKeyResults, fires: false, "ett tomt mål får bara objective-empty") { set in
            set.objectives = [Objective(title: "")]
        },

        // kr-empty
        .keyResult("sv", .keyResultEmpty, fires: true, ""),
        .keyResult("sv", .keyResultEmpty, fires: true, "  \t "),
        .keyResult("sv", .keyResultEmpty, fires: false, "Öka NPS från 30 till 45 senast i juni"),

        // kr-not-measurable
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Förbättra onboardingupplevelsen"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Lansera den nya appen senast den 31 mars 2027"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Lansera den nya appen senast den 1:a april"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Släpp versionen i K3 eller vecka 40"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Släpp versionen under kvartal 3"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Släpp versionen före v. 12"),
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Ta fram en ny prismodell inom 6 veckor"),
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Utbilda all personal och alla partner"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Öka NPS från 30 till 45"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Teckna avtal med två nya sjukhus"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Fördubbla antalet kliniker som är aktiva varje vecka"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Höj konverteringen med 20 %"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Öka merförsäljningen med en tredjedel"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Inga allvarliga säkerhetsincidenter under K3"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Hamna på 1:a plats i App Store-kategorin Hälsa"),

        // kr-no-baseline
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Nå 6 000 betalande abonnemang senast i mars"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Anställ 12 utvecklare"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Öka kundlojaliteten till 75 % senast i slutet av K1"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Minska tiden från ankomst till triage till 20 minuter"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Öka de månatliga intäkterna till 2 MSEK"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Sälj licenser för 2 000 000 SEK under K3"),
        .keyResult(
            "sv", .keyResultNoBaseline, fires: false, "Öka antalet abonnemang från 3 500 till 6 000 senast den 31 mars"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka kundlojaliteten från 68 % till 75 %"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka kundlojaliteten från 68% till 75%"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Höj snittbetyget i appbutiken från 4 till 4,5"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka snittordern från 40 € till 55 €"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka intäkterna från 1,2 MSEK till 1,8 MSEK"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka antalet registreringar per vecka med 20 %"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka intäkterna med 50 000 kr i månaden"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Fördubbla antalet aktiva kliniker"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Halvera antalet supportärenden"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Minska supportärendena med hälften"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Kapa svarstiden till hälften"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka antalet bokningar i appen tiofaldigt"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Höj NPS till 45 (idag 32)"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka antalet recensioner till 200 (nuläge 120)"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka antalet aktiva användare från 1 500 till 2 000"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka antalet aktiva användare från 1500 till 2000"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Förbättra onboardingupplevelsen"),

        // kr-no-deadline
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Öka NPS från 30 till 45"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Minska svarstiden från 4 timmar till 1 timme"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Öka antalet registreringar per månad från 200 till 300"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Minska ledtiden från 14 dagar till 7 dagar"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Öka intäkterna med 50 000 kr i månaden"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Öka antalet bokningar med 500 i veckan"),
        .keyResult("sv", .keyResultNoDeadline, fires: true, "Öka omsättningen med 20 % år över år"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 senast den 31 mars"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 i slutet av kvartalet"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 under Q3"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 i K3"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 under kvartal 3"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 före vecka 12"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 före v. 12"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 inom 6 veckor"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 senast 2027-06-30"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 under 2027"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 i år"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 till sommaren"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 till halvårsskiftet"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45", cycle: "2027-Q1"),

        // kr-is-activity
        .keyResult("sv", .keyResultIsActivity, fires: true, "Lansera det nya onboardingflödet senast i mars"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Vi lanserar självbokning för 50 kliniker i K3"),
        .keyResult(
            "sv", .keyResultIsActivity, fires: true, "Nytt bokningsflöde lanserat för 200 kliniker senast 31 mars"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Ny app lanserad i App Store senast vecka 12"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "Den nya appen är lanserad i App Store senast vecka 12"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Den nya appen är lanserad i App Store senast vecka 12"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Sjösätt den nya kundportalen senast i maj"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Håll 4 kundworkshoppar"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Sätt upp ett värvningsprogram under Q2"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Skriv 10 blogginlägg"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Genomför 20 kundintervjuer före v. 12"),
        .keyResult(
            "sv", .keyResultIsActivity, fires: true, "Lansera onboardingen så att aktiveringen ökar från 30 % till 45 %"
        ),
        .keyResult(
            "sv", .keyResultIsActivity, fires: false,
            "Öka aktiveringen från 30 % till 45 % genom att lansera ny onboarding"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "Minska churn från 5 % till 3 %"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "Håll svarstiden mellan 2 och 4 timmar"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "Slutförandegraden från 40 % till 60 % senast i juni"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "80 % av nya kliniker bokar sin första tid inom 7 dagar"),

        // kr-vague
        .keyResult("sv", .keyResultVague, fires: true, "Öka registreringarna med ungefär 20 %"),
        .keyResult("sv", .keyResultVague, fires: true, "Minska churn till cirka 3 %"),
        .keyResult("sv", .keyResultVague, fires: true, "Minska churn betydligt"),
        .keyResult("sv", .keyResultVague, fires: true, "Öka NPS avsevärt"),
        .keyResult("sv", .keyResultVague, fires: true, "Öka registreringarna med drygt 20 %"),
        .keyResult("sv", .keyResultVague, fires: true, "Få ett tiotal nya partner"),
        .keyResult("sv", .keyResultVague, fires: true, "Få flera nya partner"),
        .keyResult("sv", .keyResultVague, fires: true, "Öppna några nya marknader i Europa"),
        .keyResult("sv", .keyResultVague, fires: true, "Försök att höja NPS från 30 till 45"),
        .keyResult("sv", .keyResultVague, fires: true, "Vi ska försöka nå ett NPS på 45"),
        .keyResult("sv", .keyResultVague, fires: true, "Onboarda så många kliniker som möjligt senast i juni"),
        .keyResult("sv", .keyResultVague, fires: true, "Bättre svarstider, från 4 till 2 timmar"),
        .keyResult("sv", .keyResultVague, fires: false, "Öka registreringarna från 1 000 till 1 200 senast i juni"),
        .keyResult("sv", .keyResultVague, fires: false, "Få 20 % fler kliniker att boka online"),
        .keyResult("sv", .keyResultVague, fires: false, "Få dubbelt så många kliniker att boka online senast i juni"),
        .keyResult("sv", .keyResultVague, fires: false, "Höj NPS från 30 till minst 45 senast i juni"),
        .keyResult(
            "sv", .keyResultVague, fires: false, "Öka NPS från 30 till 45 så att klinikerna blir betydligt nöjdare"),

        // kr-compound
        .keyResult("sv", .keyResultCompound, fires: true, "Öka NPS från 30 till 40 och minska churn från 5 % till 3 %"),
        .keyResult("sv", .keyResultCompound, fires: true, "Öka registreringar och aktivering med 20 %"),
        .keyResult("sv", .keyResultCompound, fires: true, "Öka intäkterna till 5 MSEK och antalet kunder till 300"),
        .keyResult("sv", .keyResultCompound, fires: true, "Höj NPS från 30 till 40 samt halvera svarstiden"),
        .keyResult("sv", .keyResultCompound, fires: true, "Öka NPS & CSAT med 10 %"),
        .keyResult("sv", .keyResultCompound, fires: false, "Håll NPS mellan 40 och 50"),
        .keyResult(
            "sv", .keyResultCompound, fires: false, "Minska tiden mellan ankomst och triage från 40 till 20 minuter"),
        .keyResult(
            "sv", .keyResultCompound, fires: false, "Öka NPS från 30 till 40 så att klinikerna stannar och växer"),
        .keyResult("sv", .keyResultCompound, fires: false, "Öka NPS från 30 till 40"),

        // too-many-krs
        .set("sv", .tooManyKeyResults, fires: true, "fyra nyckelresultat") { set in
            set.objectives = [
                Objective(
                    title: "Gör klinikerna nöjda", keyResults: (1...4).map { KeyResult("Öka mått \($0) från 1 till 2") }
                )
            ]
        },
        .set("sv", .tooManyKeyResults, fires: false, "tre nyckelresultat") { set in
            set.objectives = [
                Objective(
                    title: "Gör klinikerna nöjda", keyResults: (1...3).map { KeyResult("Öka mått \($0) från 1 till 2") }
                )
            ]
        },
        .set("sv", .tooManyKeyResults, fires: true, "fyra, varav ett tomt, räknas som fyra") { set in
            set.objectives = [
                Objective(
                    title: "Gör klinikerna nöjda",
                    keyResults: (1...3).map { KeyResult("Öka mått \($0) från 1 till 2") } + [KeyResult("")])
            ]
        },

        // too-few-krs
        .set("sv", .tooFewKeyResults, fires: true, "ett nyckelresultat") { set in
            set.objectives = [
                Objective(title: "Gör klinikerna nöjda", keyResults: [KeyResult("Öka NPS från 30 till 45")])
            ]
        },
        .set("sv", .tooFewKeyResults, fires: true, "ett tomt nyckelresultat") { set in
            set.objectives = [Objective(title: "Gör klinikerna nöjda", keyResults: [KeyResult(" ")])]
        },
        .set("sv", .tooFewKeyResults, fires: false, "två nyckelresultat") { set in
            set.objectives = [
                Objective(
                    title: "Gör klinikerna nöjda",
                    keyResults: [KeyResult("Öka NPS från 30 till 45"), KeyResult("Minska churn från 5 % till 3 %")])
            ]
        },
        .set("sv", .tooFewKeyResults, fires: false, "inga nyckelresultat ger objective-no-krs i stället") { set in
            set.objectives = [Objective(title: "Gör klinikerna nöjda")]
        },

        // too-many-objectives
        .set("sv", .tooManyObjectives, fires: true, "sex mål", at: (nil, nil)) { set in
            set.objectives = (1...6).map {
                Objective(title: "Mål \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },
        .set("sv", .tooManyObjectives, fires: false, "fem mål") { set in
            set.objectives = (1...5).map {
                Objective(title: "Mål \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },

        // duplicate-kr
        .set(
            "sv", .duplicateKeyResult, fires: true, "en upprepning i ett annat mål, annat skiftläge och blanksteg",
            at: (2, 2)
        ) {
            set in
            set.objectives = [
                Objective(title: "A", keyResults: [KeyResult("Öka NPS från 30 till 45"), KeyResult("Annat")]),
                Objective(title: "B", keyResults: [KeyResult("Något annat"), KeyResult("öka  NPS från 30 till 45.")]),
            ]
        },
        .set("sv", .duplicateKeyResult, fires: false, "olika nyckelresultat") { set in
            set.objectives = [
                Objective(
                    title: "A",
                    keyResults: [KeyResult("Öka NPS från 30 till 45"), KeyResult("Öka NPS från 30 till 50")])
            ]
        },
        .set("sv", .duplicateKeyResult, fires: false, "två tomma nyckelresultat är inga dubbletter") { set in
            set.objectives = [Objective(title: "A", keyResults: [KeyResult(""), KeyResult(" ")])]
        },

        // objective-not-aligned
        .set("sv", .objectiveNotAligned, fires: true, "ett parent-id som inte finns bland de överordnade målen") {
            set in
            set.parents = [ParentObjective(id: "C1", title: "Bli förstahandsvalet för små kliniker")]
            set.objectives = [
                Objective(title: "Gör klinikerna nöjda", parent: "C2", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("sv", .objectiveNotAligned, fires: true, "inget parent fast det finns överordnade mål") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [Objective(title: "Gör klinikerna nöjda", keyResults: [KeyResult("A"), KeyResult("B")])]
        },
        .set("sv", .objectiveNotAligned, fires: false, "ett parent som stämmer exakt") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Gör klinikerna nöjda", parent: "C1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("sv", .objectiveNotAligned, fires: true, "ett parent-id med annat skiftläge (id jämförs exakt)") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Gör klinikerna nöjda", parent: "c1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("sv", .objectiveNotAligned, fires: false, "en uppsättning utan överordnade mål") { set in
            set.objectives = [Objective(title: "Gör klinikerna nöjda", keyResults: [KeyResult("A"), KeyResult("B")])]
        },

        // Engine fixes found while writing these cases.
        .keyResult("sv", .keyResultMilestone, fires: true, "Lansera den nya appen inom sex veckor"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Lansera den nya appen inom sex veckor"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Bli nr 1 på Google för sökordet ”boka fysioterapeut”"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Teckna partneravtal med 5 nya sjukhus senast i juni"),
        .keyResult("sv", .keyResultNoDeadline, fires: false, "Öka NPS från 30 till 45 till 2027"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka registreringarna med ca. 20 %"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Öka registreringarna med c:a 20 %"),
        .keyResult("sv", .keyResultCompound, fires: false, "Utbilda all personal och alla partner"),
        .objective("sv", .objectiveHasMetric, fires: false, "Bli Sveriges bästa bokningsapp 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Vinn upphandlingen i Region Stockholm 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Gör appen WCAG 2.1-kompatibel"),
        .objective("sv", .objectiveHasMetric, fires: false, "Lansera version 2.0 av appen"),
    ]
}

import OKRCore

extension RuleCase {
    /// Norwegian Bokmål examples for every rule.
    static let norwegian: [RuleCase] = [
        // objective-empty
        .objective("nb", .objectiveEmpty, fires: true, ""),
        .objective("nb", .objectiveEmpty, fires: true, "   "),
        .objective("nb", .objectiveEmpty, fires: false, "Begeistre små klinikker slik at de blir hos oss"),

        // objective-has-metric
        .objective("nb", .objectiveHasMetric, fires: true, "Nå 99,9 % oppetid slik at klinikkene kan stole på oss"),
        .objective("nb", .objectiveHasMetric, fires: true, "Kutte kostnadene med 20% så vi går i pluss"),
        .objective("nb", .objectiveHasMetric, fires: true, "Øke omsetningen til 5 MNOK fordi vi må gå i balanse"),
        .objective("nb", .objectiveHasMetric, fires: true, "Øke omsetningen til kr 50 mill. for å finansiere veksten"),
        .objective("nb", .objectiveHasMetric, fires: true, "Kutte skykostnadene med €40 000 slik at vi går i pluss"),
        .objective("nb", .objectiveHasMetric, fires: true, "Vinne 1 850 nye klinikker"),
        .objective("nb", .objectiveHasMetric, fires: true, "Vinne 1.850 nye klinikker"),
        .objective("nb", .objectiveHasMetric, fires: true, "Signere 40 partnere for å nå nye markeder"),
        .objective("nb", .objectiveHasMetric, fires: false, "Bli nr. 1 på timebestilling for klinikker innen 2027"),
        .objective("nb", .objectiveHasMetric, fires: false, "Bli nummer 1 i Norden slik at klinikkene velger oss"),
        .objective(
            "nb", .objectiveHasMetric, fires: false, "Bli ISO 27001-sertifisert slik at sykehusene kan kjøpe av oss"),
        .objective("nb", .objectiveHasMetric, fires: false, "Vinne B2B-markedet med 4G-kioskene våre"),
        .objective("nb", .objectiveHasMetric, fires: false, "Gjøre oppstarten sømløs i K3 2027"),
        .objective("nb", .objectiveHasMetric, fires: false, "Gjøre oppstarten sømløs i 3. kvartal 2027"),
        .objective("nb", .objectiveHasMetric, fires: false, "Bli Norges beste bestillingsapp innen 31. desember 2027"),
        .objective("nb", .objectiveHasMetric, fires: false, "Signere to store partnere slik at vi når nye markeder"),
        .objective(
            "nb", .objectiveHasMetric, fires: false, "Halvere ventetiden for pasientene slik at de slipper å vente"),

        // objective-too-long
        .objective(
            "nb", .objectiveTooLong, fires: true,
            "Gjøre timebestillingen så rask, vennlig og pålitelig at hver eneste lille klinikk i hele Norden "
                + "anbefaler oss videre til naboklinikkene sine"),
        .objective(
            "nb", .objectiveTooLong, fires: false,
            "Gjøre timebestillingen så rask, vennlig og pålitelig at hver eneste lille klinikk i hele Norden "
                + "anbefaler oss til naboklinikkene sine"),
        .objective(
            "nb", .objectiveTooLong, fires: false,
            "Gjøre bestillingen – rask – og vennlig – slik at hver lille klinikk anbefaler oss – til naboene sine – i dag"
        ),

        // objective-business-as-usual
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Opprettholde den høye oppetiden"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Holde kundene fornøyde"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Fortsette å støtte de eksisterende klinikkene våre"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Vi opprettholdt veksten vår"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Beholde de fornøyde kundene våre"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Videreføre dagens kundeservice"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Holde kostnadene nede"),
        .objective("nb", .objectiveBusinessAsUsual, fires: true, "Sikre stabil drift av plattformen"),
        .objective(
            "nb", .objectiveBusinessAsUsual, fires: false, "Begeistre klinikkene slik at de fortsetter å bruke oss"),
        .objective(
            "nb", .objectiveBusinessAsUsual, fires: false, "Øke de gjentakende inntektene for å beholde forspranget"),

        // objective-no-purpose
        .objective("nb", .objectiveNoPurpose, fires: true, "Forbedre onboardingen"),
        .objective("nb", .objectiveNoPurpose, fires: true, "Bli best på å ta imot nye klinikker"),
        .objective("nb", .objectiveNoPurpose, fires: false, "Forbedre onboardingen for å beholde nye klinikker"),
        .objective("nb", .objectiveNoPurpose, fires: false, "Forbedre onboardingen slik at nye klinikker blir værende"),
        .objective(
            "nb", .objectiveNoPurpose, fires: false, "Forbedre onboardingen så vi kan vokse uten å ansette flere"),
        .objective("nb", .objectiveNoPurpose, fires: false, "Forbedre onboardingen fordi nye klinikker gir opp"),

        // objective-no-krs
        .set("nb", .objectiveNoKeyResults, fires: true, "et mål uten nøkkelresultater") { set in
            set.objectives = [Objective(title: "Begeistre klinikkene slik at de blir hos oss")]
        },
        .set("nb", .objectiveNoKeyResults, fires: false, "et mål med ett nøkkelresultat") { set in
            set.objectives = [
                Objective(title: "Begeistre klinikkene", keyResults: [KeyResult("Øke NPS fra 30 til 45")])
            ]
        },
        .set("nb", .objectiveNoKeyResults, fires: false, "et tomt mål får bare objective-empty") { set in
            set.objectives = [Objective(title: "")]
        },

        // kr-empty
        .keyResult("nb", .keyResultEmpty, fires: true, ""),
        .keyResult("nb", .keyResultEmpty, fires: true, "  \t "),
        .keyResult("nb", .keyResultEmpty, fires: false, "Øke NPS fra 30 til 45 innen juni"),

        // kr-not-measurable
        .keyResult("nb", .keyResultNotMeasurable, fires: true, "Forbedre onboardingopplevelsen"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Lansere den nye appen innen 31. mars 2027"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Levere releasen i K3 eller uke 40"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Ta i bruk det nye journalsystemet i 3. kvartal"),
        .keyResult("nb", .keyResultNotMeasurable, fires: true, "Kurse alle ansatte og hver partner"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Signere en ny sykehusavtale innen uke 12"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Øke NPS fra 30 til 45"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Signere to nye sykehuspartnere"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Signere én ny sykehuspartner"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Doble antall ukentlig aktive klinikker"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Øke konverteringen med 20 %"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Redusere antall klager med en tredjedel innen juni"),

        // kr-no-baseline
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Nå 6 000 betalende abonnenter innen mars"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Ansette 12 utviklere"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Øke kundelojaliteten til 75 % innen utgangen av K1"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Redusere tiden fra ankomst til triage til 20 minutter"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Øke omsetningen til 5 MNOK"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke abonnementene fra 3 500 til 6 000 innen 31. mars"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke kundelojaliteten fra 68 % til 75 %"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke aktive brukere fra 1.500 til 2.000"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke snittordren fra 450 kr til 600 kr"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke omsetningen i Tyskland fra €200 000 til €350 000"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke ukentlige registreringer med 20 %"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke omsetningen med 500 000 kr i måneden"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Doble antall aktive klinikker"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Halvere antall supporthenvendelser"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke NPS til 45 (i dag 32)"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Få 20 % flere klinikker til å bestille på nett"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke omsetningen med en halv million innen juni"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Forbedre onboardingopplevelsen"),

        // kr-no-deadline
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke NPS fra 30 til 45"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Redusere svartiden fra 4 timer til 1 time"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke registreringer per måned fra 200 til 300"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke antall bestillinger pr. uke fra 200 til 300"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Redusere leveringstiden fra 14 dager til 7 dager"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke omsetningen med 20 000 kroner i uka"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke salget med 1 MNOK i året"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke omsetningen med 10 % hvert kvartal"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Øke andelen saker løst innen 24 timer fra 70 % til 90 %"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 innen 31. mars"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 innen utgangen av kvartalet"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 i K3"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 i Q3"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 i 3. kvartal"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 innen uke 12"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 innen 6 uker"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 i løpet av de neste 4 ukene"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 innen 30.06.2027"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 i 2027"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke salget med 1 MNOK i år"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45 før fellesferien"),
        .keyResult("nb", .keyResultNoDeadline, fires: false, "Øke NPS fra 30 til 45", cycle: "2027-K1"),

        // kr-is-activity
        .keyResult("nb", .keyResultIsActivity, fires: true, "Lansere den nye onboardingflyten innen mars"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Lanserer ny onboardingflyt i K2"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Ny onboardingflyt lansert innen mars"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Holde 4 kundeworkshops"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Sette opp et vervingsprogram i K2"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Skrive 10 blogginnlegg"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Gjennomføre 20 kundeintervjuer"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Ta i bruk nytt CRM-system innen K2"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Ansette 12 utviklere innen juni"),
        .keyResult(
            "nb", .keyResultIsActivity, fires: true, "Lansere onboarding slik at aktiveringen øker fra 30 % til 45 %"),
        .keyResult(
            "nb", .keyResultIsActivity, fires: false, "Øke aktiveringen fra 30 % til 45 % ved å lansere ny onboarding"),
        .keyResult("nb", .keyResultIsActivity, fires: false, "Redusere churn fra 5 % til 3 %"),
        .keyResult("nb", .keyResultIsActivity, fires: false, "Fullføringsgrad fra 40 % til 60 % innen juni"),
        .keyResult("nb", .keyResultIsActivity, fires: false, "Holde svartiden under 2 timer"),

        // kr-vague
        .keyResult("nb", .keyResultVague, fires: true, "Øke registreringene med ca. 20 %"),
        .keyResult("nb", .keyResultVague, fires: true, "Øke registreringene med omtrent 20 %"),
        .keyResult("nb", .keyResultVague, fires: true, "Redusere churn betydelig"),
        .keyResult("nb", .keyResultVague, fires: true, "Signere noen nye partnere innen juni"),
        .keyResult("nb", .keyResultVague, fires: true, "Få flere nye partnere"),
        .keyResult("nb", .keyResultVague, fires: true, "Prøve å øke NPS fra 30 til 45"),
        .keyResult("nb", .keyResultVague, fires: true, "Onboarde så mange klinikker som mulig innen juni"),
        .keyResult("nb", .keyResultVague, fires: true, "Bedre svartider fra 4 til 2 timer"),
        .keyResult("nb", .keyResultVague, fires: false, "Øke registreringene fra 1 000 til 1 200 innen juni"),
        .keyResult("nb", .keyResultVague, fires: false, "Få 20 % flere klinikker til å bestille på nett"),
        .keyResult(
            "nb", .keyResultVague, fires: false,
            "Redusere svartiden fra 4 til 2 timer for å gi kundene en bedre opplevelse"),

        // kr-compound
        .keyResult("nb", .keyResultCompound, fires: true, "Øke NPS fra 30 til 40 og redusere churn fra 5 % til 3 %"),
        .keyResult("nb", .keyResultCompound, fires: true, "Øke registreringer og aktivering med 20 %"),
        .keyResult("nb", .keyResultCompound, fires: true, "Øke omsetningen til 5 MNOK og kundene til 300"),
        .keyResult("nb", .keyResultCompound, fires: true, "Øke NPS fra 30 til 40 samt halvere churn"),
        .keyResult("nb", .keyResultCompound, fires: false, "Holde NPS mellom 40 og 50"),
        .keyResult(
            "nb", .keyResultCompound, fires: false, "Redusere tiden mellom ankomst og triage fra 40 til 20 minutter"),
        .keyResult("nb", .keyResultCompound, fires: false, "Øke NPS fra 30 til 40 slik at klinikkene blir og vokser"),
        .keyResult(
            "nb", .keyResultCompound, fires: false, "Øke daglige bestillinger fra hundre og femti til tre hundre"),
        .keyResult("nb", .keyResultCompound, fires: false, "Øke NPS fra 30 til 40"),

        // too-many-krs
        .set("nb", .tooManyKeyResults, fires: true, "fire nøkkelresultater") { set in
            set.objectives = [
                Objective(
                    title: "Begeistre klinikkene",
                    keyResults: (1...4).map { KeyResult("Øke måltall \($0) fra 1 til 2") })
            ]
        },
        .set("nb", .tooManyKeyResults, fires: false, "tre nøkkelresultater") { set in
            set.objectives = [
                Objective(
                    title: "Begeistre klinikkene",
                    keyResults: (1...3).map { KeyResult("Øke måltall \($0) fra 1 til 2") })
            ]
        },
        .set("nb", .tooManyKeyResults, fires: true, "fire, ett av dem tomt, teller fortsatt fire") { set in
            set.objectives = [
                Objective(
                    title: "Begeistre klinikkene",
                    keyResults: (1...3).map { KeyResult("Øke måltall \($0) fra 1 til 2") } + [KeyResult("")])
            ]
        },

        // too-few-krs
        .set("nb", .tooFewKeyResults, fires: true, "ett nøkkelresultat") { set in
            set.objectives = [
                Objective(title: "Begeistre klinikkene", keyResults: [KeyResult("Øke NPS fra 30 til 45")])
            ]
        },
        .set("nb", .tooFewKeyResults, fires: true, "ett tomt nøkkelresultat") { set in
            set.objectives = [Objective(title: "Begeistre klinikkene", keyResults: [KeyResult(" ")])]
        },
        .set("nb", .tooFewKeyResults, fires: false, "to nøkkelresultater") { set in
            set.objectives = [
                Objective(
                    title: "Begeistre klinikkene",
                    keyResults: [KeyResult("Øke NPS fra 30 til 45"), KeyResult("Redusere churn fra 5 % til 3 %")])
            ]
        },
        .set("nb", .tooFewKeyResults, fires: false, "ingen nøkkelresultater gir objective-no-krs i stedet") { set in
            set.objectives = [Objective(title: "Begeistre klinikkene")]
        },

        // too-many-objectives
        .set("nb", .tooManyObjectives, fires: true, "seks mål", at: (nil, nil)) { set in
            set.objectives = (1...6).map {
                Objective(title: "Mål \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },
        .set("nb", .tooManyObjectives, fires: false, "fem mål") { set in
            set.objectives = (1...5).map {
                Objective(title: "Mål \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },

        // duplicate-kr
        .set(
            "nb", .duplicateKeyResult, fires: true, "en kopi under et annet mål, med annen skrivemåte og mellomrom",
            at: (2, 2)
        ) {
            set in
            set.objectives = [
                Objective(title: "A", keyResults: [KeyResult("Øke NPS fra 30 til 45"), KeyResult("Annet")]),
                Objective(title: "B", keyResults: [KeyResult("Noe annet"), KeyResult("ØKE  nps fra 30 til 45.")]),
            ]
        },
        .set("nb", .duplicateKeyResult, fires: false, "ulike nøkkelresultater") { set in
            set.objectives = [
                Objective(
                    title: "A", keyResults: [KeyResult("Øke NPS fra 30 til 45"), KeyResult("Øke NPS fra 30 til 50")])
            ]
        },
        .set("nb", .duplicateKeyResult, fires: false, "to tomme nøkkelresultater er ingen kopier") { set in
            set.objectives = [Objective(title: "A", keyResults: [KeyResult(""), KeyResult(" ")])]
        },

        // objective-not-aligned
        .set("nb", .objectiveNotAligned, fires: true, "en parent-id som ikke står blant parents") { set in
            set.parents = [ParentObjective(id: "C1", title: "Bli førstevalget for små klinikker")]
            set.objectives = [
                Objective(title: "Begeistre klinikkene", parent: "C2", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nb", .objectiveNotAligned, fires: true, "ingen parent når settet har parents") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [Objective(title: "Begeistre klinikkene", keyResults: [KeyResult("A"), KeyResult("B")])]
        },
        .set("nb", .objectiveNotAligned, fires: true, "id-er må stemme nøyaktig, også store og små bokstaver") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Begeistre klinikkene", parent: "c1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nb", .objectiveNotAligned, fires: false, "en parent som stemmer nøyaktig") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Begeistre klinikkene", parent: "C1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nb", .objectiveNotAligned, fires: false, "et sett uten parents") { set in
            set.objectives = [Objective(title: "Begeistre klinikkene", keyResults: [KeyResult("A"), KeyResult("B")])]
        },

        // Engine fixes found while writing these cases.
        .objective("nb", .objectiveHasMetric, fires: false, "Lansere 2. generasjon av appen for å vinne sykehusene"),
        .objective(
            "nb", .objectiveHasMetric, fires: false, "Ta 1. plass i kundetilfredshet slik at klinikkene velger oss"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Øke registreringene med ca. 20 % innen juni"),
        .keyResult(
            "nb", .keyResultNoBaseline, fires: false, "Redusere ventetiden på legetimer fra 14 dager til 7 dager"),
        .keyResult(
            "nb", .keyResultNoDeadline, fires: true, "Redusere ventetiden på legetimer fra 14 dager til 7 dager"),
        .keyResult(
            "nb", .keyResultNoDeadline, fires: true, "Redusere ventetiden innen psykiatri fra 14 dager til 7 dager"),
        .keyResult("nb", .keyResultCompound, fires: false, "Øke NPS i Møre og Romsdal fra 30 til 40 innen juni"),
    ]
}

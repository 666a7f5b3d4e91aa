import OKRCore

extension RuleCase {
    /// Dutch examples for every rule.
    static let dutch: [RuleCase] = [
        // objective-empty
        .objective("nl", .objectiveEmpty, fires: true, ""),
        .objective("nl", .objectiveEmpty, fires: true, "   "),
        .objective("nl", .objectiveEmpty, fires: false, "Kleine klinieken blij maken zodat ze bij ons blijven"),

        // objective-has-metric
        .objective("nl", .objectiveHasMetric, fires: true, "Een uptime van 99,9% halen zodat klinieken ons vertrouwen"),
        .objective(
            "nl", .objectiveHasMetric, fires: true,
            "De omzet laten groeien naar € 5 mln omdat we break-even moeten draaien"),
        .objective(
            "nl", .objectiveHasMetric, fires: true,
            "De omzet laten groeien naar EUR 2 miljoen omdat we willen investeren"),
        .objective("nl", .objectiveHasMetric, fires: true, "1.850 nieuwe klinieken winnen"),
        .objective(
            "nl", .objectiveHasMetric, fires: true, "50.000 actieve gebruikers bereiken zodat we kunnen investeren"),
        .objective("nl", .objectiveHasMetric, fires: true, "40 partners binnenhalen om nieuwe markten te bereiken"),
        .objective("nl", .objectiveHasMetric, fires: true, "Met 20 % groeien zodat we kunnen blijven investeren"),
        .objective("nl", .objectiveHasMetric, fires: false, "De #1 boekingsapp voor klinieken worden in 2027"),
        .objective(
            "nl", .objectiveHasMetric, fires: false, "Nummer 1 van Nederland worden zodat klinieken voor ons kiezen"),
        .objective(
            "nl", .objectiveHasMetric, fires: false, "Nr. 1 worden in de Benelux omdat klinieken dan vanzelf komen"),
        .objective(
            "nl", .objectiveHasMetric, fires: false,
            "ISO 27001-gecertificeerd worden zodat ziekenhuizen bij ons kunnen kopen"),
        .objective("nl", .objectiveHasMetric, fires: false, "De B2B-markt veroveren met onze 4G-kiosken"),
        .objective("nl", .objectiveHasMetric, fires: false, "In K3 2027 de onboarding moeiteloos maken"),
        .objective("nl", .objectiveHasMetric, fires: false, "De onboarding vernieuwen voor 1 juli"),
        .objective(
            "nl", .objectiveHasMetric, fires: false, "Twee grote partners binnenhalen zodat we nieuwe markten bereiken"),

        // objective-too-long
        .objective(
            "nl", .objectiveTooLong, fires: true,
            "Onze boekingservaring zo snel, vriendelijk en betrouwbaar maken dat elke kleine kliniek in Nederland en België "
                + "ons aanbeveelt bij haar buren"),
        .objective(
            "nl", .objectiveTooLong, fires: false,
            "Onze boekingservaring zo snel, vriendelijk en betrouwbaar maken dat elke kleine kliniek in Nederland "
                + "ons aanbeveelt bij al haar buren"),
        .objective(
            "nl", .objectiveTooLong, fires: false,
            "Boeken - snel - en vriendelijk - maken zodat elke kleine kliniek in de regio ons aanbeveelt - bij haar buren - "
                + "vandaag nog"),

        // objective-business-as-usual
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "Onze hoge uptime handhaven"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "Klanten tevreden houden"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "We houden onze klanten tevreden"),
        .objective(
            "nl", .objectiveBusinessAsUsual, fires: true, "Doorgaan met het ondersteunen van onze bestaande klinieken"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "We hebben onze groei voortgezet"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "Onze groei voortzetten"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "We zetten de samenwerking met onze partners voort"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "Ons bereik in de zorgsector behouden"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "De kwaliteit van onze zorg op peil houden"),
        .objective("nl", .objectiveBusinessAsUsual, fires: true, "Blijven investeren in onze bestaande klanten"),
        .objective(
            "nl", .objectiveBusinessAsUsual, fires: false, "Klinieken enthousiast maken zodat ze ons blijven gebruiken"),
        .objective(
            "nl", .objectiveBusinessAsUsual, fires: false,
            "De terugkerende omzet laten groeien om onze voorsprong te behouden"),
        .objective(
            "nl", .objectiveBusinessAsUsual, fires: false,
            "Om onze voorsprong te behouden, de terugkerende omzet laten groeien"),
        .objective("nl", .objectiveBusinessAsUsual, fires: false, "Het behoud van nieuwe klinieken verbeteren"),

        // objective-no-purpose
        .objective("nl", .objectiveNoPurpose, fires: true, "De onboarding verbeteren"),
        .objective("nl", .objectiveNoPurpose, fires: true, "Proberen de onboarding te verbeteren"),
        .objective("nl", .objectiveNoPurpose, fires: true, "De onboarding verbeteren voor nieuwe klanten"),
        .objective("nl", .objectiveNoPurpose, fires: false, "De onboarding verbeteren om nieuwe klinieken te behouden"),
        .objective(
            "nl", .objectiveNoPurpose, fires: false,
            "De onboarding verbeteren om te groeien zonder extra mensen aan te nemen"),
        .objective("nl", .objectiveNoPurpose, fires: false, "De onboarding verbeteren zodat nieuwe klinieken blijven"),
        .objective("nl", .objectiveNoPurpose, fires: false, "De onboarding verbeteren omdat nieuwe klinieken afhaken"),
        .objective(
            "nl", .objectiveNoPurpose, fires: false, "De onboarding verbeteren, want nieuwe klinieken haken nu af"),

        // objective-no-krs
        .set("nl", .objectiveNoKeyResults, fires: true, "een doelstelling zonder kernresultaten") { set in
            set.objectives = [Objective(title: "Klinieken blij maken zodat ze bij ons blijven")]
        },
        .set("nl", .objectiveNoKeyResults, fires: false, "een doelstelling met een kernresultaat") { set in
            set.objectives = [
                Objective(title: "Klinieken blij maken", keyResults: [KeyResult("De NPS verhogen van 30 naar 45")])
            ]
        },
        .set("nl", .objectiveNoKeyResults, fires: false, "een lege doelstelling krijgt alleen objective-empty") { set in
            set.objectives = [Objective(title: "")]
        },

        // kr-empty
        .keyResult("nl", .keyResultEmpty, fires: true, ""),
        .keyResult("nl", .keyResultEmpty, fires: true, "  \t "),
        .keyResult("nl", .keyResultEmpty, fires: false, "De NPS verhogen van 30 naar 45 voor juni"),

        // kr-not-measurable
        .keyResult("nl", .keyResultNotMeasurable, fires: true, "De onboardingervaring verbeteren"),
        .keyResult("nl", .keyResultMilestone, fires: true, "De nieuwe app lanceren uiterlijk 31 maart 2027"),
        .keyResult("nl", .keyResultMilestone, fires: true, "De release opleveren in K3 of week 40"),
        .keyResult("nl", .keyResultMilestone, fires: true, "Binnen 6 weken de nieuwe app lanceren"),
        .keyResult("nl", .keyResultNotMeasurable, fires: true, "Alle medewerkers en elke partner trainen"),
        .keyResult("nl", .keyResultMilestone, fires: true, "Een nieuwe website lanceren voor de zomer"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "De NPS verhogen van 30 naar 45"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "Twee nieuwe ziekenhuispartners contracteren"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "Het aantal wekelijks actieve klinieken verdubbelen"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "De conversie met 20 procent verhogen"),

        // kr-no-baseline
        .keyResult("nl", .keyResultNoBaseline, fires: true, "6.000 betaalde abonnementen bereiken voor maart"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "12 ontwikkelaars aannemen"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "Het aantal demo's verhogen naar 35 per maand"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "De retentie verhogen naar 75% voor het einde van Q1"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: true, "De tijd van aankomst tot triage terugbrengen naar 20 minuten"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: false,
            "Het aantal abonnementen verhogen van 3.500 naar 6.000 uiterlijk 31 maart"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De retentie verhogen van 68% naar 75%"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De NPS van 32 naar 45 verhogen"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Het aantal wekelijkse aanmeldingen met 20% verhogen"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De omzet met € 500 per maand laten groeien"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Het aantal actieve klinieken verdubbelen"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Het aantal supporttickets halveren"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Aantal actieve klinieken verdubbeld voor eind K2"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: false, "Twee keer zoveel nieuwe klinieken aansluiten als vorig kwartaal"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De churn met de helft verminderen"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De NPS verhogen naar 45 (nu 32)"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: false, "Het aantal actieve gebruikers laten groeien van 1.500 naar 2.000"
        ),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "20% meer klinieken laten online boeken"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De onboardingervaring verbeteren"),

        // kr-no-deadline
        .keyResult("nl", .keyResultNoDeadline, fires: true, "De NPS verhogen van 30 naar 45"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "De responstijd terugbrengen van 4 uur naar 1 uur"),
        .keyResult(
            "nl", .keyResultNoDeadline, fires: true, "Het aantal aanmeldingen per maand verhogen van 200 naar 300"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "De doorlooptijd terugbrengen van 14 dagen naar 7 dagen"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "De omzet met € 500 per week laten groeien"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "Elke week 3 nieuwe klinieken aansluiten"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "De NPS verhogen van 30 naar 45 voor onze klanten"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "Binnen het team de doorlooptijd halveren"),
        .keyResult(
            "nl", .keyResultNoDeadline, fires: true, "Het aantal actieve gebruikers laten groeien van 1500 tot 2000"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 uiterlijk 31 maart"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 tegen eind juni"),
        .keyResult(
            "nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 voor het einde van het kwartaal"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 in Q3"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 in K3"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS in kwartaal 3 verhogen van 30 naar 45"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 voor week 12"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS binnen 6 weken verhogen van 30 naar 45"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 voor de zomer"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 uiterlijk 2027-06-30"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 in 2027"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45 in het 3e kwartaal"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "De NPS verhogen van 30 naar 45", cycle: "2027-K1"),

        // kr-is-activity
        .keyResult("nl", .keyResultIsActivity, fires: true, "De nieuwe onboardingflow lanceren voor maart"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "Ons team lanceert in K2 drie nieuwe functies"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "Nieuwe onboarding gelanceerd uiterlijk 1 maart"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "4 klantworkshops houden in K2"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "In K2 een verwijsprogramma opzetten"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "We zetten in K2 een verwijsprogramma op"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "Verwijsprogramma opgezet voor eind K2"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "10 blogposts schrijven"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "We rollen de app uit naar 40 klinieken"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "We voeren in K2 een nieuw prijsmodel in"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "3 nieuwe accountmanagers aannemen voor 1 april"),
        .keyResult(
            "nl", .keyResultIsActivity, fires: true, "De onboarding lanceren zodat de activatie stijgt van 30% naar 45%"
        ),
        .keyResult(
            "nl", .keyResultIsActivity, fires: false,
            "De activatie verhogen van 30% naar 45% door de onboarding te lanceren"),
        .keyResult("nl", .keyResultIsActivity, fires: false, "De churn verlagen van 5% naar 3%"),
        .keyResult("nl", .keyResultIsActivity, fires: false, "Voltooiingsgraad van 40% naar 60% voor juni"),
        .keyResult(
            "nl", .keyResultIsActivity, fires: false, "De duur van een deploy terugbrengen van 40 naar 10 minuten"),
        .keyResult("nl", .keyResultIsActivity, fires: false, "De NPS tussen 40 en 50 houden"),
        .keyResult("nl", .keyResultIsActivity, fires: false, "De churn onder 2% houden"),

        // kr-vague
        .keyResult("nl", .keyResultVague, fires: true, "Het aantal aanmeldingen met ongeveer 20% verhogen"),
        .keyResult("nl", .keyResultVague, fires: true, "Het aantal aanmeldingen met ca. 20% verhogen"),
        .keyResult("nl", .keyResultVague, fires: true, "Circa 500 nieuwe klinieken aansluiten voor juni"),
        .keyResult("nl", .keyResultVague, fires: true, "Zo'n 500 nieuwe klanten binnenhalen voor juni"),
        .keyResult("nl", .keyResultVague, fires: true, "De churn aanzienlijk verlagen"),
        .keyResult("nl", .keyResultVague, fires: true, "Enkele nieuwe partners binnenhalen"),
        .keyResult("nl", .keyResultVague, fires: true, "Meerdere nieuwe ziekenhuizen aansluiten voor juni"),
        .keyResult("nl", .keyResultVague, fires: true, "We proberen de NPS van 30 naar 45 te verhogen"),
        .keyResult("nl", .keyResultVague, fires: true, "De NPS flink verhogen"),
        .keyResult("nl", .keyResultVague, fires: true, "Zoveel mogelijk klinieken onboarden voor juni"),
        .keyResult("nl", .keyResultVague, fires: true, "Betere responstijden: van 4 naar 2 uur"),
        .keyResult("nl", .keyResultVague, fires: true, "Een aantal nieuwe partners contracteren"),
        .keyResult(
            "nl", .keyResultVague, fires: false, "Het aantal aanmeldingen verhogen van 1.000 naar 1.200 voor juni"),
        .keyResult("nl", .keyResultVague, fires: false, "20% meer klinieken laten online boeken"),
        .keyResult("nl", .keyResultVague, fires: false, "Het aantal actieve klinieken verhogen van 40 naar 60"),
        .keyResult(
            "nl", .keyResultVague, fires: false,
            "De NPS verhogen van 30 naar 45 zodat veel meer klinieken ons aanbevelen"),

        // kr-compound
        .keyResult(
            "nl", .keyResultCompound, fires: true, "De NPS verhogen van 30 naar 40 en de churn verlagen van 5% naar 3%"),
        .keyResult(
            "nl", .keyResultCompound, fires: true, "De NPS van 30 naar 40 verhogen en de churn van 5% naar 3% verlagen"),
        .keyResult("nl", .keyResultCompound, fires: true, "Aanmeldingen en activatie met 20% verhogen"),
        .keyResult("nl", .keyResultCompound, fires: true, "Klanttevredenheid en NPS met 10 punten verhogen"),
        .keyResult(
            "nl", .keyResultCompound, fires: true, "De omzet laten groeien naar € 5 mln en het aantal klanten naar 300"),
        .keyResult("nl", .keyResultCompound, fires: false, "De NPS tussen 40 en 50 houden"),
        .keyResult(
            "nl", .keyResultCompound, fires: false,
            "De tijd tussen aankomst en triage terugbrengen van 40 naar 20 minuten"),
        .keyResult(
            "nl", .keyResultCompound, fires: false, "De NPS verhogen van 30 naar 40 zodat klinieken blijven en groeien"),
        .keyResult("nl", .keyResultCompound, fires: false, "De NPS verhogen van 30 naar 40"),

        // too-many-krs
        .set("nl", .tooManyKeyResults, fires: true, "vier kernresultaten") { set in
            set.objectives = [
                Objective(
                    title: "Klinieken blij maken",
                    keyResults: (1...4).map { KeyResult("Maatstaf \($0) verhogen van 1 naar 2") })
            ]
        },
        .set("nl", .tooManyKeyResults, fires: false, "drie kernresultaten") { set in
            set.objectives = [
                Objective(
                    title: "Klinieken blij maken",
                    keyResults: (1...3).map { KeyResult("Maatstaf \($0) verhogen van 1 naar 2") })
            ]
        },
        .set("nl", .tooManyKeyResults, fires: true, "vier, waarvan één leeg, telt nog steeds als vier") { set in
            set.objectives = [
                Objective(
                    title: "Klinieken blij maken",
                    keyResults: (1...3).map { KeyResult("Maatstaf \($0) verhogen van 1 naar 2") } + [KeyResult("")])
            ]
        },

        // too-few-krs
        .set("nl", .tooFewKeyResults, fires: true, "één kernresultaat") { set in
            set.objectives = [
                Objective(title: "Klinieken blij maken", keyResults: [KeyResult("De NPS verhogen van 30 naar 45")])
            ]
        },
        .set("nl", .tooFewKeyResults, fires: true, "één leeg kernresultaat") { set in
            set.objectives = [Objective(title: "Klinieken blij maken", keyResults: [KeyResult(" ")])]
        },
        .set("nl", .tooFewKeyResults, fires: false, "twee kernresultaten") { set in
            set.objectives = [
                Objective(
                    title: "Klinieken blij maken",
                    keyResults: [
                        KeyResult("De NPS verhogen van 30 naar 45"), KeyResult("De churn verlagen van 5% naar 3%"),
                    ])
            ]
        },
        .set("nl", .tooFewKeyResults, fires: false, "geen kernresultaten is objective-no-krs") { set in
            set.objectives = [Objective(title: "Klinieken blij maken")]
        },

        // too-many-objectives
        .set("nl", .tooManyObjectives, fires: true, "zes doelstellingen", at: (nil, nil)) { set in
            set.objectives = (1...6).map {
                Objective(title: "Doelstelling \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },
        .set("nl", .tooManyObjectives, fires: false, "vijf doelstellingen") { set in
            set.objectives = (1...5).map {
                Objective(title: "Doelstelling \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },

        // duplicate-kr
        .set(
            "nl", .duplicateKeyResult, fires: true,
            "een herhaling in een andere doelstelling, andere hoofdletters en spaties", at: (2, 2)
        ) {
            set in
            set.objectives = [
                Objective(
                    title: "A", keyResults: [KeyResult("De NPS verhogen van 30 naar 45"), KeyResult("Iets anders")]),
                Objective(
                    title: "B", keyResults: [KeyResult("Nog iets"), KeyResult("de  NPS verhogen van 30 naar 45.")]),
            ]
        },
        .set("nl", .duplicateKeyResult, fires: false, "verschillende kernresultaten") { set in
            set.objectives = [
                Objective(
                    title: "A",
                    keyResults: [
                        KeyResult("De NPS verhogen van 30 naar 45"), KeyResult("De NPS verhogen van 30 naar 50"),
                    ])
            ]
        },
        .set("nl", .duplicateKeyResult, fires: false, "twee lege kernresultaten zijn geen dubbele") { set in
            set.objectives = [Objective(title: "A", keyResults: [KeyResult(""), KeyResult(" ")])]
        },

        // objective-not-aligned
        .set("nl", .objectiveNotAligned, fires: true, "een parent-id die niet in parents staat") { set in
            set.parents = [ParentObjective(id: "C1", title: "De eerste keus worden voor kleine klinieken")]
            set.objectives = [
                Objective(title: "Klinieken blij maken", parent: "C2", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nl", .objectiveNotAligned, fires: true, "geen parent terwijl de set parents noemt") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [Objective(title: "Klinieken blij maken", keyResults: [KeyResult("A"), KeyResult("B")])]
        },
        .set("nl", .objectiveNotAligned, fires: false, "een parent die precies overeenkomt") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Klinieken blij maken", parent: "C1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nl", .objectiveNotAligned, fires: false, "een set zonder parents") { set in
            set.objectives = [Objective(title: "Klinieken blij maken", keyResults: [KeyResult("A"), KeyResult("B")])]
        },

        // Engine fixes found while writing these cases.
        .keyResult("nl", .keyResultMilestone, fires: true, "De nieuwe app lanceren op 30-06-2027"),
        .objective("nl", .objectiveHasMetric, fires: false, "De onboarding vernieuwen voor 01-07-2027"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "In K3 500 nieuwe klinieken aansluiten"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "Voor 1 juli 500 nieuwe klinieken aansluiten"),
        .keyResult("nl", .keyResultNoDeadline, fires: false, "In 2027 500 nieuwe klinieken aansluiten"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Het aantal aanmeldingen met ca. 20% verhogen"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Het aantal aanmeldingen met zo'n 20% verhogen"),
        .keyResult("nl", .keyResultMilestone, fires: true, "De nieuwe app lanceren binnen zes weken"),
        .keyResult(
            "nl", .keyResultNoDeadline, fires: false, "Binnen twee maanden het aantal actieve klinieken verdubbelen"),
        .keyResult("nl", .keyResultCompound, fires: false, "Alle medewerkers en elke partner trainen"),
    ]
}

import OKRCore

extension RuleCase {
    /// Dutch examples for the changes of version 2 of the rule contract, from how real teams write.
    static let dutchVersion2: [RuleCase] = [
        // kr-milestone
        .keyResult("nl", .keyResultMilestone, fires: true, "Het nieuwe boekingssysteem is live voor 1 maart"),
        .keyResult("nl", .keyResultMilestone, fires: true, "Het beleid voor API-gebruik is gepubliceerd"),
        .keyResult("nl", .keyResultMilestone, fires: true, "ISO 14001-certificering behalen in K2"),
        .keyResult("nl", .keyResultMilestone, fires: true, "De nieuwe wizard lanceren uiterlijk 15 december"),
        .keyResult("nl", .keyResultMilestone, fires: true, "Het nieuwe EPD is in gebruik genomen"),
        .keyResult("nl", .keyResultMilestone, fires: false, "De samenwerking tussen teams verbeteren"),
        .keyResult("nl", .keyResultMilestone, fires: false, "De website sneller maken"),
        .keyResult("nl", .keyResultMilestone, fires: false, "Elke maand een nieuwsbrief publiceren"),
        .keyResult("nl", .keyResultMilestone, fires: false, "3 nieuwe koppelingen lanceren"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "Het nieuwe boekingssysteem is live voor 1 maart"),
        .keyResult("nl", .keyResultNotMeasurable, fires: true, "De website sneller maken"),
        .keyResult("nl", .keyResultNotMeasurable, fires: true, "Elke maand een nieuwsbrief publiceren"),

        // kr-no-baseline
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De uptime op minstens 99,5% houden"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: false, "Responstijd onder 3 seconden voor 95% van de zoekopdrachten"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Maximaal 2 ernstige incidenten per kwartaal"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "40 actieve partners behouden"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Nul kritieke beveiligingsincidenten"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "Klanttevredenheid 68% naar 75% uiterlijk K4"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De doorlooptijd met een derde verkorten"),
        .keyResult("nl", .keyResultNoBaseline, fires: false, "De wachttijd verlagen van 4 uur naar 45 minuten"),
        .keyResult(
            "nl", .keyResultNoBaseline, fires: true, "Een klanttevredenheidsscore van 4,5 uit 5 halen voor 1 juli"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "Het bereiken van de top 3 in de regio"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "Het foutpercentage verlagen tot onder 0,5%"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "5 klantevents houden"),

        // objective-no-purpose
        .set("nl", .objectiveNoPurpose, fires: false, "een doelstelling gekoppeld aan een hogere doelstelling") { set in
            set.parents = [ParentObjective(id: "B1", title: "De eerste keus worden voor kleine klinieken")]
            set.objectives = [
                Objective(
                    title: "De onboarding verbeteren", parent: "B1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nl", .objectiveNoPurpose, fires: true, "een parent die niet bestaat") { set in
            set.parents = [ParentObjective(id: "B1")]
            set.objectives = [
                Objective(
                    title: "De onboarding verbeteren", parent: "B9", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .objective(
            "nl", .objectiveNoPurpose, fires: false, "Groeien om in 2028 de grootste aanbieder van de regio te worden"),

        // kr-vague
        .keyResult("nl", .keyResultVague, fires: true, "De omzet met rond 1,2 miljoen euro verhogen"),
        .keyResult("nl", .keyResultVague, fires: true, "Ongeveer 500 klanten bereiken"),
        .keyResult("nl", .keyResultVague, fires: false, "Een blog schrijven rond de zoekfunctie"),
        .keyResult("nl", .keyResultVague, fires: false, "Vragen rond facturen verlagen van 40 naar 10 per week"),

        // Clarified
        .keyResult("nl", .keyResultIsActivity, fires: false, "De uptime op minstens 99,5% houden"),
        .keyResult("nl", .keyResultIsActivity, fires: false, "Elk team heeft een opleverplan"),
        .keyResult("nl", .keyResultIsActivity, fires: true, "We gaan 4 klantworkshops organiseren"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "De doorlooptijd met een derde verkorten"),
        .keyResult("nl", .keyResultCompound, fires: false, "De website is klaar en gepubliceerd"),
        .keyResult("nl", .keyResultNoDeadline, fires: true, "Het aantal tickets binnen de IT verlagen van 40 naar 20"),
        .objective(
            "nl", .objectiveHasMetric, fires: true,
            "De omzet met 1,2 miljoen euro laten groeien zodat we kunnen investeren"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "Het verloop verlagen na 12 maanden naar 65%"),
        .keyResult("nl", .keyResultNoBaseline, fires: true, "Het product gevalideerd met 3 nieuwe gebruikersgroepen"),
        .keyResult(
            "nl", .keyResultNotMeasurable, fires: true, "De ondersteuning voor RFC 42 in tier 1-diensten verbeteren"),
        .keyResult(
            "nl", .keyResultCompound, fires: true,
            "De verkoop verhogen van 200 naar 300 en de omzet van 5 naar 8 miljoen euro"),
        .keyResult("nl", .keyResultMilestone, fires: true, "De 2027-roadmap publiceren"),
        .keyResult("nl", .keyResultNotMeasurable, fires: false, "De 2027-roadmap publiceren"),
        .objective("nl", .objectiveHasMetric, fires: false, "Onze tier-1-klanten blij maken zodat ze verlengen"),
    ]
}

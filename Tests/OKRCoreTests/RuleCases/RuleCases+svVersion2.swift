import OKRCore

extension RuleCase {
    /// Swedish examples for the changes of version 2 of the rule contract, from how real teams write.
    static let swedishVersion2: [RuleCase] = [
        // kr-milestone
        .keyResult("sv", .keyResultMilestone, fires: true, "Nya bokningssystemet är på plats senast 1 mars"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Policyn för API-användning är publicerad"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Uppnå ISO 14001-certifiering under K2"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Lansera den nya guiden senast 15 december"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Appen har lanserats i App Store"),
        .keyResult("sv", .keyResultMilestone, fires: false, "Förbättra samarbetet mellan teamen"),
        .keyResult("sv", .keyResultMilestone, fires: false, "Göra webbplatsen snabbare"),
        .keyResult("sv", .keyResultMilestone, fires: false, "Publicera nyhetsbrev varje månad"),
        .keyResult("sv", .keyResultMilestone, fires: false, "Lansera 3 nya integrationer"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Nya bokningssystemet är på plats senast 1 mars"),
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Göra webbplatsen snabbare"),
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Publicera nyhetsbrev varje månad"),

        // kr-no-baseline
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Minst 99,5 % tillgänglighet varje vecka"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Hålla upptiden på minst 99,5 % varje vecka"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Svarstid under 3 sekunder för 95 % av sökningarna"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Högst 2 allvarliga incidenter per kvartal"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Behålla 40 aktiva partner"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Noll kritiska säkerhetsincidenter"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Kundnöjdhet 68 % till 75 % senast K4"),
        .keyResult("sv", .keyResultNoBaseline, fires: false, "Minska kostnaderna med en tredjedel"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Minska felfrekvensen till under 0,5 %"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Hålla 5 kundseminarier"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Öka försäljningen genom att lansera i två regioner"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Produkten valideras med 3 nya användargrupper"),

        // objective-no-purpose
        .set("sv", .objectiveNoPurpose, fires: false, "ett mål kopplat till ett överordnat mål") { set in
            set.parents = [ParentObjective(id: "F1", title: "Bli förstahandsvalet för små kliniker")]
            set.objectives = [
                Objective(
                    title: "Förbättra introduktionen", parent: "F1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("sv", .objectiveNoPurpose, fires: true, "en parent som inte finns") { set in
            set.parents = [ParentObjective(id: "F1")]
            set.objectives = [
                Objective(
                    title: "Förbättra introduktionen", parent: "F9", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },

        // kr-vague
        .keyResult("sv", .keyResultVague, fires: true, "Öka intäkterna med runt 2 miljoner kr"),
        .keyResult("sv", .keyResultVague, fires: true, "Nå ungefär 500 kunder"),
        .keyResult("sv", .keyResultVague, fires: false, "Skriva en artikel om sök runt jul"),
        .keyResult("sv", .keyResultVague, fires: false, "Minska frågor runt fakturor från 40 till 10 i veckan"),

        // Clarified
        .keyResult("sv", .keyResultIsActivity, fires: false, "Hålla upptiden på minst 99,5 % varje vecka"),
        .keyResult("sv", .keyResultIsActivity, fires: false, "Alla team har en leveransplan"),
        .keyResult("sv", .keyResultIsActivity, fires: true, "Vi ska genomföra 4 kundworkshops"),
        .keyResult("sv", .keyResultCompound, fires: false, "Webbplatsen är klar och publicerad"),
        .objective("sv", .objectiveHasMetric, fires: true, "Öka intäkterna med 10 mkr för att växa"),
        .keyResult("sv", .keyResultNoBaseline, fires: true, "Minska kundbortfallet efter 12 månader till 65 %"),
        .keyResult(
            "sv", .keyResultNoDeadline, fires: true, "Minska antalet ärenden inom IT-avdelningen från 40 till 20"),
        .keyResult("sv", .keyResultNotMeasurable, fires: true, "Förbättra stödet för RFC 42 i tier 1-tjänster"),
        .keyResult(
            "sv", .keyResultCompound, fires: true,
            "Öka försäljningen från 200 till 300 och intäkterna från 5 till 8 mkr"),
        .keyResult("sv", .keyResultMilestone, fires: true, "Publicera färdplanen för 2027"),
        .keyResult("sv", .keyResultNotMeasurable, fires: false, "Publicera färdplanen för 2027"),
        .objective("sv", .objectiveHasMetric, fires: false, "Glädja våra tier-1-kunder så att de förnyar"),
    ]
}

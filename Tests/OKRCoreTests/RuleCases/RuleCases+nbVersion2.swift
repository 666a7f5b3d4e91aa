import OKRCore

extension RuleCase {
    /// Norwegian examples for the changes of version 2 of the rule contract, from how real teams write.
    static let norwegianVersion2: [RuleCase] = [
        // kr-milestone
        .keyResult("nb", .keyResultMilestone, fires: true, "Nytt bookingsystem er på plass innen 1. mars"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Retningslinjene for bruk av API-et er publisert"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Oppnå ISO 27001-sertifisering innen utgangen av K2"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Lansere den nye veiviseren innen 15. desember"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Det nye journalsystemet er tatt i bruk"),
        .keyResult("nb", .keyResultMilestone, fires: false, "Forbedre samarbeidet mellom teamene"),
        .keyResult("nb", .keyResultMilestone, fires: false, "Gjøre nettsiden raskere"),
        .keyResult("nb", .keyResultMilestone, fires: false, "Publisere nyhetsbrev hver måned"),
        .keyResult("nb", .keyResultMilestone, fires: false, "Lansere 3 nye integrasjoner"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Nytt bookingsystem er på plass innen 1. mars"),
        .keyResult("nb", .keyResultNotMeasurable, fires: true, "Gjøre nettsiden raskere"),
        .keyResult("nb", .keyResultNotMeasurable, fires: true, "Publisere nyhetsbrev hver måned"),

        // kr-no-baseline
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Holde oppetiden på minst 99,5 % hver uke"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Svartid under 3 sekunder for 95 % av søkene"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Maks 2 alvorlige avvik per kvartal"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Opprettholde 40 aktive partnere"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Null kritiske sikkerhetshendelser"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Kundetilfredshet 68 % til 75 % innen K4"),
        .keyResult("nb", .keyResultNoBaseline, fires: false, "Redusere kostnadene med en tredjedel"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Redusere feilraten til under 0,5 %"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Holde 5 kundeseminarer"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Øke salget ved å lansere i to regioner"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Produktet er validert med 3 nye brukergrupper"),

        // objective-no-purpose
        .set("nb", .objectiveNoPurpose, fires: false, "et mål knyttet til et overordnet mål") { set in
            set.parents = [ParentObjective(id: "K1", title: "Bli førstevalget for små klinikker")]
            set.objectives = [
                Objective(title: "Forbedre oppstarten", parent: "K1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("nb", .objectiveNoPurpose, fires: true, "en parent som ikke finnes") { set in
            set.parents = [ParentObjective(id: "K1")]
            set.objectives = [
                Objective(title: "Forbedre oppstarten", parent: "K9", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },

        // kr-vague
        .keyResult("nb", .keyResultVague, fires: true, "Øke omsetningen med rundt 2 mill. kr"),
        .keyResult("nb", .keyResultVague, fires: true, "Nå omtrent 500 kunder"),
        .keyResult("nb", .keyResultVague, fires: false, "Skrive en artikkel om søk rundt jul"),
        .keyResult("nb", .keyResultVague, fires: false, "Redusere henvendelser rundt faktura fra 40 til 10 i uka"),

        // Clarified
        .keyResult("nb", .keyResultIsActivity, fires: false, "Holde oppetiden på minst 99,5 % hver uke"),
        .keyResult("nb", .keyResultIsActivity, fires: false, "Alle team har en leveranseplan"),
        .keyResult("nb", .keyResultIsActivity, fires: true, "Vi skal gjennomføre 4 kundeworkshops"),
        .keyResult("nb", .keyResultCompound, fires: false, "Nettsiden er ferdig og publisert"),
        .objective("nb", .objectiveHasMetric, fires: true, "Øke omsetningen med NOK 2 mill. for å vokse"),
        .keyResult("nb", .keyResultNoBaseline, fires: true, "Redusere frafallet etter 12 måneder til 65 %"),
        .keyResult("nb", .keyResultNoDeadline, fires: true, "Redusere antall saker innen IT-avdelingen fra 40 til 20"),
        .keyResult("nb", .keyResultNotMeasurable, fires: true, "Forbedre støtten for RFC 42 i tier 1-tjenester"),
        .keyResult(
            "nb", .keyResultCompound, fires: true, "Øke salget fra 200 til 300 og omsetningen fra 5 til 8 mill. kr"),
        .keyResult("nb", .keyResultMilestone, fires: true, "Publisere veikartet for 2027"),
        .keyResult("nb", .keyResultNotMeasurable, fires: false, "Publisere veikartet for 2027"),
        .objective("nb", .objectiveHasMetric, fires: false, "Glede tier-1-kundene våre slik at de fornyer"),
    ]
}

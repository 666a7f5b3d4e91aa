import CoachEngine
import OKRCore
import Testing

/// Whole conversations in Dutch.
struct DutchTranscriptTests {
    @Test func fromRoughIdeasToACleanSet() {
        let conversation = expectTranscript(
            """
            \(opening(team: "Groei"))
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Onboarding moeiteloos maken voor kleine klinieken
            De doelstelling zegt wat, maar niet waarom. Zonder reden kan het team geen goede afwegingen maken en voelt niemand waarom het ertoe doet.
            Wat is er beter als je dit doel hebt bereikt? Zeg het in een paar woorden.
            > om elke kliniek die zich aanmeldt te behouden
            Wat dacht je van: “Onboarding moeiteloos maken voor kleine klinieken, om elke kliniek die zich aanmeldt te behouden”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Doelstelling 1: Onboarding moeiteloos maken voor kleine klinieken, om elke kliniek die zich aanmeldt te behouden
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > De nieuwe onboardingflow lanceren
            Dit valt me op:
            Dit kernresultaat is een ja/nee-mijlpaal: op de deadline is het af of niet. Voor een echte mijlpaal is dat prima, maar het laat niet zien of het verschil heeft gemaakt.
            Het kernresultaat beschrijft een taak (“lanceren”), geen resultaat. Je kunt elke taak afvinken zonder dat er iets verandert wat ertoe doet.
            Is er een getal dat laat zien dat het effect heeft gehad? Noem wat je zou tellen, bijvoorbeeld “het aantal klinieken dat wekelijks actief is”. Druk op Enter om de mijlpaal te houden.
            > Het activatiepercentage
            Waar moet het getal aan het eind van de cyclus staan? Geef de streefwaarde waar je op mikt.
            > 45%
            Wat is de startwaarde: waar sta je nu?
            > 30%
            Uiterlijk wanneer? Druk op Enter om eind 2026-Q4 te kiezen.
            >
            Wat dacht je van: “Het activatiepercentage verhogen van 30% naar 45% uiterlijk eind 2026-Q4”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.1: Het activatiepercentage verhogen van 30% naar 45% uiterlijk eind 2026-Q4
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > De gemiddelde reactietijd bij de klantenservice terugbrengen naar 8 uur uiterlijk 31 december
            Dit valt me op:
            Het kernresultaat noemt een streefwaarde, maar geen startwaarde. Zonder “van” weet niemand of de streefwaarde ambitieus is of allang gehaald.
            Wat is de startwaarde: waar sta je nu?
            > 24 uur
            Wat dacht je van: “De gemiddelde reactietijd bij de klantenservice verlagen van 24 uur naar 8 uur uiterlijk 31 december”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.2: De gemiddelde reactietijd bij de klantenservice verlagen van 24 uur naar 8 uur uiterlijk 31 december
            Nog een kernresultaat toevoegen? (ja/nee)
            > klaar
            Combineren deze kernresultaten voorlopende indicatoren (die al vroeg veranderen, zoals activatie) met achterlopende (die zie je pas aan het eind, zoals omzet)? (ja/nee)
            > ja
            Nog een doelstelling toevoegen? (ja/nee)
            > nee
            Je set, Groei, 2026-Q4:
            O1: Onboarding moeiteloos maken voor kleine klinieken, om elke kliniek die zich aanmeldt te behouden
              KR1: Het activatiepercentage verhogen van 30% naar 45% uiterlijk eind 2026-Q4
              KR2: De gemiddelde reactietijd bij de klantenservice verlagen van 24 uur naar 8 uur uiterlijk 31 december
            Score 100/100: 0 fouten, 0 waarschuwingen, 0 opmerkingen
            Opgeslagen. Met /exporteer md, /exporteer json of /exporteer yaml schrijf je de set weg; /nieuw begint een nieuwe set.
            Klaar. Veel succes deze cyclus, en kom terug voor de wekelijkse check-in.
            """)
        #expect(conversation.session.finished)
        #expect(conversation.session.language == LanguageCode("nl"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
        #expect(Checker(languages: TestCoach.languages).check(conversation.session.set).summary.errors == 0)
    }

    @Test func revisingAnObjectiveAndKeepingAKeyResultAsWritten() {
        expectTranscript(
            """
            …
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > 99,9% uptime handhaven
            Dit valt me op:
            De doelstelling bevat een getal (“99,9%”). Een doelstelling zegt wat je wilt en waarom; getallen horen in de kernresultaten.
            Zet “99,9%” in een kernresultaat (“X verhogen van A naar B uiterlijk D”) en houd de doelstelling kwalitatief en inspirerend.
            De doelstelling gaat over het vasthouden van wat er al is (“handhaven”). OKR’s zijn er voor de veranderingen die je wilt bereiken; regulier werk volg je met je KPI’s.
            Vraag je af wat er aan het eind van de cyclus anders moet zijn en schrijf dát op, bijvoorbeeld “Onze dienstverlening zo betrouwbaar maken dat klinieken de helpdesk niet meer hoeven te bellen”.
            De doelstelling zegt wat, maar niet waarom. Zonder reden kan het team geen goede afwegingen maken en voelt niemand waarom het ertoe doet.
            Voeg de reden toe met “om … te”, “zodat” of “omdat”, bijvoorbeeld “De maandelijkse omzet laten groeien om onze voorsprong te behouden”.
            Wil je de doelstelling aanpassen? (ja/nee)
            > misschien
            Antwoord met ja of nee.
            Wil je de doelstelling aanpassen? (ja/nee)
            > ja
            Schrijf de doelstelling opnieuw op:
            > Onze dienstverlening zo betrouwbaar maken dat klinieken de helpdesk niet meer hoeven te bellen
            Dat is een heldere doelstelling: ze zegt wat en waarom.
            Doelstelling 1: Onze dienstverlening zo betrouwbaar maken dat klinieken de helpdesk niet meer hoeven te bellen
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aantal telefoontjes naar de helpdesk verlagen van 400 naar 150 per maand uiterlijk 31 maart
            Kernresultaat 1.1: Het aantal telefoontjes naar de helpdesk verlagen van 400 naar 150 per maand uiterlijk 31 maart
            Nog een kernresultaat toevoegen? (ja/nee)
            """, language: "nl", before: ["Groei", "", ""])
    }

    @Test func undoSwitchLanguageAndNonsense() {
        let conversation = expectTranscript(
            """
            Hoi, ik ben okrcoach. Ik help je een doelstelling en maximaal drie kernresultaten op te schrijven, één vraag tegelijk. Typ /help voor de commando’s.
            Voor welk team is deze set?
            > /terug
            Er is niets om ongedaan te maken.
            Voor welk team is deze set?
            > Groei
            Over welke cyclus gaat het? Druk op Enter om 2026-Q4 te kiezen.
            > 2027-K1
            Aan welke bovenliggende doelstelling draagt deze set bij? Druk op Enter om over te slaan.
            > /terug
            Ongedaan gemaakt. Terug naar de vorige vraag.
            Over welke cyclus gaat het? Druk op Enter om 2026-Q4 te kiezen.
            > 2027-K2
            Aan welke bovenliggende doelstelling draagt deze set bij? Druk op Enter om over te slaan.
            > /overslaan
            Overgeslagen.
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > /wissen
            Het commando “/wissen” bestaat niet. Typ /help voor een overzicht.
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            >
            Schrijf een paar woorden, of typ /help.
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > /taal xx
            Ik spreek geen “xx”. Ik spreek en, nb, nl, sv.
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > Het factureren zo eenvoudig maken dat klanten op tijd betalen
            Dat is een heldere doelstelling: ze zegt wat en waarom.
            Doelstelling 1: Het factureren zo eenvoudig maken dat klanten op tijd betalen
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aandeel facturen dat op tijd betaald wordt verhogen naar 90% uiterlijk juni
            Dit valt me op:
            Het kernresultaat noemt een streefwaarde, maar geen startwaarde. Zonder “van” weet niemand of de streefwaarde ambitieus is of allang gehaald.
            Wat is de startwaarde: waar sta je nu?
            > veel
            Geef een getal, bijvoorbeeld 42 of 68%.
            Wat is de startwaarde: waar sta je nu?
            > 72%
            Wat dacht je van: “Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni”? Antwoord ja, of schrijf je eigen versie.
            > /toon
            O1: Het factureren zo eenvoudig maken dat klanten op tijd betalen
            Wat dacht je van: “Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni”? Antwoord ja, of schrijf je eigen versie.
            > /taal en
            I'll speak English from now on.
            How about: “Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni”? Answer yes, or write your own.
            > ja
            Key result 1.1: Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni
            Add another key result? (yes/no)
            > /terug
            Undone. Back to the previous question.
            How about: “Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni”? Answer yes, or write your own.
            > /toon
            O1: Het factureren zo eenvoudig maken dat klanten op tijd betalen
            How about: “Het aandeel facturen dat op tijd betaald wordt verhogen van 72% naar 90% uiterlijk juni”? Answer yes, or write your own.
            """, language: "nl")
        expectUndoneToFirstKeyResult(conversation.session, cycle: "2027-K2", speaking: "en")
    }

    @Test func doneAndFocusAfterThreeKeyResults() {
        let conversation = expectTranscript(
            """
            …
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aantal boekingen per week verhogen van 700 naar 900 uiterlijk 31 december
            Kernresultaat 1.1: Het aantal boekingen per week verhogen van 700 naar 900 uiterlijk 31 december
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > Het aandeel no-shows verlagen van 12% naar 8% uiterlijk 31 december
            Kernresultaat 1.2: Het aandeel no-shows verlagen van 12% naar 8% uiterlijk 31 december
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.3, of “klaar” om verder te gaan:
            > De NPS verhogen van 32 naar 45 uiterlijk 31 december
            Kernresultaat 1.3: De NPS verhogen van 32 naar 45 uiterlijk 31 december
            Dat zijn 3 kernresultaten. Met maximaal drie blijft een team gefocust. Wil je er toch nog een toevoegen? (ja/nee)
            > nee
            Combineren deze kernresultaten voorlopende indicatoren (die al vroeg veranderen, zoals activatie) met achterlopende (die zie je pas aan het eind, zoals omzet)? (ja/nee)
            > nee
            Overweeg naast de achterlopende indicatoren een voorlopende toe te voegen die je elke week kunt volgen.
            Nog een doelstelling toevoegen? (ja/nee)
            > ja
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > De online agenda zo eenvoudig maken dat patiënten zelf hun afspraak boeken
            Dat is een heldere doelstelling: ze zegt wat en waarom.
            Doelstelling 2: De online agenda zo eenvoudig maken dat patiënten zelf hun afspraak boeken
            Kernresultaat 2.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aandeel online boekingen verhogen van 40% naar 65% uiterlijk 31 december
            Kernresultaat 2.1: Het aandeel online boekingen verhogen van 40% naar 65% uiterlijk 31 december
            Nog een kernresultaat toevoegen? (ja/nee)
            > klaar
            Nog een doelstelling toevoegen? (ja/nee)
            > nee
            Je set, Groei, 2026-Q4:
            O1: Klinieken zo blij maken dat ze ons aanbevelen
              KR1: Het aantal boekingen per week verhogen van 700 naar 900 uiterlijk 31 december
              KR2: Het aandeel no-shows verlagen van 12% naar 8% uiterlijk 31 december
              KR3: De NPS verhogen van 32 naar 45 uiterlijk 31 december
            O2: De online agenda zo eenvoudig maken dat patiënten zelf hun afspraak boeken
              KR1: Het aandeel online boekingen verhogen van 40% naar 65% uiterlijk 31 december
            [too-few-krs] O2: De doelstelling heeft maar één kernresultaat. Eén losse maatstaf is makkelijk te manipuleren.
            Score 98/100: 0 fouten, 0 waarschuwingen, 1 opmerking
            Opgeslagen. Met /exporteer md, /exporteer json of /exporteer yaml schrijf je de set weg; /nieuw begint een nieuwe set.
            Klaar. Veel succes deze cyclus, en kom terug voor de wekelijkse check-in.
            """, language: "nl", before: ["Groei", "", "", "Klinieken zo blij maken dat ze ons aanbevelen"])
        #expect(conversation.session.finished)
        #expect(conversation.session.set.objectives.map(\.keyResults.count) == [3, 1])
        #expect(conversation.session.draft.leadingLaggingAsked == [1])
    }
}

import CoachEngine
import OKRCore
import Testing

/// The proposals of issue 10's “Seen” list, tried as a new user would, in all four languages.
struct ProposalTranscriptTests {
    /// English: the measure kept whole with its time words, the deadline with its own preposition,
    /// a decrease from the numbers, and the words around the numbers left out.
    @Test func englishMeasuresDeadlinesAndDirectionsAsWritten() {
        expectTranscript(
            """
            …
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Make onboarding effortless for small clinics
            The objective says what, but not why. Without a reason, the team cannot weigh trade-offs or feel why it matters.
            What will be better once you reach it? Say it in a few words.
            > clinics stay with us
            How about: “Make onboarding effortless for small clinics so that clinics stay with us”? Answer yes, or write your own.
            > yes
            Objective 1: Make onboarding effortless for small clinics so that clinics stay with us
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Launch the new onboarding flow
            Here is what I notice:
            This key result is a yes/no milestone: by the deadline it is either done or not. That is fine for a real milestone, but it does not show whether it made a difference.
            The key result describes a task (“launch”), not an outcome. You can finish every task and still not move anything that matters.
            Would a number show that it worked? Name what you would count, for example “weekly active clinics”. Press Enter to keep the milestone.
            > clinics activated in their first seven days
            Where should it be at the end? Give the number you aim for.
            > 45%
            What is the value today?
            > 30%
            By when? Press Enter for the end of 2026-Q4.
            > within 6 weeks
            How about: “Increase clinics activated in their first seven days from 30% to 45% within 6 weeks”? Answer yes, or write your own.
            > yes
            Key result 1.1: Increase clinics activated in their first seven days from 30% to 45% within 6 weeks
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Get churn down to 3%
            Here is what I notice:
            The key result has a target but no starting value. Without “from”, nobody can tell whether the target is a stretch or already reached.
            What is the value today?
            > 5%
            By when? Press Enter for the end of 2026-Q4.
            >
            How about: “Reduce churn from 5% to 3% by the end of 2026-Q4”? Answer yes, or write your own.
            > yes
            Key result 1.2: Reduce churn from 5% to 3% by the end of 2026-Q4
            Add another key result? (yes/no)
            > yes
            Key result 1.3, or “done” to move on:
            > 600 weekly active clinics by March
            Here is what I notice:
            The key result has a target but no starting value. Without “from”, nobody can tell whether the target is a stretch or already reached.
            What is the value today?
            > 420
            How about: “Increase weekly active clinics from 420 to 600 by March”? Answer yes, or write your own.
            > yes
            Key result 1.3: Increase weekly active clinics from 420 to 600 by March
            That makes 3 key results. Three at the most keeps a team focused. Add one more anyway? (yes/no)
            """, language: "en", before: ["Growth", "", ""])
    }

    /// English: a proposal that would lose words of the draft is not offered; the pattern is shown
    /// and the person writes it.
    @Test func englishAsksThePersonToWriteWhatItIsNotSureOf() {
        expectTranscript(
            """
            …
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Cut time to triage to 8 h
            Here is what I notice:
            The key result has a target but no starting value. Without “from”, nobody can tell whether the target is a stretch or already reached.
            What is the value today?
            > 24 h
            By when? Press Enter for the end of 2026-Q4.
            """, language: "en",
            before: [
                "Growth", "", "", "Make onboarding effortless for small clinics", "to keep every clinic that signs up",
                "yes",
            ])
    }

    /// Norwegian: the proposed objective is checked again before it is saved, the measure keeps its
    /// “etter 7 dager”, and “i løpet av K1” keeps its own words.
    @Test func norwegianChecksTheProposedObjectiveAndKeepsItsDeadline() {
        expectTranscript(
            """
            …
            Hva vil dere oppnå denne syklusen? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Gjøre oppstarten enkel for små klinikker
            Målet sier hva, men ikke hvorfor. Uten en begrunnelse er det vanskelig for teamet å prioritere og å forstå hvorfor dette er viktig.
            Hva blir bedre når dere har nådd målet? Si det med noen få ord.
            > for å nå 10 mill. kr i omsetning
            Hva med: «Gjøre oppstarten enkel for små klinikker for å nå 10 mill. kr i omsetning»? Svar ja, eller skriv din egen versjon.
            > ja
            Dette legger jeg merke til:
            Målet inneholder et tall («10 mill. kr»). Et mål sier hva dere vil og hvorfor; tallene hører hjemme i nøkkelresultatene.
            Flytt «10 mill. kr» til et nøkkelresultat («Øke X fra A til B innen D»), og la målet være kvalitativt og inspirerende.
            Vil du skrive det om? (ja/nei)
            > nei
            Hva blir bedre når dere har nådd målet? Si det med noen få ord.
            > slik at klinikkene blir hos oss
            Hva med: «Gjøre oppstarten enkel for små klinikker slik at klinikkene blir hos oss»? Svar ja, eller skriv din egen versjon.
            > ja
            Mål 1: Gjøre oppstarten enkel for små klinikker slik at klinikkene blir hos oss
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Lansere den nye veiviseren
            Dette legger jeg merke til:
            Dette nøkkelresultatet er en ja/nei-milepæl: innen fristen er det enten gjort eller ikke. Det er greit for en ekte milepæl, men det viser ikke om det gjorde noen forskjell.
            Nøkkelresultatet beskriver en oppgave («lansere»), ikke et resultat. Dere kan krysse av for hver eneste oppgave uten at noe viktig har endret seg.
            Finnes det et tall som ville vist at det virket? Si hva dere ville telt, for eksempel «antall klinikker som er aktive hver uke». Trykk Enter for å beholde milepælen.
            > andel klinikker som er aktive etter 7 dager
            Hvor skal tallet ligge når syklusen er over? Oppgi måltallet dere sikter mot.
            > 45 %
            Hva er startverdien, altså tallet i dag?
            > 30 %
            Innen når? Trykk Enter for å velge utgangen av 2026-K4.
            > i løpet av K1
            Hva med: «Øke andel klinikker som er aktive etter 7 dager fra 30 % til 45 % i løpet av K1»? Svar ja, eller skriv din egen versjon.
            > ja
            Nøkkelresultat 1.1: Øke andel klinikker som er aktive etter 7 dager fra 30 % til 45 % i løpet av K1
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > ja
            Nøkkelresultat 1.2, eller «ferdig» for å gå videre:
            > Øke antall aktive klinikker til 600
            Dette legger jeg merke til:
            Nøkkelresultatet har et måltall, men ingen startverdi. Uten «fra» kan ingen se om måltallet er ambisiøst eller allerede nådd.
            Hva er startverdien, altså tallet i dag?
            > 420
            Innen når? Trykk Enter for å velge utgangen av 2026-K4.
            >
            Hva med: «Øke antall aktive klinikker fra 420 til 600 innen utgangen av 2026-K4»? Svar ja, eller skriv din egen versjon.
            > ja
            Nøkkelresultat 1.2: Øke antall aktive klinikker fra 420 til 600 innen utgangen av 2026-K4
            Vil du legge til et nøkkelresultat til? (ja/nei)
            """, language: "nb", before: ["Vekst", "", ""])
    }

    /// Swedish: “första månaden” stays in the measure, “inom 6 veckor” keeps its own word, “Få ner”
    /// becomes “Minska” and the default reads “senast i slutet av”.
    @Test func swedishKeepsTheMeasureAndItsDeadline() {
        expectTranscript(
            """
            …
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Göra introduktionen enkel för små kliniker
            Målet säger vad, men inte varför. Utan ett syfte blir det svårt för teamet att göra avvägningar och att förstå varför det spelar roll.
            Vad blir bättre när ni har nått målet? Säg det med några få ord.
            > så att de stannar hos oss
            Vad sägs om: ”Göra introduktionen enkel för små kliniker så att de stannar hos oss”? Svara ja, eller skriv en egen version.
            > ja
            Mål 1: Göra introduktionen enkel för små kliniker så att de stannar hos oss
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Lansera den nya guiden
            Det här lägger jag märke till:
            Det här nyckelresultatet är en ja/nej-milstolpe: när deadline kommer är det antingen gjort eller inte. Det är helt okej för en riktig milstolpe, men det visar inte om det gjorde någon skillnad.
            Nyckelresultatet beskriver en aktivitet (”lansera”), inte ett resultat. Ni kan bocka av varenda aktivitet utan att något som spelar roll har förändrats.
            Finns det en siffra som skulle visa att det fungerade? Säg vad ni skulle räkna, till exempel ”antalet kliniker som är aktiva varje vecka”. Tryck Enter för att behålla milstolpen.
            > antal bokningar per ny klinik första månaden
            Var ska siffran ligga när cykeln är slut? Ange målvärdet ni siktar på.
            > 12
            Vad är startvärdet, alltså värdet i dag?
            > 8
            Senast när? Tryck Enter om det är i slutet av 2026-Q4.
            > inom 6 veckor
            Vad sägs om: ”Öka antal bokningar per ny klinik första månaden från 8 till 12 inom 6 veckor”? Svara ja, eller skriv en egen version.
            > ja
            Nyckelresultat 1.1: Öka antal bokningar per ny klinik första månaden från 8 till 12 inom 6 veckor
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > ja
            Nyckelresultat 1.2, eller ”klar” för att gå vidare:
            > Få ner churn till 3 %
            Det här lägger jag märke till:
            Nyckelresultatet har ett målvärde men inget startvärde. Utan ”från” kan ingen avgöra om målvärdet är en verklig utmaning eller redan är nått.
            Vad är startvärdet, alltså värdet i dag?
            > 5 %
            Senast när? Tryck Enter om det är i slutet av 2026-Q4.
            >
            Vad sägs om: ”Minska churn från 5 % till 3 % senast i slutet av 2026-Q4”? Svara ja, eller skriv en egen version.
            > ja
            Nyckelresultat 1.2: Minska churn från 5 % till 3 % senast i slutet av 2026-Q4
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            """, language: "sv", before: ["Tillväxt", "", ""])
    }

    /// Dutch: the reason’s verb goes last, the measure opens the sentence whole, and “binnen 6 weken”
    /// keeps its own word.
    @Test func dutchPutsTheVerbLastAndKeepsTheMeasure() {
        expectTranscript(
            """
            …
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > Onboarding moeiteloos maken voor kleine klinieken
            De doelstelling zegt wat, maar niet waarom. Zonder reden kan het team geen goede afwegingen maken en voelt niemand waarom het ertoe doet.
            Wat is er beter als je dit doel hebt bereikt? Zeg het in een paar woorden.
            > ze blijven bij ons
            Wat dacht je van: “Onboarding moeiteloos maken voor kleine klinieken, zodat ze bij ons blijven”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Doelstelling 1: Onboarding moeiteloos maken voor kleine klinieken, zodat ze bij ons blijven
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > De nieuwe wizard lanceren
            Dit valt me op:
            Dit kernresultaat is een ja/nee-mijlpaal: op de deadline is het af of niet. Voor een echte mijlpaal is dat prima, maar het laat niet zien of het verschil heeft gemaakt.
            Het kernresultaat beschrijft een taak (“lanceren”), geen resultaat. Je kunt elke taak afvinken zonder dat er iets verandert wat ertoe doet.
            Is er een getal dat laat zien dat het effect heeft gehad? Noem wat je zou tellen, bijvoorbeeld “het aantal klinieken dat wekelijks actief is”. Druk op Enter om de mijlpaal te houden.
            > percentage klinieken dat binnen een week boekt
            Waar moet het getal aan het eind van de cyclus staan? Geef de streefwaarde waar je op mikt.
            > 45%
            Wat is de startwaarde: waar sta je nu?
            > 30%
            Uiterlijk wanneer? Druk op Enter om eind 2026-Q4 te kiezen.
            > binnen 6 weken
            Wat dacht je van: “Percentage klinieken dat binnen een week boekt verhogen van 30% naar 45% binnen 6 weken”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.1: Percentage klinieken dat binnen een week boekt verhogen van 30% naar 45% binnen 6 weken
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > Het aantal klinieken dat wekelijks actief is verhogen naar 45
            Dit valt me op:
            Het kernresultaat noemt een streefwaarde, maar geen startwaarde. Zonder “van” weet niemand of de streefwaarde ambitieus is of allang gehaald.
            Wat is de startwaarde: waar sta je nu?
            > 30
            Uiterlijk wanneer? Druk op Enter om eind 2026-Q4 te kiezen.
            > 31 maart
            Wat dacht je van: “Het aantal klinieken dat wekelijks actief is verhogen van 30 naar 45 uiterlijk 31 maart”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.2: Het aantal klinieken dat wekelijks actief is verhogen van 30 naar 45 uiterlijk 31 maart
            Nog een kernresultaat toevoegen? (ja/nee)
            """, language: "nl", before: ["Groei", "", ""])
    }

    /// Dutch: a reason written as an infinitive takes “om … te”.
    @Test func dutchWritesAnInfinitiveReasonWithOmTe() {
        expectTranscript(
            """
            …
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > Onboarding moeiteloos maken voor kleine klinieken
            De doelstelling zegt wat, maar niet waarom. Zonder reden kan het team geen goede afwegingen maken en voelt niemand waarom het ertoe doet.
            Wat is er beter als je dit doel hebt bereikt? Zeg het in een paar woorden.
            > klanten behouden
            Wat dacht je van: “Onboarding moeiteloos maken voor kleine klinieken, om klanten te behouden”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Doelstelling 1: Onboarding moeiteloos maken voor kleine klinieken, om klanten te behouden
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            """, language: "nl", before: ["Groei", "", ""])
    }

    /// The objective with its reason, as each language writes it; the connector the person wrote is not doubled.
    @Test(arguments: [
        (
            "en", "Make onboarding effortless", "keep every clinic",
            "Make onboarding effortless in order to keep every clinic"
        ),
        ("en", "Make onboarding effortless", "so that clinics stay", "Make onboarding effortless so that clinics stay"),
        ("nb", "Gjøre oppstarten enkel", "beholde hver klinikk", "Gjøre oppstarten enkel for å beholde hver klinikk"),
        (
            "sv", "Göra introduktionen enkel", "de stannar hos oss",
            "Göra introduktionen enkel så att de stannar hos oss"
        ),
        (
            "nl", "Onboarding moeiteloos maken", "zodat ze blijven bij ons",
            "Onboarding moeiteloos maken, zodat ze bij ons blijven"
        ),
        (
            "nl", "Onboarding moeiteloos maken", "zodat klanten behouden",
            "Onboarding moeiteloos maken, om klanten te behouden"
        ),
        (
            "nl", "Onboarding moeiteloos maken", "om klanten te behouden",
            "Onboarding moeiteloos maken, om klanten te behouden"
        ),
        (
            "nl", "Onboarding moeiteloos maken", "ze kunnen sneller groeien",
            "Onboarding moeiteloos maken, zodat ze sneller kunnen groeien"
        ),
        ("nl", "Onboarding moeiteloos maken", "klanten blijven", "Onboarding moeiteloos maken, zodat klanten blijven"),
        (
            "nl", "Onboarding moeiteloos maken", "meer klinieken blijven",
            "Onboarding moeiteloos maken, zodat meer klinieken blijven"
        ),
        ("nl", "Onboarding moeiteloos maken", "de churn daalt", "Onboarding moeiteloos maken, zodat de churn daalt"),
        (
            "nb", "Gjøre oppstarten enkel", "at klinikkene blir værende",
            "Gjøre oppstarten enkel slik at klinikkene blir værende"
        ),
        ("nb", "Gjøre oppstarten enkel", "å beholde klinikkene", "Gjøre oppstarten enkel for å beholde klinikkene"),
        (
            "sv", "Göra introduktionen enkel", "att behålla kunderna",
            "Göra introduktionen enkel för att behålla kunderna"
        ),
    ])
    func theReasonIsWrittenGrammatically(_ language: String, _ objective: String, _ why: String, _ expected: String) {
        var conversation = Conversation(language: language)
        conversation.type("Team", "", "", objective, why)
        let proposal = TestCoach.coach.texts(for: conversation.session).message("propose_objective", ["text": expected])
        #expect(conversation.question == proposal)
    }

    /// Dutch: “Wekelijks verhogen van 25 naar 40” names how often, not what; the coach asks for the
    /// measure and keeps it whole in the proposal.
    @Test func dutchAsksForTheMeasureThatWasLost() {
        var conversation = Conversation(language: "nl")
        conversation.type(
            "Groei", "", "", "Onboarding moeiteloos maken voor kleine klinieken", "klanten behouden", "ja")
        conversation.type("Wekelijks verhogen van 25 naar 40")
        let texts = TestCoach.coach.texts(for: conversation.session)
        #expect(conversation.question == texts.message("ask_measure"))
        conversation.type("het aantal klinieken dat wekelijks actief is", "")
        let proposal = "Het aantal klinieken dat wekelijks actief is verhogen van 25 naar 40 uiterlijk eind 2026-Q4"
        #expect(conversation.question == texts.message("propose_key_result", ["text": proposal]))
    }
}

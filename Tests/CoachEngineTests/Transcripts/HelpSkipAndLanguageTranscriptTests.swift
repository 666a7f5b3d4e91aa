import CoachEngine
import OKRCore
import Testing

/// Answers that are no content, and answers that must not be lost or judged in the wrong
/// language, in all four languages: "?" and "help" get the question explained with an example,
/// "don't know" as the starting value leaves it to the first check-in, /skip keeps what is
/// answered after it, /lang keeps each text in the language it was written in, and the
/// retrospective's "what we change" greets the next set however it is started.
struct HelpSkipAndLanguageTranscriptTests {
    @Test func helpAndDontKnowInEnglish() {
        let conversation = expectTranscript(
            """
            Hi, I'm okrcoach. I'll help you write an objective and up to three key results, one question at a time. Type /help for commands.
            Which team is this set for?
            > ?
            The team that owns these OKRs, so the set has a name: for example “Growth” or “Customer support”.
            Which team is this set for?
            > Growth
            Which cycle does it cover? Press Enter for 2026-Q4.
            >
            Which higher-level objective does it serve? Press Enter to skip.
            > ?
            An objective of the company or department that this set helps to reach, for example “Become the clinics’ first choice in the Nordics”. If there is none, press Enter.
            Which higher-level objective does it serve? Press Enter to skip.
            >
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > ?
            An objective says what you want to be different by the end of the cycle, in words and without numbers, and why it matters. For example “Make onboarding effortless for small clinics so that they stay with us”.
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Make onboarding effortless for small clinics
            The objective says what, but not why. Without a reason, the team cannot weigh trade-offs or feel why it matters.
            What will be better once you reach it? Say it in a few words.
            > help
            Say what will be better once the objective is reached, for example “so that more clinics stay after their first month”.
            What will be better once you reach it? Say it in a few words.
            > so that they stay with us
            How about: “Make onboarding effortless for small clinics so that they stay with us”? Answer yes, or write your own.
            > ?
            Answer yes to keep my proposal as it stands, or write the sentence the way you want it.
            How about: “Make onboarding effortless for small clinics so that they stay with us”? Answer yes, or write your own.
            > yes
            Objective 1: Make onboarding effortless for small clinics so that they stay with us
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > what?
            A key result is a number that shows you got there: what you count, where it is today, where it should be, and by when. For example “Increase weekly active clinics from 420 to 600 by 31 March”.
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Increase weekly active clinics to 600 by 31 March
            Here is what I notice:
            The key result has a target but no starting value. Without “from”, nobody can tell whether the target is a stretch or already reached.
            What is the value today?
            > don't know
            Then measure it first: a target means little without knowing where you stand. I’ll leave the starting value out, and your first check-in becomes the starting value.
            How about: “Increase weekly active clinics to 600 by 31 March”? Answer yes, or write your own.
            > yes
            Key result 1.1: Increase weekly active clinics to 600 by 31 March
            Add another key result? (yes/no)
            """, language: "en")
        expectOnlyAnswersKept(in: conversation.session)
    }

    @Test func helpAndDontKnowInNorwegian() {
        let conversation = expectTranscript(
            """
            Hei, jeg er okrcoach. Jeg hjelper deg å skrive et mål og opptil tre nøkkelresultater, ett spørsmål om gangen. Skriv /hjelp for å se kommandoene.
            Hvilket team er settet for?
            > ?
            Teamet som eier disse OKR-ene, så settet får et navn, for eksempel «Vekst» eller «Kundestøtte».
            Hvilket team er settet for?
            > Vekst
            Hvilken syklus gjelder det? Trykk Enter for å velge 2026-K4.
            >
            Hvilket overordnet mål skal settet støtte? Trykk Enter for å hoppe over.
            > ?
            Et mål for selskapet eller avdelingen som dette settet skal bidra til, for eksempel «Bli klinikkenes førstevalg i Norden». Finnes det ikke noe slikt mål? Trykk Enter.
            Hvilket overordnet mål skal settet støtte? Trykk Enter for å hoppe over.
            >
            Hva vil dere oppnå denne syklusen? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > ?
            Et mål sier hva som skal være annerledes når syklusen er over, med ord og uten tall, og hvorfor det er viktig. For eksempel «Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss».
            Hva vil dere oppnå denne syklusen? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Gjøre oppstarten enkel for små klinikker
            Målet sier hva, men ikke hvorfor. Uten en begrunnelse er det vanskelig for teamet å prioritere og å forstå hvorfor dette er viktig.
            Hva blir bedre når dere har nådd målet? Si det med noen få ord.
            > hjelp
            Si hva som blir bedre når målet er nådd, for eksempel «slik at flere klinikker blir værende etter den første måneden».
            Hva blir bedre når dere har nådd målet? Si det med noen få ord.
            > slik at de blir værende hos oss
            Hva med: «Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss»? Svar ja, eller skriv din egen versjon.
            > ?
            Svar ja for å beholde forslaget mitt som det er, eller skriv setningen slik du vil ha den.
            Hva med: «Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss»? Svar ja, eller skriv din egen versjon.
            > ja
            Mål 1: Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > hva?
            Et nøkkelresultat er et tall som viser at dere er i mål: hva dere teller, hvor det står i dag, hvor det skal være, og innen når. For eksempel «Øke antall klinikker som er aktive hver uke fra 420 til 600 innen 31. mars».
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Øke antall klinikker som er aktive hver uke til 600 innen 31. mars
            Dette legger jeg merke til:
            Nøkkelresultatet har et måltall, men ingen startverdi. Uten «fra» kan ingen se om måltallet er ambisiøst eller allerede nådd.
            Hva er startverdien, altså tallet i dag?
            > vet ikke
            Da bør dere måle det først: et måltall sier lite når dere ikke vet hvor dere står. Jeg lar startverdien stå åpen, og den første innsjekkingen blir startverdien.
            Hva med: «Øke antall klinikker som er aktive hver uke til 600 innen 31. mars»? Svar ja, eller skriv din egen versjon.
            > ja
            Nøkkelresultat 1.1: Øke antall klinikker som er aktive hver uke til 600 innen 31. mars
            Vil du legge til et nøkkelresultat til? (ja/nei)
            """, language: "nb")
        expectOnlyAnswersKept(in: conversation.session)
    }

    @Test func helpAndDontKnowInSwedish() {
        let conversation = expectTranscript(
            """
            Hej, jag är okrcoach. Jag hjälper dig att skriva ett mål och upp till tre nyckelresultat, en fråga i taget. Skriv /hjälp för att se kommandona.
            Vilket team gäller det?
            > ?
            Teamet som äger de här OKR:erna, så att setet får ett namn, till exempel ”Tillväxt” eller ”Kundtjänst”.
            Vilket team gäller det?
            > Tillväxt
            Vilken cykel gäller det? Tryck Enter för att välja 2026-Q4.
            >
            Vilket överordnat mål bidrar det till? Tryck Enter för att hoppa över.
            > ?
            Ett mål för företaget eller avdelningen som setet ska bidra till, till exempel ”Bli klinikernas förstahandsval i Norden”. Finns det inget sådant mål? Tryck Enter.
            Vilket överordnat mål bidrar det till? Tryck Enter för att hoppa över.
            >
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > ?
            Ett mål säger vad som ska vara annorlunda när cykeln är slut, med ord och utan siffror, och varför det spelar roll. Till exempel ”Göra starten enkel för små kliniker så att de stannar hos oss”.
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Göra starten enkel för små kliniker
            Målet säger vad, men inte varför. Utan ett syfte blir det svårt för teamet att göra avvägningar och att förstå varför det spelar roll.
            Vad blir bättre när ni har nått målet? Säg det med några få ord.
            > hjälp
            Säg vad som blir bättre när målet är nått, till exempel ”så att fler kliniker stannar efter den första månaden”.
            Vad blir bättre när ni har nått målet? Säg det med några få ord.
            > så att de stannar hos oss
            Vad sägs om: ”Göra starten enkel för små kliniker så att de stannar hos oss”? Svara ja, eller skriv en egen version.
            > ?
            Svara ja för att behålla mitt förslag som det är, eller skriv meningen som du vill ha den.
            Vad sägs om: ”Göra starten enkel för små kliniker så att de stannar hos oss”? Svara ja, eller skriv en egen version.
            > ja
            Mål 1: Göra starten enkel för små kliniker så att de stannar hos oss
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > vad?
            Ett nyckelresultat är en siffra som visar att ni har nått dit: vad ni räknar, var det ligger i dag, var det ska ligga och senast när. Till exempel ”Öka antalet kliniker som är aktiva varje vecka från 420 till 600 senast 31 mars”.
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Öka antalet kliniker som är aktiva varje vecka till 600 senast 31 mars
            Det här lägger jag märke till:
            Nyckelresultatet har ett målvärde men inget startvärde. Utan ”från” kan ingen avgöra om målvärdet är en verklig utmaning eller redan är nått.
            Vad är startvärdet, alltså värdet i dag?
            > vet inte
            Då bör ni mäta det först: ett målvärde säger lite när ni inte vet var ni står. Jag lämnar startvärdet öppet, och den första avstämningen blir startvärdet.
            Vad sägs om: ”Öka antalet kliniker som är aktiva varje vecka till 600 senast 31 mars”? Svara ja, eller skriv en egen version.
            > ja
            Nyckelresultat 1.1: Öka antalet kliniker som är aktiva varje vecka till 600 senast 31 mars
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            """, language: "sv")
        expectOnlyAnswersKept(in: conversation.session)
    }

    @Test func helpAndDontKnowInDutch() {
        let conversation = expectTranscript(
            """
            Hoi, ik ben okrcoach. Ik help je een doelstelling en maximaal drie kernresultaten op te schrijven, één vraag tegelijk. Typ /help voor de commando’s.
            Voor welk team is deze set?
            > ?
            Het team dat eigenaar is van deze OKR’s, zodat de set een naam krijgt, bijvoorbeeld “Groei” of “Klantenservice”.
            Voor welk team is deze set?
            > Groei
            Over welke cyclus gaat het? Druk op Enter om 2026-Q4 te kiezen.
            >
            Aan welke bovenliggende doelstelling draagt deze set bij? Druk op Enter om over te slaan.
            > ?
            Een doelstelling van het bedrijf of de afdeling waaraan deze set bijdraagt, bijvoorbeeld “De eerste keuze worden voor klinieken in de Benelux”. Is er geen? Druk op Enter.
            Aan welke bovenliggende doelstelling draagt deze set bij? Druk op Enter om over te slaan.
            >
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > ?
            Een doelstelling zegt in woorden, zonder getallen, wat er aan het eind van de cyclus anders moet zijn, en waarom dat ertoe doet. Bijvoorbeeld “De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven”.
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > De start voor kleine klinieken eenvoudig maken
            De doelstelling zegt wat, maar niet waarom. Zonder reden kan het team geen goede afwegingen maken en voelt niemand waarom het ertoe doet.
            Wat is er beter als je dit doel hebt bereikt? Zeg het in een paar woorden.
            > hulp
            Zeg wat er beter is als de doelstelling bereikt is, bijvoorbeeld “zodat meer klinieken na de eerste maand blijven”.
            Wat is er beter als je dit doel hebt bereikt? Zeg het in een paar woorden.
            > zodat ze bij ons blijven
            Wat dacht je van: “De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven”? Antwoord ja, of schrijf je eigen versie.
            > ?
            Antwoord ja om mijn voorstel te houden zoals het is, of schrijf de zin zoals jij hem wilt.
            Wat dacht je van: “De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Doelstelling 1: De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > wat?
            Een kernresultaat is een getal dat laat zien dat je er bent: wat je telt, waar het nu staat, waar het moet komen en uiterlijk wanneer. Bijvoorbeeld “Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart”.
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aantal wekelijks actieve klinieken verhogen naar 600 uiterlijk 31 maart
            Dit valt me op:
            Het kernresultaat noemt een streefwaarde, maar geen startwaarde. Zonder “van” weet niemand of de streefwaarde ambitieus is of allang gehaald.
            Wat is de startwaarde: waar sta je nu?
            > weet ik niet
            Meet het dan eerst: een streefwaarde zegt weinig als je niet weet waar je staat. Ik laat de startwaarde open, en je eerste check-in wordt de startwaarde.
            Wat dacht je van: “Het aantal wekelijks actieve klinieken verhogen naar 600 uiterlijk 31 maart”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.1: Het aantal wekelijks actieve klinieken verhogen naar 600 uiterlijk 31 maart
            Nog een kernresultaat toevoegen? (ja/nee)
            """, language: "nl")
        expectOnlyAnswersKept(in: conversation.session)
    }

    @Test func skipAndLanguageSwitchMidKeyResultInEnglish() {
        let conversation = expectTranscript(
            """
            Hi, I'm okrcoach. I'll help you write an objective and up to three key results, one question at a time. Type /help for commands.
            Which team is this set for?
            > Growth
            Which cycle does it cover? Press Enter for 2026-Q4.
            >
            Which higher-level objective does it serve? Press Enter to skip.
            >
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Make onboarding effortless for small clinics so that they stay with us
            That is a clear objective: it says what and why.
            Objective 1: Make onboarding effortless for small clinics so that they stay with us
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Send the newsletter every week
            Here is what I notice:
            Nothing in this key result can be counted, so at the end of the cycle nobody can say whether it was met.
            The key result describes a task (“send”), not an outcome. You can finish every task and still not move anything that matters.
            “Send” is a task. If you did that, what number would move?
            > /skip
            Skipped.
            By when? Press Enter for the end of 2026-Q4.
            >
            How about: “Send the newsletter every week by the end of 2026-Q4”? Answer yes, or write your own.
            > yes
            Key result 1.1: Send the newsletter every week by the end of 2026-Q4
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Increase weekly active clinics
            Here is what I notice:
            Nothing in this key result can be counted, so at the end of the cycle nobody can say whether it was met.
            How would you count it? Name the measure, for example “weekly active clinics”.
            > /lang nb
            Fra nå av snakker jeg norsk.
            Hvordan vil dere telle det? Si hva dere måler, for eksempel «antall klinikker som er aktive hver uke».
            > 600
            Hva er startverdien, altså tallet i dag?
            > /skip
            Hoppet over.
            Innen når? Trykk Enter for å velge utgangen av 2026-Q4.
            >
            Hva med: «Increase weekly active clinics to 600 by the end of 2026-Q4»? Svar ja, eller skriv din egen versjon.
            > ja
            Nøkkelresultat 1.2: Increase weekly active clinics to 600 by the end of 2026-Q4
            Vil du legge til et nøkkelresultat til? (ja/nei)
            """, language: "en")
        #expect(conversation.session.set.lang == LanguageCode("en"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
    }

    @Test func skipAndLanguageSwitchMidKeyResultInNorwegian() {
        let conversation = expectTranscript(
            """
            Hei, jeg er okrcoach. Jeg hjelper deg å skrive et mål og opptil tre nøkkelresultater, ett spørsmål om gangen. Skriv /hjelp for å se kommandoene.
            Hvilket team er settet for?
            > Vekst
            Hvilken syklus gjelder det? Trykk Enter for å velge 2026-K4.
            >
            Hvilket overordnet mål skal settet støtte? Trykk Enter for å hoppe over.
            >
            Hva vil dere oppnå denne syklusen? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss
            Det er et tydelig mål: det sier både hva og hvorfor.
            Mål 1: Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Sende nyhetsbrevet hver uke
            Dette legger jeg merke til:
            Ingenting i dette nøkkelresultatet kan telles, så når syklusen er over, kan ingen si om det er nådd.
            Nøkkelresultatet beskriver en oppgave («sende»), ikke et resultat. Dere kan krysse av for hver eneste oppgave uten at noe viktig har endret seg.
            «Sende» er en oppgave. Hvilket tall ville endret seg hvis dere gjorde den?
            > /hopp
            Hoppet over.
            Innen når? Trykk Enter for å velge utgangen av 2026-K4.
            >
            Hva med: «Sende nyhetsbrevet hver uke innen utgangen av 2026-K4»? Svar ja, eller skriv din egen versjon.
            > ja
            Nøkkelresultat 1.1: Sende nyhetsbrevet hver uke innen utgangen av 2026-K4
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > ja
            Nøkkelresultat 1.2, eller «ferdig» for å gå videre:
            > Øke antall klinikker som er aktive hver uke
            Dette legger jeg merke til:
            Ingenting i dette nøkkelresultatet kan telles, så når syklusen er over, kan ingen si om det er nådd.
            Hvordan vil dere telle det? Si hva dere måler, for eksempel «antall klinikker som er aktive hver uke».
            > /språk sv
            Från och med nu pratar jag svenska.
            Hur skulle ni räkna det? Ange måttet, till exempel ”antalet kliniker som är aktiva varje vecka”.
            > 600
            Vad är startvärdet, alltså värdet i dag?
            > /hoppa
            Hoppade över frågan.
            Senast när? Tryck Enter om det är i slutet av 2026-K4.
            >
            Vad sägs om: ”Øke antall klinikker som er aktive hver uke til 600 innen utgangen av 2026-K4”? Svara ja, eller skriv en egen version.
            > ja
            Nyckelresultat 1.2: Øke antall klinikker som er aktive hver uke til 600 innen utgangen av 2026-K4
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            """, language: "nb")
        #expect(conversation.session.set.lang == LanguageCode("nb"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
    }

    @Test func skipAndLanguageSwitchMidKeyResultInSwedish() {
        let conversation = expectTranscript(
            """
            Hej, jag är okrcoach. Jag hjälper dig att skriva ett mål och upp till tre nyckelresultat, en fråga i taget. Skriv /hjälp för att se kommandona.
            Vilket team gäller det?
            > Tillväxt
            Vilken cykel gäller det? Tryck Enter för att välja 2026-Q4.
            >
            Vilket överordnat mål bidrar det till? Tryck Enter för att hoppa över.
            >
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Göra starten enkel för små kliniker så att de stannar hos oss
            Det är ett tydligt mål: det säger både vad och varför.
            Mål 1: Göra starten enkel för små kliniker så att de stannar hos oss
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Skicka nyhetsbrevet varje vecka
            Det här lägger jag märke till:
            Det finns inget i nyckelresultatet som går att räkna, så när cykeln är slut kan ingen säga om det har nåtts.
            Nyckelresultatet beskriver en aktivitet (”skicka”), inte ett resultat. Ni kan bocka av varenda aktivitet utan att något som spelar roll har förändrats.
            ”Skicka” är en aktivitet. Vilken siffra skulle påverkas om ni gjorde den?
            > /hoppa
            Hoppade över frågan.
            Senast när? Tryck Enter om det är i slutet av 2026-Q4.
            >
            Vad sägs om: ”Skicka nyhetsbrevet varje vecka senast i slutet av 2026-Q4”? Svara ja, eller skriv en egen version.
            > ja
            Nyckelresultat 1.1: Skicka nyhetsbrevet varje vecka senast i slutet av 2026-Q4
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > ja
            Nyckelresultat 1.2, eller ”klar” för att gå vidare:
            > Öka antalet kliniker som är aktiva varje vecka
            Det här lägger jag märke till:
            Det finns inget i nyckelresultatet som går att räkna, så när cykeln är slut kan ingen säga om det har nåtts.
            Hur skulle ni räkna det? Ange måttet, till exempel ”antalet kliniker som är aktiva varje vecka”.
            > /språk nl
            Vanaf nu spreek ik Nederlands.
            Hoe zou je het tellen? Noem de maatstaf, bijvoorbeeld “het aantal klinieken dat wekelijks actief is”.
            > 600
            Wat is de startwaarde: waar sta je nu?
            > /overslaan
            Overgeslagen.
            Uiterlijk wanneer? Druk op Enter om eind 2026-Q4 te kiezen.
            >
            Wat dacht je van: “Öka antalet kliniker som är aktiva varje vecka till 600 senast i slutet av 2026-Q4”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.2: Öka antalet kliniker som är aktiva varje vecka till 600 senast i slutet av 2026-Q4
            Nog een kernresultaat toevoegen? (ja/nee)
            """, language: "sv")
        #expect(conversation.session.set.lang == LanguageCode("sv"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
    }

    @Test func skipAndLanguageSwitchMidKeyResultInDutch() {
        let conversation = expectTranscript(
            """
            Hoi, ik ben okrcoach. Ik help je een doelstelling en maximaal drie kernresultaten op te schrijven, één vraag tegelijk. Typ /help voor de commando’s.
            Voor welk team is deze set?
            > Groei
            Over welke cyclus gaat het? Druk op Enter om 2026-Q4 te kiezen.
            >
            Aan welke bovenliggende doelstelling draagt deze set bij? Druk op Enter om over te slaan.
            >
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven
            Dat is een heldere doelstelling: ze zegt wat en waarom.
            Doelstelling 1: De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > De nieuwsbrief elke week versturen
            Dit valt me op:
            In dit kernresultaat valt niets te tellen, dus aan het eind van de cyclus kan niemand zeggen of het gehaald is.
            Het kernresultaat beschrijft een taak (“versturen”), geen resultaat. Je kunt elke taak afvinken zonder dat er iets verandert wat ertoe doet.
            Met “versturen” beschrijf je een taak. Welk getal zou veranderen als je dat deed?
            > /overslaan
            Overgeslagen.
            Uiterlijk wanneer? Druk op Enter om eind 2026-Q4 te kiezen.
            >
            Wat dacht je van: “De nieuwsbrief elke week versturen uiterlijk eind 2026-Q4”? Antwoord ja, of schrijf je eigen versie.
            > ja
            Kernresultaat 1.1: De nieuwsbrief elke week versturen uiterlijk eind 2026-Q4
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > Het aantal wekelijks actieve klinieken verhogen
            Dit valt me op:
            In dit kernresultaat valt niets te tellen, dus aan het eind van de cyclus kan niemand zeggen of het gehaald is.
            Hoe zou je het tellen? Noem de maatstaf, bijvoorbeeld “het aantal klinieken dat wekelijks actief is”.
            > /lang en
            I'll speak English from now on.
            How would you count it? Name the measure, for example “weekly active clinics”.
            > 600
            What is the value today?
            > /skip
            Skipped.
            By when? Press Enter for the end of 2026-Q4.
            >
            How about: “Het aantal wekelijks actieve klinieken verhogen naar 600 uiterlijk eind 2026-Q4”? Answer yes, or write your own.
            > yes
            Key result 1.2: Het aantal wekelijks actieve klinieken verhogen naar 600 uiterlijk eind 2026-Q4
            Add another key result? (yes/no)
            """, language: "nl")
        #expect(conversation.session.set.lang == LanguageCode("nl"))
        #expect(conversation.session.set.objectives[0].keyResults.count == 2)
    }

    /// A clean set stays clean after /lang: its texts are judged in the language they are written in.
    @Test(arguments: [
        (
            "nb", "sv", "Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss",
            "Øke antall klinikker som er aktive hver uke fra 420 til 600 innen 31. mars"
        ),
        (
            "sv", "nl", "Göra starten enkel för små kliniker så att de stannar hos oss",
            "Öka antalet kliniker som är aktiva varje vecka från 420 till 600 senast 31 mars"
        ),
        (
            "nl", "en", "De start voor kleine klinieken eenvoudig maken, zodat ze bij ons blijven",
            "Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart"
        ),
        (
            "en", "nb", "Make onboarding effortless for small clinics so that they stay with us",
            "Increase weekly active clinics from 420 to 600 by 31 March"
        ),
    ])
    func aCleanSetStaysCleanAfterSwitchingLanguage(
        _ written: String, _ spoken: String, _ objective: String, _ keyResult: String
    ) {
        var conversation = Conversation(language: written)
        conversation.type("Team", "", "", objective, keyResult)
        // The same findings (rule and place), said in the language the coach speaks now.
        let rules: ([Reply]) -> [String] = {
            $0.filter { $0.kind == .finding }.map { $0.text.prefix { $0 != ":" } }.map(String.init)
        }
        let before = rules(conversation.type("/check"))
        conversation.type("/lang \(spoken)")
        let after = rules(conversation.type("/check"))
        #expect(after == before, "\(conversation.text)")
        #expect(
            !after.contains { $0.contains("objective-no-purpose") || $0.contains("kr-no-baseline") },
            "\(conversation.text)")
        #expect(conversation.session.set.lang == LanguageCode(written))
        #expect(conversation.session.language == LanguageCode(spoken))
    }

    /// The retrospective's "what we change" greets the next set, and still the one after a set
    /// begun and left empty (/new twice, or okrcoach started and then /new).
    @Test(arguments: [
        ("en", "Two key results per objective"), ("nb", "To nøkkelresultater per mål"),
        ("sv", "Två nyckelresultat per mål"), ("nl", "Twee kernresultaten per doelstelling"),
    ])
    func theRetroReminderGreetsTheNextSetHoweverItIsStarted(_ language: String, _ change: String) {
        var retro = CycleFixtures.checkedIn(language)
        retro.type("/retro", "", "", "", change)
        let coach = TestCoach.coach
        let code = LanguageCode(language)
        let reminder = coach.texts(for: retro.session).message("previous_retro", ["cycle": "2026-Q4", "text": change])
        let next = Conversation(starting: coach.newSession(id: "next", language: code, following: retro.session))
        #expect(next.transcript.contains(reminder), "\(next.text)")
        let empty = Conversation(starting: coach.newSession(id: "again", language: code, following: next.session))
        #expect(empty.transcript.contains(reminder), "\(empty.text)")
        var drafted = next.session
        drafted.set.objectives = [Objective(title: "Delight clinics so that they stay")]
        let afterDraft = Conversation(starting: coach.newSession(id: "later", language: code, following: drafted))
        #expect(!afterDraft.transcript.contains(reminder), "a set with answers in it is the previous set now")
    }

    /// The set kept the one key result answered, and none of the help words or questions typed on
    /// the way as the team, a parent objective, an objective or a key result.
    private func expectOnlyAnswersKept(in session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        let words = ["?", "help", "hjelp", "hjälp", "hulp", "what?", "hva?", "vad?", "wat?"]
        #expect(session.set.objectives[0].keyResults.count == 1, sourceLocation: sourceLocation)
        let kept =
            [session.set.team ?? ""] + session.set.parents.map(\.title)
            + session.set.objectives.flatMap { [$0.title] + $0.keyResults.map(\.text) }
        for text in kept {
            #expect(!words.contains(text.lowercased()), "kept: \(text)", sourceLocation: sourceLocation)
            #expect(!text.contains("?"), "kept: \(text)", sourceLocation: sourceLocation)
        }
    }
}

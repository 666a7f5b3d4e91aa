import CoachEngine
import OKRCore
import Testing

/// Drafting every level of the pyramid, in every language: the organisation's mission (the mission
/// rules fire and the mission is written again), a one-year objective (Enter takes the coming year),
/// a company objective that picks the one-year objective it serves from a numbered list (a number
/// out of the list is asked again), and a team's objective that picks its company objective.
struct PyramidDraftingTranscriptTests {
    @Test func draftingAEnglishMission() throws {
        let conversation = expectDrafting(
            .mission, "en", organisation: nil,
            """
            Let's write your organisation's mission: what it is for, in a sentence or two everyone can repeat. Type /help for commands.
            What is the organisation called?
            > Acme Clinics
            What is the organisation for? Write its mission in a sentence or two.
            > Serve 10,000 clinics; make booking fast; keep prices fair
            Here is what I notice:
            The mission holds a number (“10,000”). A mission says what the company is for, for years to come; numbers go stale and belong in the key results below it.
            Move “10,000” into a one-year objective’s key result and say what the company is for, for example “Give small clinics more time for their patients”.
            The mission reads as a list of aims. A list is hard to remember, and it does not say which one comes first when they pull apart.
            Find the one purpose the items share and say that in a sentence; the items can become one-year objectives.
            Do you want to revise it? (yes/no)
            > yes
            Write the mission again:
            > Give small clinics more time for their patients
            The mission of Acme Clinics: Give small clinics more time for their patients
            Saved in the organisation. /yearly drafts one-year objectives, /company a cycle's company objectives, /new a team's set.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        #expect(organisation.name == PyramidSamples.texts["en"]?.name)
        #expect(organisation.mission?.text == PyramidSamples.texts["en"]?.mission)
    }

    @Test func draftingAEnglishOneYearObjective() throws {
        let conversation = expectDrafting(
            .yearly, "en", organisation: PyramidSamples.organisation("en", cycles: false),
            """
            Let's write the one-year objectives: what the year must bring, between the mission and the cycles. Type /help for commands.
            Which year are the objectives for? Press Enter for 2027.
            > 
            What must 2027 bring? Write it as an objective: what you want, and why it matters.
            > Become the first choice of small clinics in Scandinavia so that we can grow without outside money
            That is a clear objective: it says what and why.
            Objective 1: Become the first choice of small clinics in Scandinavia so that we can grow without outside money
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Grow paying clinics from 120 to 400 by December 2027
            Key result 1.1: Grow paying clinics from 120 to 400 by December 2027
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Raise the share of clinics that renew from 70% to 85% by December 2027
            Key result 1.2: Raise the share of clinics that renew from 70% to 85% by December 2027
            Add another key result? (yes/no)
            > no
            Do these key results mix leading measures (they move early, like activation) with lagging ones (they show at the end, like revenue)? (yes/no)
            > yes
            Do you want to add another one-year objective? (yes/no)
            > no
            The one-year objectives of Acme Clinics for 2027:
            Y3: Become the first choice of small clinics in Scandinavia so that we can grow without outside money
              KR1: Grow paying clinics from 120 to 400 by December 2027
              KR2: Raise the share of clinics that renew from 70% to 85% by December 2027
            Score 100/100: 0 errors, 0 warnings, 0 infos
            Saved in the organisation. /yearly drafts one-year objectives, /company a cycle's company objectives, /new a team's set.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The year had Y1 and Y2 (kept as they are): the new one-year objective is the third, under the language's letter.
        #expect(organisation.objectives(ofYear: 2027).map(\.id) == ["Y1", "Y2", "Y3"])
        #expect(organisation.objectives(ofYear: 2027).last?.keyResults.count == 2)
    }

    @Test func draftingAEnglishCompanyObjective() throws {
        let conversation = expectDrafting(
            .company, "en", organisation: PyramidSamples.organisation("en", cycles: false),
            """
            Let's write the company objectives of a cycle, each serving one of the one-year objectives. Type /help for commands.
            Which cycle are the company objectives for? Press Enter for 2026-Q4.
            > 2027-Q1
            The one-year objectives for 2027:
              1. Become the first choice of small clinics in Scandinavia
              2. Make booking effortless for every patient
            Which of them does company objective 1 serve? Type its number, or press Enter to skip.
            > 7
            Please type one of the numbers in the list, or press Enter to skip.
            The one-year objectives for 2027:
              1. Become the first choice of small clinics in Scandinavia
              2. Make booking effortless for every patient
            Which of them does company objective 1 serve? Type its number, or press Enter to skip.
            > 1
            What must the company achieve in 2027-Q1? Write it as an objective: what you want, and why it matters.
            > Win the clinics of Oslo
            That is a clear objective. Why it matters follows from “Become the first choice of small clinics in Scandinavia”, which it serves.
            Objective 1: Win the clinics of Oslo
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Increase paying clinics in Oslo from 12 to 40
            Key result 1.1: Increase paying clinics in Oslo from 12 to 40
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Raise weekly active clinics in Oslo from 8 to 30
            Key result 1.2: Raise weekly active clinics in Oslo from 8 to 30
            Add another key result? (yes/no)
            > no
            Do these key results mix leading measures (they move early, like activation) with lagging ones (they show at the end, like revenue)? (yes/no)
            > yes
            Do you want to add another company objective? (yes/no)
            > no
            The company objectives of Acme Clinics for 2027-Q1:
            C1: Win the clinics of Oslo
              KR1: Increase paying clinics in Oslo from 12 to 40
              KR2: Raise weekly active clinics in Oslo from 8 to 30
            Score 100/100: 0 errors, 0 warnings, 0 infos
            Saved in the organisation. /yearly drafts one-year objectives, /company a cycle's company objectives, /new a team's set.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The company objective serves the one-year objective picked by its number.
        let drafted = try #require(organisation.cycles.first?.objectives.first)
        #expect(drafted.id == "C1")
        #expect(drafted.parent == "Y1")
    }

    @Test func aTeamPicksTheCompanyObjectiveInEnglish() throws {
        let conversation = expectDrafting(
            .team, "en", organisation: PyramidSamples.organisation("en", cycles: true),
            """
            Hi, I'm okrcoach. I'll help you write an objective and up to three key results, one question at a time. Type /help for commands.
            Which team is this set for?
            > Growth
            Which cycle does it cover? Press Enter for 2026-Q4.
            > 2027-Q1
            The company objectives for 2027-Q1:
              1. Win the clinics of Oslo
              2. Halve the steps of a booking
            Which of them does objective 1 serve? Type its number, or press Enter to skip.
            > abc
            Please type one of the numbers in the list, or press Enter to skip.
            The company objectives for 2027-Q1:
              1. Win the clinics of Oslo
              2. Halve the steps of a booking
            Which of them does objective 1 serve? Type its number, or press Enter to skip.
            > 2
            What do you want to achieve this cycle? Write it as an objective: what you want, and why it matters.
            > Make booking effortless for small clinics
            That is a clear objective. Why it matters follows from “Halve the steps of a booking”, which it serves.
            Objective 1: Make booking effortless for small clinics
            Key result 1.1: how will you keep score? For example “Increase X from A to B by D”.
            > Increase the share of completed bookings from 60% to 80%
            Key result 1.1: Increase the share of completed bookings from 60% to 80%
            Add another key result? (yes/no)
            > yes
            Key result 1.2, or “done” to move on:
            > Reduce the time to book from 4 minutes to 1 minute
            Key result 1.2: Reduce the time to book from 4 minutes to 1 minute
            Add another key result? (yes/no)
            > no
            Do these key results mix leading measures (they move early, like activation) with lagging ones (they show at the end, like revenue)? (yes/no)
            > yes
            Add another objective? (yes/no)
            > no
            Your set, Growth, 2027-Q1:
            O1: Make booking effortless for small clinics
              KR1: Increase the share of completed bookings from 60% to 80%
              KR2: Reduce the time to book from 4 minutes to 1 minute
            Score 100/100: 0 errors, 0 warnings, 0 infos
            Saved. /export md, /export json or /export yaml writes it out; /new starts another set.
            Done. Good luck this cycle, and come back for the weekly check-in.
            """)
        // The objective serves the company objective picked by its number; the set lists it among its parents.
        #expect(conversation.session.set.objectives.map(\.parent) == ["C2"])
        #expect(conversation.session.set.parents.map(\.id) == ["C2"])
        #expect(Checker(languages: TestCoach.languages).check(conversation.session.set).findings.isEmpty)
    }

    @Test func draftingANorwegianMission() throws {
        let conversation = expectDrafting(
            .mission, "nb", organisation: nil,
            """
            La oss skrive misjonen til organisasjonen: hva den er til for, i én eller to setninger som alle kan gjenta. Skriv /hjelp for å se kommandoene.
            Hva heter organisasjonen?
            > Acme Klinikk
            Hva er organisasjonen til for? Skriv misjonen i én eller to setninger.
            > Betjene 10 000 klinikker; rask booking; rettferdige priser
            Dette legger jeg merke til:
            Misjonen inneholder et tall («10 000»). En misjon sier hva selskapet er til for, i mange år fremover; tall går fort ut på dato og hører hjemme i nøkkelresultatene under den.
            Flytt «10 000» til et nøkkelresultat under et ettårsmål, og si hva selskapet er til for, for eksempel «Gi små klinikker mer tid til pasientene sine».
            Misjonen er en liste over mål. En liste er vanskelig å huske, og den sier ikke hva som går foran når målene trekker i hver sin retning.
            Finn det ene formålet punktene har felles, og si det i én setning; punktene kan bli ettårsmål.
            Vil du skrive den om? (ja/nei)
            > ja
            Skriv misjonen på nytt:
            > Gi små klinikker mer tid til pasientene sine
            Misjonen til Acme Klinikk: Gi små klinikker mer tid til pasientene sine
            Lagret i organisasjonen. Med /årsmål skriver du ettårsmål, med /selskap selskapsmålene for en syklus og med /ny et sett for et team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        #expect(organisation.name == PyramidSamples.texts["nb"]?.name)
        #expect(organisation.mission?.text == PyramidSamples.texts["nb"]?.mission)
    }

    @Test func draftingANorwegianOneYearObjective() throws {
        let conversation = expectDrafting(
            .yearly, "nb", organisation: PyramidSamples.organisation("nb", cycles: false),
            """
            La oss skrive ettårsmålene: hva dere må oppnå i løpet av året, som et trinn mellom misjonen og syklusene. Skriv /hjelp for å se kommandoene.
            Hvilket år gjelder målene? Trykk Enter for å velge 2027.
            > 
            Hva må dere oppnå i 2027? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Bli førstevalget for små klinikker i Skandinavia slik at vi kan vokse uten ekstern kapital
            Det er et tydelig mål: det sier både hva og hvorfor.
            Mål 1: Bli førstevalget for små klinikker i Skandinavia slik at vi kan vokse uten ekstern kapital
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Øke antall betalende klinikker fra 120 til 400 innen desember 2027
            Nøkkelresultat 1.1: Øke antall betalende klinikker fra 120 til 400 innen desember 2027
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > ja
            Nøkkelresultat 1.2, eller «ferdig» for å gå videre:
            > Øke andelen klinikker som fornyer fra 70 % til 85 % innen desember 2027
            Nøkkelresultat 1.2: Øke andelen klinikker som fornyer fra 70 % til 85 % innen desember 2027
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > nei
            Blander disse nøkkelresultatene ledende indikatorer (de endrer seg tidlig, som aktivering) med etterslepende (de viser seg først på slutten, som inntekter)? (ja/nei)
            > ja
            Vil du legge til et ettårsmål til? (ja/nei)
            > nei
            Ettårsmålene til Acme Klinikk for 2027:
            A3: Bli førstevalget for små klinikker i Skandinavia slik at vi kan vokse uten ekstern kapital
              KR1: Øke antall betalende klinikker fra 120 til 400 innen desember 2027
              KR2: Øke andelen klinikker som fornyer fra 70 % til 85 % innen desember 2027
            Poengsum 100/100: 0 feil, 0 advarsler, 0 merknader
            Lagret i organisasjonen. Med /årsmål skriver du ettårsmål, med /selskap selskapsmålene for en syklus og med /ny et sett for et team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The year had Y1 and Y2 (kept as they are): the new one-year objective is the third, under the language's letter.
        #expect(organisation.objectives(ofYear: 2027).map(\.id) == ["Y1", "Y2", "A3"])
        #expect(organisation.objectives(ofYear: 2027).last?.keyResults.count == 2)
    }

    @Test func draftingANorwegianCompanyObjective() throws {
        let conversation = expectDrafting(
            .company, "nb", organisation: PyramidSamples.organisation("nb", cycles: false),
            """
            La oss skrive selskapsmålene for en syklus; hvert av dem støtter et av ettårsmålene. Skriv /hjelp for å se kommandoene.
            Hvilken syklus gjelder selskapsmålene? Trykk Enter for å velge 2026-K4.
            > 2027-K1
            Ettårsmålene for 2027:
              1. Bli førstevalget for små klinikker i Skandinavia
              2. Gjøre timebestilling enkel for alle pasienter
            Hvilket av dem støtter selskapsmål 1? Skriv nummeret, eller trykk Enter for å hoppe over.
            > 7
            Skriv et av numrene i listen, eller trykk Enter for å hoppe over.
            Ettårsmålene for 2027:
              1. Bli førstevalget for små klinikker i Skandinavia
              2. Gjøre timebestilling enkel for alle pasienter
            Hvilket av dem støtter selskapsmål 1? Skriv nummeret, eller trykk Enter for å hoppe over.
            > 1
            Hva må selskapet oppnå i 2027-K1? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Vinne klinikkene i Oslo
            Det er et tydelig mål. Hvorfor det er viktig, følger av målet det støtter: «Bli førstevalget for små klinikker i Skandinavia».
            Mål 1: Vinne klinikkene i Oslo
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Øke antall betalende klinikker i Oslo fra 12 til 40
            Nøkkelresultat 1.1: Øke antall betalende klinikker i Oslo fra 12 til 40
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > ja
            Nøkkelresultat 1.2, eller «ferdig» for å gå videre:
            > Øke antall ukentlig aktive klinikker i Oslo fra 8 til 30
            Nøkkelresultat 1.2: Øke antall ukentlig aktive klinikker i Oslo fra 8 til 30
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > nei
            Blander disse nøkkelresultatene ledende indikatorer (de endrer seg tidlig, som aktivering) med etterslepende (de viser seg først på slutten, som inntekter)? (ja/nei)
            > ja
            Vil du legge til et selskapsmål til? (ja/nei)
            > nei
            Selskapsmålene til Acme Klinikk for 2027-K1:
            S1: Vinne klinikkene i Oslo
              KR1: Øke antall betalende klinikker i Oslo fra 12 til 40
              KR2: Øke antall ukentlig aktive klinikker i Oslo fra 8 til 30
            Poengsum 100/100: 0 feil, 0 advarsler, 0 merknader
            Lagret i organisasjonen. Med /årsmål skriver du ettårsmål, med /selskap selskapsmålene for en syklus og med /ny et sett for et team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The company objective serves the one-year objective picked by its number.
        let drafted = try #require(organisation.cycles.first?.objectives.first)
        #expect(drafted.id == "S1")
        #expect(drafted.parent == "Y1")
    }

    @Test func aTeamPicksTheCompanyObjectiveInNorwegian() throws {
        let conversation = expectDrafting(
            .team, "nb", organisation: PyramidSamples.organisation("nb", cycles: true),
            """
            Hei, jeg er okrcoach. Jeg hjelper deg å skrive et mål og opptil tre nøkkelresultater, ett spørsmål om gangen. Skriv /hjelp for å se kommandoene.
            Hvilket team er settet for?
            > Vekst
            Hvilken syklus gjelder det? Trykk Enter for å velge 2026-K4.
            > 2027-K1
            Selskapsmålene for 2027-K1:
              1. Vinne klinikkene i Oslo
              2. Halvere antall steg i en bestilling
            Hvilket av dem støtter mål 1? Skriv nummeret, eller trykk Enter for å hoppe over.
            > abc
            Skriv et av numrene i listen, eller trykk Enter for å hoppe over.
            Selskapsmålene for 2027-K1:
              1. Vinne klinikkene i Oslo
              2. Halvere antall steg i en bestilling
            Hvilket av dem støtter mål 1? Skriv nummeret, eller trykk Enter for å hoppe over.
            > 2
            Hva vil dere oppnå denne syklusen? Skriv det som et mål: hva dere vil, og hvorfor det er viktig.
            > Gjøre timebestilling enkel for små klinikker
            Det er et tydelig mål. Hvorfor det er viktig, følger av målet det støtter: «Halvere antall steg i en bestilling».
            Mål 1: Gjøre timebestilling enkel for små klinikker
            Nøkkelresultat 1.1: hvordan skal dere måle fremgangen? For eksempel «Øke X fra A til B innen D».
            > Øke andelen fullførte bestillinger fra 60 % til 80 %
            Nøkkelresultat 1.1: Øke andelen fullførte bestillinger fra 60 % til 80 %
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > ja
            Nøkkelresultat 1.2, eller «ferdig» for å gå videre:
            > Redusere tiden det tar å bestille fra 4 minutter til 1 minutt
            Nøkkelresultat 1.2: Redusere tiden det tar å bestille fra 4 minutter til 1 minutt
            Vil du legge til et nøkkelresultat til? (ja/nei)
            > nei
            Blander disse nøkkelresultatene ledende indikatorer (de endrer seg tidlig, som aktivering) med etterslepende (de viser seg først på slutten, som inntekter)? (ja/nei)
            > ja
            Vil du legge til et mål til? (ja/nei)
            > nei
            Settet ditt, Vekst, 2027-K1:
            O1: Gjøre timebestilling enkel for små klinikker
              KR1: Øke andelen fullførte bestillinger fra 60 % til 80 %
              KR2: Redusere tiden det tar å bestille fra 4 minutter til 1 minutt
            Poengsum 100/100: 0 feil, 0 advarsler, 0 merknader
            Lagret. Eksporter med /eksporter md, /eksporter json eller /eksporter yaml; /ny starter et nytt sett.
            Ferdig. Lykke til med syklusen, og kom tilbake til den ukentlige innsjekkingen.
            """)
        // The objective serves the company objective picked by its number; the set lists it among its parents.
        #expect(conversation.session.set.objectives.map(\.parent) == ["C2"])
        #expect(conversation.session.set.parents.map(\.id) == ["C2"])
        #expect(Checker(languages: TestCoach.languages).check(conversation.session.set).findings.isEmpty)
    }

    @Test func draftingASwedishMission() throws {
        let conversation = expectDrafting(
            .mission, "sv", organisation: nil,
            """
            Nu skriver vi organisationens uppdrag: vad den finns till för, i en eller två meningar som alla kan upprepa. Skriv /hjälp för att se kommandona.
            Vad heter organisationen?
            > Acme Klinik
            Vad finns organisationen till för? Skriv uppdraget i en eller två meningar.
            > Betjäna 10 000 kliniker; snabb bokning; rimliga priser
            Det här lägger jag märke till:
            Uppdraget innehåller en siffra (”10 000”). Ett uppdrag säger vad företaget finns till för, många år framåt; siffror blir snabbt inaktuella och hör hemma i nyckelresultaten under det.
            Flytta ”10 000” till ett nyckelresultat under ett årsmål och säg vad företaget finns till för, till exempel ”Ge små kliniker mer tid för sina patienter”.
            Uppdraget är en lista med mål. En lista är svår att komma ihåg, och den säger inte vad som går före när målen drar åt olika håll.
            Hitta det enda syfte som punkterna har gemensamt och säg det i en mening; punkterna kan bli årsmål.
            Vill du skriva om det? (ja/nej)
            > ja
            Skriv uppdraget igen:
            > Ge små kliniker mer tid för sina patienter
            Uppdraget för Acme Klinik: Ge små kliniker mer tid för sina patienter
            Sparat i organisationen. Med /årsmål skriver du årsmål, med /företag företagsmålen för en cykel och med /ny ett set för ett team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        #expect(organisation.name == PyramidSamples.texts["sv"]?.name)
        #expect(organisation.mission?.text == PyramidSamples.texts["sv"]?.mission)
    }

    @Test func draftingASwedishOneYearObjective() throws {
        let conversation = expectDrafting(
            .yearly, "sv", organisation: PyramidSamples.organisation("sv", cycles: false),
            """
            Nu skriver vi årsmålen: vad ni ska uppnå under året, som ett steg mellan uppdraget och cyklerna. Skriv /hjälp för att se kommandona.
            Vilket år gäller målen? Tryck Enter för att välja 2027.
            > 
            Vad ska ni uppnå under 2027? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Bli små klinikers förstahandsval i Skandinavien så att vi kan växa utan externt kapital
            Det är ett tydligt mål: det säger både vad och varför.
            Mål 1: Bli små klinikers förstahandsval i Skandinavien så att vi kan växa utan externt kapital
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Öka antalet betalande kliniker från 120 till 400 senast december 2027
            Nyckelresultat 1.1: Öka antalet betalande kliniker från 120 till 400 senast december 2027
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > ja
            Nyckelresultat 1.2, eller ”klar” för att gå vidare:
            > Öka andelen kliniker som förnyar från 70 % till 85 % senast december 2027
            Nyckelresultat 1.2: Öka andelen kliniker som förnyar från 70 % till 85 % senast december 2027
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > nej
            Blandar de här nyckelresultaten ledande mått (de förändras tidigt, som aktivering) med släpande (de syns först i slutet, som intäkter)? (ja/nej)
            > ja
            Vill du lägga till ett årsmål till? (ja/nej)
            > nej
            Årsmålen för 2027, Acme Klinik:
            A3: Bli små klinikers förstahandsval i Skandinavien så att vi kan växa utan externt kapital
              KR1: Öka antalet betalande kliniker från 120 till 400 senast december 2027
              KR2: Öka andelen kliniker som förnyar från 70 % till 85 % senast december 2027
            Poäng 100/100: 0 fel, 0 varningar, 0 noteringar
            Sparat i organisationen. Med /årsmål skriver du årsmål, med /företag företagsmålen för en cykel och med /ny ett set för ett team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The year had Y1 and Y2 (kept as they are): the new one-year objective is the third, under the language's letter.
        #expect(organisation.objectives(ofYear: 2027).map(\.id) == ["Y1", "Y2", "A3"])
        #expect(organisation.objectives(ofYear: 2027).last?.keyResults.count == 2)
    }

    @Test func draftingASwedishCompanyObjective() throws {
        let conversation = expectDrafting(
            .company, "sv", organisation: PyramidSamples.organisation("sv", cycles: false),
            """
            Nu skriver vi företagsmålen för en cykel; vart och ett stödjer ett av årsmålen. Skriv /hjälp för att se kommandona.
            Vilken cykel gäller företagsmålen? Tryck Enter för att välja 2026-Q4.
            > 2027-Q1
            Årsmålen för 2027:
              1. Bli små klinikers förstahandsval i Skandinavien
              2. Göra bokningen enkel för alla patienter
            Vilket av dem stödjer företagsmål 1? Skriv numret, eller tryck Enter för att hoppa över.
            > 7
            Skriv ett av numren i listan, eller tryck Enter för att hoppa över.
            Årsmålen för 2027:
              1. Bli små klinikers förstahandsval i Skandinavien
              2. Göra bokningen enkel för alla patienter
            Vilket av dem stödjer företagsmål 1? Skriv numret, eller tryck Enter för att hoppa över.
            > 1
            Vad ska företaget uppnå under 2027-Q1? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Vinna klinikerna i Stockholm
            Det är ett tydligt mål. Varför det är viktigt framgår av målet det stödjer: ”Bli små klinikers förstahandsval i Skandinavien”.
            Mål 1: Vinna klinikerna i Stockholm
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Öka antalet betalande kliniker i Stockholm från 12 till 40
            Nyckelresultat 1.1: Öka antalet betalande kliniker i Stockholm från 12 till 40
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > ja
            Nyckelresultat 1.2, eller ”klar” för att gå vidare:
            > Öka antalet aktiva kliniker per vecka i Stockholm från 8 till 30
            Nyckelresultat 1.2: Öka antalet aktiva kliniker per vecka i Stockholm från 8 till 30
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > nej
            Blandar de här nyckelresultaten ledande mått (de förändras tidigt, som aktivering) med släpande (de syns först i slutet, som intäkter)? (ja/nej)
            > ja
            Vill du lägga till ett företagsmål till? (ja/nej)
            > nej
            Företagsmålen för 2027-Q1, Acme Klinik:
            F1: Vinna klinikerna i Stockholm
              KR1: Öka antalet betalande kliniker i Stockholm från 12 till 40
              KR2: Öka antalet aktiva kliniker per vecka i Stockholm från 8 till 30
            Poäng 100/100: 0 fel, 0 varningar, 0 noteringar
            Sparat i organisationen. Med /årsmål skriver du årsmål, med /företag företagsmålen för en cykel och med /ny ett set för ett team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The company objective serves the one-year objective picked by its number.
        let drafted = try #require(organisation.cycles.first?.objectives.first)
        #expect(drafted.id == "F1")
        #expect(drafted.parent == "Y1")
    }

    @Test func aTeamPicksTheCompanyObjectiveInSwedish() throws {
        let conversation = expectDrafting(
            .team, "sv", organisation: PyramidSamples.organisation("sv", cycles: true),
            """
            Hej, jag är okrcoach. Jag hjälper dig att skriva ett mål och upp till tre nyckelresultat, en fråga i taget. Skriv /hjälp för att se kommandona.
            Vilket team gäller det?
            > Tillväxt
            Vilken cykel gäller det? Tryck Enter för att välja 2026-Q4.
            > 2027-Q1
            Företagsmålen för 2027-Q1:
              1. Vinna klinikerna i Stockholm
              2. Halvera antalet steg i en bokning
            Vilket av dem stödjer mål 1? Skriv numret, eller tryck Enter för att hoppa över.
            > abc
            Skriv ett av numren i listan, eller tryck Enter för att hoppa över.
            Företagsmålen för 2027-Q1:
              1. Vinna klinikerna i Stockholm
              2. Halvera antalet steg i en bokning
            Vilket av dem stödjer mål 1? Skriv numret, eller tryck Enter för att hoppa över.
            > 2
            Vad vill ni uppnå den här cykeln? Skriv det som ett mål: vad ni vill och varför det spelar roll.
            > Göra bokningen enkel för små kliniker
            Det är ett tydligt mål. Varför det är viktigt framgår av målet det stödjer: ”Halvera antalet steg i en bokning”.
            Mål 1: Göra bokningen enkel för små kliniker
            Nyckelresultat 1.1: hur ska ni mäta framgång? Till exempel ”Öka X från A till B senast D”.
            > Öka andelen slutförda bokningar från 60 % till 80 %
            Nyckelresultat 1.1: Öka andelen slutförda bokningar från 60 % till 80 %
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > ja
            Nyckelresultat 1.2, eller ”klar” för att gå vidare:
            > Minska tiden det tar att boka från 4 minuter till 1 minut
            Nyckelresultat 1.2: Minska tiden det tar att boka från 4 minuter till 1 minut
            Vill du lägga till ett nyckelresultat till? (ja/nej)
            > nej
            Blandar de här nyckelresultaten ledande mått (de förändras tidigt, som aktivering) med släpande (de syns först i slutet, som intäkter)? (ja/nej)
            > ja
            Vill du lägga till ett mål till? (ja/nej)
            > nej
            Dina OKR:er, Tillväxt, 2027-Q1:
            O1: Göra bokningen enkel för små kliniker
              KR1: Öka andelen slutförda bokningar från 60 % till 80 %
              KR2: Minska tiden det tar att boka från 4 minuter till 1 minut
            Poäng 100/100: 0 fel, 0 varningar, 0 noteringar
            Sparat. Exportera med /exportera md, /exportera json eller /exportera yaml; /ny påbörjar ett nytt set.
            Klart. Lycka till med cykeln, och välkommen tillbaka till den veckovisa avstämningen.
            """)
        // The objective serves the company objective picked by its number; the set lists it among its parents.
        #expect(conversation.session.set.objectives.map(\.parent) == ["C2"])
        #expect(conversation.session.set.parents.map(\.id) == ["C2"])
        #expect(Checker(languages: TestCoach.languages).check(conversation.session.set).findings.isEmpty)
    }

    @Test func draftingADutchMission() throws {
        let conversation = expectDrafting(
            .mission, "nl", organisation: nil,
            """
            Laten we de missie van je organisatie opschrijven: waar ze voor bestaat, in een of twee zinnen die iedereen kan herhalen. Typ /help voor de commando’s.
            Hoe heet de organisatie?
            > Acme Klinieken
            Waar bestaat de organisatie voor? Schrijf de missie in een of twee zinnen.
            > 10.000 klinieken bedienen; snel boeken; eerlijke prijzen
            Dit valt me op:
            De missie bevat een getal (“10.000”). Een missie zegt waar het bedrijf voor bestaat, voor jaren vooruit; getallen raken snel verouderd en horen in de kernresultaten eronder.
            Zet “10.000” in een kernresultaat onder een jaardoelstelling en zeg waar het bedrijf voor bestaat, bijvoorbeeld “Kleine klinieken meer tijd geven voor hun patiënten”.
            De missie leest als een opsomming van doelen. Een opsomming blijft niet hangen, en ze zegt niet wat voorgaat als de doelen botsen.
            Zoek het ene doel dat de punten gemeen hebben en zeg dat in één zin; de punten kunnen jaardoelstellingen worden.
            Wil je de missie aanpassen? (ja/nee)
            > ja
            Schrijf de missie opnieuw op:
            > Kleine klinieken meer tijd geven voor hun patiënten
            De missie van Acme Klinieken: Kleine klinieken meer tijd geven voor hun patiënten
            Opgeslagen in de organisatie. Met /jaardoelen schrijf je jaardoelstellingen, met /bedrijf de bedrijfsdoelstellingen van een cyclus, met /nieuw een set voor een team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        #expect(organisation.name == PyramidSamples.texts["nl"]?.name)
        #expect(organisation.mission?.text == PyramidSamples.texts["nl"]?.mission)
    }

    @Test func draftingADutchOneYearObjective() throws {
        let conversation = expectDrafting(
            .yearly, "nl", organisation: PyramidSamples.organisation("nl", cycles: false),
            """
            Laten we de jaardoelstellingen opschrijven: wat het jaar moet opleveren, als schakel tussen de missie en de cycli. Typ /help voor de commando’s.
            Voor welk jaar zijn de doelstellingen? Druk op Enter om 2027 te kiezen.
            > 
            Wat moet 2027 opleveren? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > De eerste keuze worden van kleine klinieken in de Benelux zodat we kunnen groeien zonder extern kapitaal
            Dat is een heldere doelstelling: ze zegt wat en waarom.
            Doelstelling 1: De eerste keuze worden van kleine klinieken in de Benelux zodat we kunnen groeien zonder extern kapitaal
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aantal betalende klinieken verhogen van 120 naar 400 uiterlijk december 2027
            Kernresultaat 1.1: Het aantal betalende klinieken verhogen van 120 naar 400 uiterlijk december 2027
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > Het aandeel klinieken dat verlengt verhogen van 70% naar 85% uiterlijk december 2027
            Kernresultaat 1.2: Het aandeel klinieken dat verlengt verhogen van 70% naar 85% uiterlijk december 2027
            Nog een kernresultaat toevoegen? (ja/nee)
            > nee
            Combineren deze kernresultaten voorlopende indicatoren (die al vroeg veranderen, zoals activatie) met achterlopende (die zie je pas aan het eind, zoals omzet)? (ja/nee)
            > ja
            Nog een jaardoelstelling toevoegen? (ja/nee)
            > nee
            De jaardoelstellingen van Acme Klinieken voor 2027:
            J3: De eerste keuze worden van kleine klinieken in de Benelux zodat we kunnen groeien zonder extern kapitaal
              KR1: Het aantal betalende klinieken verhogen van 120 naar 400 uiterlijk december 2027
              KR2: Het aandeel klinieken dat verlengt verhogen van 70% naar 85% uiterlijk december 2027
            Score 100/100: 0 fouten, 0 waarschuwingen, 0 opmerkingen
            Opgeslagen in de organisatie. Met /jaardoelen schrijf je jaardoelstellingen, met /bedrijf de bedrijfsdoelstellingen van een cyclus, met /nieuw een set voor een team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The year had Y1 and Y2 (kept as they are): the new one-year objective is the third, under the language's letter.
        #expect(organisation.objectives(ofYear: 2027).map(\.id) == ["Y1", "Y2", "J3"])
        #expect(organisation.objectives(ofYear: 2027).last?.keyResults.count == 2)
    }

    @Test func draftingADutchCompanyObjective() throws {
        let conversation = expectDrafting(
            .company, "nl", organisation: PyramidSamples.organisation("nl", cycles: false),
            """
            Laten we de bedrijfsdoelstellingen van een cyclus opschrijven; elk ervan draagt bij aan een van de jaardoelstellingen. Typ /help voor de commando’s.
            Voor welke cyclus zijn de bedrijfsdoelstellingen? Druk op Enter om 2026-Q4 te kiezen.
            > 2027-Q1
            De jaardoelstellingen voor 2027:
              1. De eerste keuze worden van kleine klinieken in de Benelux
              2. Afspraken maken moeiteloos maken voor elke patiënt
            Aan welke daarvan draagt bedrijfsdoelstelling 1 bij? Typ het nummer, of druk op Enter om over te slaan.
            > 7
            Typ een van de nummers uit de lijst, of druk op Enter om over te slaan.
            De jaardoelstellingen voor 2027:
              1. De eerste keuze worden van kleine klinieken in de Benelux
              2. Afspraken maken moeiteloos maken voor elke patiënt
            Aan welke daarvan draagt bedrijfsdoelstelling 1 bij? Typ het nummer, of druk op Enter om over te slaan.
            > 1
            Wat moet het bedrijf in 2027-Q1 bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > De klinieken in Utrecht winnen
            Dat is een heldere doelstelling. Waarom ze ertoe doet, volgt uit de doelstelling waaraan ze bijdraagt: “De eerste keuze worden van kleine klinieken in de Benelux”.
            Doelstelling 1: De klinieken in Utrecht winnen
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aantal betalende klinieken in Utrecht verhogen van 12 naar 40
            Kernresultaat 1.1: Het aantal betalende klinieken in Utrecht verhogen van 12 naar 40
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > Het aantal wekelijks actieve klinieken in Utrecht verhogen van 8 naar 30
            Kernresultaat 1.2: Het aantal wekelijks actieve klinieken in Utrecht verhogen van 8 naar 30
            Nog een kernresultaat toevoegen? (ja/nee)
            > nee
            Combineren deze kernresultaten voorlopende indicatoren (die al vroeg veranderen, zoals activatie) met achterlopende (die zie je pas aan het eind, zoals omzet)? (ja/nee)
            > ja
            Nog een bedrijfsdoelstelling toevoegen? (ja/nee)
            > nee
            De bedrijfsdoelstellingen van Acme Klinieken voor 2027-Q1:
            B1: De klinieken in Utrecht winnen
              KR1: Het aantal betalende klinieken in Utrecht verhogen van 12 naar 40
              KR2: Het aantal wekelijks actieve klinieken in Utrecht verhogen van 8 naar 30
            Score 100/100: 0 fouten, 0 waarschuwingen, 0 opmerkingen
            Opgeslagen in de organisatie. Met /jaardoelen schrijf je jaardoelstellingen, met /bedrijf de bedrijfsdoelstellingen van een cyclus, met /nieuw een set voor een team.
            """)
        let organisation = try #require(savedOrganisation(conversation))
        // The company objective serves the one-year objective picked by its number.
        let drafted = try #require(organisation.cycles.first?.objectives.first)
        #expect(drafted.id == "B1")
        #expect(drafted.parent == "Y1")
    }

    @Test func aTeamPicksTheCompanyObjectiveInDutch() throws {
        let conversation = expectDrafting(
            .team, "nl", organisation: PyramidSamples.organisation("nl", cycles: true),
            """
            Hoi, ik ben okrcoach. Ik help je een doelstelling en maximaal drie kernresultaten op te schrijven, één vraag tegelijk. Typ /help voor de commando’s.
            Voor welk team is deze set?
            > Groei
            Over welke cyclus gaat het? Druk op Enter om 2026-Q4 te kiezen.
            > 2027-Q1
            De bedrijfsdoelstellingen voor 2027-Q1:
              1. De klinieken in Utrecht winnen
              2. Het aantal stappen van een afspraak halveren
            Aan welke daarvan draagt doelstelling 1 bij? Typ het nummer, of druk op Enter om over te slaan.
            > abc
            Typ een van de nummers uit de lijst, of druk op Enter om over te slaan.
            De bedrijfsdoelstellingen voor 2027-Q1:
              1. De klinieken in Utrecht winnen
              2. Het aantal stappen van een afspraak halveren
            Aan welke daarvan draagt doelstelling 1 bij? Typ het nummer, of druk op Enter om over te slaan.
            > 2
            Wat wil je deze cyclus bereiken? Schrijf het op als doelstelling: wat je wilt, en waarom dat ertoe doet.
            > Afspraken maken moeiteloos maken voor kleine klinieken
            Dat is een heldere doelstelling. Waarom ze ertoe doet, volgt uit de doelstelling waaraan ze bijdraagt: “Het aantal stappen van een afspraak halveren”.
            Doelstelling 1: Afspraken maken moeiteloos maken voor kleine klinieken
            Kernresultaat 1.1: hoe meet je of het lukt? Bijvoorbeeld “X verhogen van A naar B uiterlijk D”.
            > Het aandeel geslaagde afspraken verhogen van 60% naar 80%
            Kernresultaat 1.1: Het aandeel geslaagde afspraken verhogen van 60% naar 80%
            Nog een kernresultaat toevoegen? (ja/nee)
            > ja
            Kernresultaat 1.2, of “klaar” om verder te gaan:
            > De wachttijd aan de telefoon verlagen van 4 minuten naar 1 minuut
            Kernresultaat 1.2: De wachttijd aan de telefoon verlagen van 4 minuten naar 1 minuut
            Nog een kernresultaat toevoegen? (ja/nee)
            > nee
            Combineren deze kernresultaten voorlopende indicatoren (die al vroeg veranderen, zoals activatie) met achterlopende (die zie je pas aan het eind, zoals omzet)? (ja/nee)
            > ja
            Nog een doelstelling toevoegen? (ja/nee)
            > nee
            Je set, Groei, 2027-Q1:
            O1: Afspraken maken moeiteloos maken voor kleine klinieken
              KR1: Het aandeel geslaagde afspraken verhogen van 60% naar 80%
              KR2: De wachttijd aan de telefoon verlagen van 4 minuten naar 1 minuut
            Score 100/100: 0 fouten, 0 waarschuwingen, 0 opmerkingen
            Opgeslagen. Met /exporteer md, /exporteer json of /exporteer yaml schrijf je de set weg; /nieuw begint een nieuwe set.
            Klaar. Veel succes deze cyclus, en kom terug voor de wekelijkse check-in.
            """)
        // The objective serves the company objective picked by its number; the set lists it among its parents.
        #expect(conversation.session.set.objectives.map(\.parent) == ["C2"])
        #expect(conversation.session.set.parents.map(\.id) == ["C2"])
        #expect(Checker(languages: TestCoach.languages).check(conversation.session.set).findings.isEmpty)
    }
}

/// Starts drafting `level` with a coach that knows `organisation`, checks the greeting and the first
/// question (the transcript's first two lines), then types and compares the rest.
private func expectDrafting(
    _ level: DraftLevel, _ code: String, organisation: Organisation?, _ transcript: String,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Conversation {
    let conversation = Conversation(level: level, language: code, organisation: organisation)
    let lines = transcript.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    #expect(conversation.transcript == Array(lines.prefix(2)), sourceLocation: sourceLocation)
    return expectTranscript(lines.count > 2 ? lines[2] : "", in: conversation, sourceLocation: sourceLocation)
}

/// The organisation the last turn asked the adapter to keep.
private func savedOrganisation(_ conversation: Conversation) -> Organisation? {
    conversation.effects.lazy.compactMap { effect -> Organisation? in
        if case .saveOrganisation(let organisation) = effect { organisation } else { nil }
    }.first
}

import CoachEngine
import OKRCore
import Testing

/// The check-in, the review and the retrospective in Swedish, as they read.
struct SwedishCycleTranscriptTests {
    @Test func threeWeeklyCheckIns() {
        var conversation = expectTranscript(
            """
            > /avstämning
            Veckans avstämning av Tillväxt, 2026-Q4 (2026-11-15). För varje nyckelresultat: hur det ligger till, hur säkra ni är och gärna en kommentar.
            1.1 ”Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars”. Senaste avstämning: ingen ännu. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 480
            1.1 ███░░░░░░░ 33 %
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > maybe
            Svara enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10.
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > enligt plan
            En kommentar till teamet? Tryck Enter för att hoppa över.
            > Två stora kliniker anslöt
            1.2 ”Minska tiden till första bokningen från 24 timmar till 8 timmar senast 31 mars”. Senaste avstämning: ingen ännu. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 12
            1.2 ████████░░ 75 %
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > i riskzonen
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            1.3 ”Lansera den nya guiden senast 15 februari”. Är det klart? (ja/nej)
            > nej
            1.3 ░░░░░░░░░░ inte klart än
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 8
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            Avstämningen för 2026-11-15 är sparad. Vi hörs nästa vecka.
            """, in: Conversation(resuming: CycleFixtures.session("sv")))
        conversation.today = Day(year: 2026, month: 11, day: 22)
        conversation = expectTranscript(
            """
            > /avstämning
            Veckans avstämning av Tillväxt, 2026-Q4 (2026-11-22). För varje nyckelresultat: hur det ligger till, hur säkra ni är och gärna en kommentar.
            1.1 ”Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars”. Senaste avstämning: 480 den 2026-11-15. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 510
            1.1 █████░░░░░ 50 % (+30 sedan 2026-11-15)
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 7
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            1.2 ”Minska tiden till första bokningen från 24 timmar till 8 timmar senast 31 mars”. Senaste avstämning: 12 timmar den 2026-11-15. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 10
            1.2 █████████░ 88 % (−2 sedan 2026-11-15)
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 5
            En kommentar till teamet? Tryck Enter för att hoppa över.
            > Guiden blev en vecka försenad
            1.3 ”Lansera den nya guiden senast 15 februari”. Är det klart? (ja/nej)
            > ja
            1.3 ██████████ klart
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 4
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            Avstämningen för 2026-11-22 är sparad. Vi hörs nästa vecka.
            """, in: conversation)
        conversation.today = Day(year: 2026, month: 12, day: 6)
        conversation = expectTranscript(
            """
            > /avstämning
            Veckans avstämning av Tillväxt, 2026-Q4 (2026-12-06). För varje nyckelresultat: hur det ligger till, hur säkra ni är och gärna en kommentar.
            Nyckelresultat 1.1 har inte stämts av på 14 dagar.
            Nyckelresultat 1.2 har inte stämts av på 14 dagar.
            1.1 ”Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars”. Senaste avstämning: 510 den 2026-11-22. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 530
            1.1 ██████░░░░ 61 % (+20 sedan 2026-11-22)
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 6
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            1.2 ”Minska tiden till första bokningen från 24 timmar till 8 timmar senast 31 mars”. Senaste avstämning: 10 timmar den 2026-11-22. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            >
            Inget värde den här veckan.
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 3
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            Avstämningen för 2026-12-06 är sparad. Vi hörs nästa vecka.
            Tilltron till nyckelresultat 1.1 har sjunkit två gånger i rad (8 → 7 → 6). Vad skulle hjälpa?
            """, in: conversation)
        CycleFixtures.expectThreeCheckInsSaved(conversation.session)
    }

    @Test func reviewThenRetro() {
        let conversation = expectTranscript(
            """
            > /utvärdering
            Utvärdering av Tillväxt, 2026-Q4. Betygsätt varje nyckelresultat från 0,0 till 1,0: jag föreslår ett betyg utifrån hur långt det har kommit, som du kan godta eller ändra.
            Mål 1, ”Göra starten enkel för små kliniker så att de stannar kvar”: var det ett åtagande (ska nås fullt ut) eller ambitiöst (ett sträckmål)?
            > åtagande
            1.1 ”Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars”: ██████░░░░ 61 %. Betyg? Tryck Enter för att godta 0,6.
            >
            1.2 ”Minska tiden till första bokningen från 24 timmar till 8 timmar senast 31 mars”: █████████░ 88 %. Betyg? Tryck Enter för att godta 0,9.
            > 0,5
            1.3 ”Lansera den nya guiden senast 15 februari”: ██████████ klart. Betyg? Tryck Enter för att godta 1,0.
            >
            Mål 1: 0,7 (grönt).
            Mål 1 var ett åtagande och landade på 0,7. Vad stod i vägen, och vad gör ni annorlunda nästa gång? Tryck Enter för att hoppa över.
            > Guiden blev en vecka försenad
            Utvärderingen är sparad. Betyg för setet: 0,7 (grönt).
            > /retro
            Retrospektiv för Tillväxt, 2026-Q4: några korta frågor. Tryck Enter för att hoppa över en fråga.
            Vad gick bra den här cykeln?
            > Veckoavstämningarna höll oss ärliga
            Vad gick mindre bra?
            > För många sidoprojekt
            Vad lärde ni er om hur ni sätter och följer upp era OKR:er?
            > Sätt färre nyckelresultat och stäm av varje måndag
            Vad ändrar ni till nästa cykel?
            > Två nyckelresultat per mål
            Retrospektiven är sparad. När du påbörjar nästa set med /ny påminner jag dig om den.
            """, in: CycleFixtures.checkedIn("sv"))
        CycleFixtures.expectReviewedAndLookedBack(conversation.session.set)
    }

    @Test func kindsTargetsAndMissingBaselines() {
        let conversation = expectTranscript(
            """
            > /avstämning
            Veckans avstämning av Tillväxt, 2026-Q4 (2026-11-15). För varje nyckelresultat: hur det ligger till, hur säkra ni är och gärna en kommentar.
            Hur mäts nyckelresultat 1.1: öka, minska, minst (ligga kvar på eller över), högst (ligga kvar på eller under), eller milstolpe (klart eller inte)? ”Drifttid 99,9 % varje vecka”
            > maybe
            Svara öka, minska, minst, högst eller milstolpe.
            Hur mäts nyckelresultat 1.1: öka, minska, minst (ligga kvar på eller över), högst (ligga kvar på eller under), eller milstolpe (klart eller inte)? ”Drifttid 99,9 % varje vecka”
            > minst
            1.1 ”Drifttid 99,9 % varje vecka”. Senaste avstämning: ingen ännu. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 99,95
            1.1 ██████████ uppfyllt
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 9
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            Vilket är målvärdet för nyckelresultat 1.2, ”Öka intäkterna med 20 %”? Ange siffran.
            > 1200
            1.2 ”Öka intäkterna med 20 %”. Senaste avstämning: ingen ännu. Vad är värdet nu? Tryck Enter om ni inte har någon siffra den här veckan.
            > 1000
            Startvärde saknas, så 1000 är startvärdet från och med nu.
            1.2 ░░░░░░░░░░ 0 %
            Hur säkra är ni på att nå det: enligt plan, i riskzonen, ur kurs, eller en siffra från 1 till 10?
            > 7
            En kommentar till teamet? Tryck Enter för att hoppa över.
            >
            Avstämningen för 2026-11-15 är sparad. Vi hörs nästa vecka.
            """, in: Conversation(resuming: CycleFixtures.kindsSession("sv")))
        CycleFixtures.expectKindsAndTargetsKept(conversation.session.set)
    }
}

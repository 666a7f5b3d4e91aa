import CoachEngine
import OKRCore
import Testing

/// The check-in, the review and the retrospective in Dutch, as they read.
struct DutchCycleTranscriptTests {
    @Test func threeWeeklyCheckIns() {
        var conversation = expectTranscript(
            """
            > /checkin
            Wekelijkse check-in van Groei, 2026-Q4 (2026-11-15). Per kernresultaat: hoe het ervoor staat, hoeveel vertrouwen je hebt en eventueel een opmerking.
            1.1 “Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart”, laatste stand: nog geen check-in. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 480
            1.1 ███░░░░░░░ 33%
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > maybe
            Antwoord op koers, risico, uit koers, of een cijfer van 1 tot 10.
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > op koers
            Een opmerking voor het team? Druk op Enter om over te slaan.
            > Twee grote klinieken haakten aan
            1.2 “De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur uiterlijk 31 maart”, laatste stand: nog geen check-in. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 12
            1.2 ████████░░ 75%
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > risico
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            1.3 “De nieuwe wizard lanceren uiterlijk 15 februari”. Is het af? (ja/nee)
            > nee
            1.3 ░░░░░░░░░░ nog niet af
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 8
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            Check-in van 2026-11-15 opgeslagen. Tot volgende week.
            """, in: Conversation(resuming: CycleFixtures.session("nl")))
        conversation.today = Day(year: 2026, month: 11, day: 22)
        conversation = expectTranscript(
            """
            > /checkin
            Wekelijkse check-in van Groei, 2026-Q4 (2026-11-22). Per kernresultaat: hoe het ervoor staat, hoeveel vertrouwen je hebt en eventueel een opmerking.
            1.1 “Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart”, laatste stand: 480 op 2026-11-15. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 510
            1.1 █████░░░░░ 50% (+30 sinds 2026-11-15)
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 7
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            1.2 “De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur uiterlijk 31 maart”, laatste stand: 12 uur op 2026-11-15. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 10
            1.2 █████████░ 88% (−2 sinds 2026-11-15)
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 5
            Een opmerking voor het team? Druk op Enter om over te slaan.
            > De wizard liep een week uit
            1.3 “De nieuwe wizard lanceren uiterlijk 15 februari”. Is het af? (ja/nee)
            > ja
            1.3 ██████████ af
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 4
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            Check-in van 2026-11-22 opgeslagen. Tot volgende week.
            """, in: conversation)
        conversation.today = Day(year: 2026, month: 12, day: 6)
        conversation = expectTranscript(
            """
            > /checkin
            Wekelijkse check-in van Groei, 2026-Q4 (2026-12-06). Per kernresultaat: hoe het ervoor staat, hoeveel vertrouwen je hebt en eventueel een opmerking.
            Kernresultaat 1.1 heeft al 14 dagen geen check-in gehad.
            Kernresultaat 1.2 heeft al 14 dagen geen check-in gehad.
            1.1 “Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart”, laatste stand: 510 op 2026-11-22. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 530
            1.1 ██████░░░░ 61% (+20 sinds 2026-11-22)
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 6
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            1.2 “De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur uiterlijk 31 maart”, laatste stand: 10 uur op 2026-11-22. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            >
            Deze week geen waarde.
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 3
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            Check-in van 2026-12-06 opgeslagen. Tot volgende week.
            Het vertrouwen in kernresultaat 1.1 is twee keer op rij gedaald (8 → 7 → 6). Wat zou helpen?
            """, in: conversation)
        CycleFixtures.expectThreeCheckInsSaved(conversation.session)
    }

    @Test func reviewThenRetro() {
        let conversation = expectTranscript(
            """
            > /beoordeling
            Beoordeling van Groei, 2026-Q4. Geef elk kernresultaat een score van 0,0 tot 1,0: op basis van de voortgang stel ik een score voor, die je kunt overnemen of aanpassen.
            Doelstelling 1, “De start eenvoudig maken voor kleine klinieken zodat ze blijven”: was die committed (moet volledig gehaald worden) of ambitieus (bewust hoog gegrepen)?
            > committed
            1.1 “Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart”: ██████░░░░ 61%. Score? Druk op Enter om 0,6 te kiezen.
            >
            1.2 “De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur uiterlijk 31 maart”: █████████░ 88%. Score? Druk op Enter om 0,9 te kiezen.
            > 0,5
            1.3 “De nieuwe wizard lanceren uiterlijk 15 februari”: ██████████ af. Score? Druk op Enter om 1,0 te kiezen.
            >
            Doelstelling 1: 0,7 (groen).
            Doelstelling 1 moest volledig gehaald worden (committed) en eindigde op 0,7. Wat zat je in de weg, en wat doe je de volgende keer anders? Druk op Enter om over te slaan.
            > De wizard liep een week uit
            Beoordeling opgeslagen. Score van de set: 0,7 (groen).
            > /retro
            Retrospective van Groei, 2026-Q4: een paar korte vragen. Druk op Enter om er een over te slaan.
            Wat ging er goed deze cyclus?
            > De wekelijkse check-ins hielden ons scherp
            Wat ging er minder goed?
            > Te veel zijprojecten
            Wat heb je geleerd over hoe je OKR’s opstelt en opvolgt?
            > Minder kernresultaten kiezen en elke maandag inchecken
            Wat ga je volgende cyclus anders doen?
            > Twee kernresultaten per doelstelling
            Retrospective opgeslagen. Als je met /nieuw de volgende set begint, herinner ik je eraan.
            """, in: CycleFixtures.checkedIn("nl"))
        CycleFixtures.expectReviewedAndLookedBack(conversation.session.set)
    }

    @Test func kindsTargetsAndMissingBaselines() {
        let conversation = expectTranscript(
            """
            > /checkin
            Wekelijkse check-in van Groei, 2026-Q4 (2026-11-15). Per kernresultaat: hoe het ervoor staat, hoeveel vertrouwen je hebt en eventueel een opmerking.
            Hoe meet je kernresultaat 1.1: verhogen, verlagen, minimaal (op of boven blijven), maximaal (op of onder blijven), of mijlpaal (af of niet)? “Uptime 99,9% per week”
            > maybe
            Antwoord verhogen, verlagen, minimaal, maximaal of mijlpaal.
            Hoe meet je kernresultaat 1.1: verhogen, verlagen, minimaal (op of boven blijven), maximaal (op of onder blijven), of mijlpaal (af of niet)? “Uptime 99,9% per week”
            > minimaal
            1.1 “Uptime 99,9% per week”, laatste stand: nog geen check-in. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 99,95
            1.1 ██████████ gehaald
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 9
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            Wat is de streefwaarde van kernresultaat 1.2, “De omzet met 20% verhogen”? Geef het getal.
            > 1200
            1.2 “De omzet met 20% verhogen”, laatste stand: nog geen check-in. Wat is de stand nu? Druk op Enter als je deze week geen getal hebt.
            > 1000
            Er is geen startwaarde, dus 1000 is vanaf nu de startwaarde.
            1.2 ░░░░░░░░░░ 0%
            Hoeveel vertrouwen heb je dat het lukt: op koers, risico, uit koers, of een cijfer van 1 tot 10?
            > 7
            Een opmerking voor het team? Druk op Enter om over te slaan.
            >
            Check-in van 2026-11-15 opgeslagen. Tot volgende week.
            """, in: Conversation(resuming: CycleFixtures.kindsSession("nl")))
        CycleFixtures.expectKindsAndTargetsKept(conversation.session.set)
    }
}

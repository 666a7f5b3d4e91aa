import CoachEngine
import OKRCore
import Testing

/// The check-in, the review and the retrospective in Norwegian, as they read.
struct NorwegianCycleTranscriptTests {
    @Test func threeWeeklyCheckIns() {
        var conversation = expectTranscript(
            """
            > /innsjekk
            Ukentlig innsjekking for Vekst, 2026-Q4 (2026-11-15). For hvert nøkkelresultat: hvordan det ligger an, hvor trygge dere er, og gjerne en kommentar.
            1.1 «Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars», sist: ingen innsjekking ennå. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 480
            1.1 ███░░░░░░░ 33 %
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > maybe
            Svar i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10.
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > i rute
            En kommentar til teamet? Trykk Enter for å hoppe over.
            > To store klinikker meldte seg på
            1.2 «Redusere tiden til første booking fra 24 timer til 8 timer innen 31. mars», sist: ingen innsjekking ennå. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 12
            1.2 ████████░░ 75 %
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > i faresonen
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            1.3 «Lansere den nye veiviseren innen 15. februar». Er det gjort? (ja/nei)
            > nei
            1.3 ░░░░░░░░░░ ikke gjort ennå
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 8
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            Innsjekkingen for 2026-11-15 er lagret. Vi ses neste uke.
            """, in: Conversation(resuming: CycleFixtures.session("nb")))
        conversation.today = Day(year: 2026, month: 11, day: 22)
        conversation = expectTranscript(
            """
            > /innsjekk
            Ukentlig innsjekking for Vekst, 2026-Q4 (2026-11-22). For hvert nøkkelresultat: hvordan det ligger an, hvor trygge dere er, og gjerne en kommentar.
            1.1 «Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars», sist: 480 den 2026-11-15. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 510
            1.1 █████░░░░░ 50 % (+30 siden 2026-11-15)
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 7
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            1.2 «Redusere tiden til første booking fra 24 timer til 8 timer innen 31. mars», sist: 12 timer den 2026-11-15. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 10
            1.2 █████████░ 88 % (−2 siden 2026-11-15)
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 5
            En kommentar til teamet? Trykk Enter for å hoppe over.
            > Veiviseren ble en uke forsinket
            1.3 «Lansere den nye veiviseren innen 15. februar». Er det gjort? (ja/nei)
            > ja
            1.3 ██████████ gjort
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 4
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            Innsjekkingen for 2026-11-22 er lagret. Vi ses neste uke.
            """, in: conversation)
        conversation.today = Day(year: 2026, month: 12, day: 6)
        conversation = expectTranscript(
            """
            > /innsjekk
            Ukentlig innsjekking for Vekst, 2026-Q4 (2026-12-06). For hvert nøkkelresultat: hvordan det ligger an, hvor trygge dere er, og gjerne en kommentar.
            Nøkkelresultat 1.1 har ikke hatt noen innsjekking på 14 dager.
            Nøkkelresultat 1.2 har ikke hatt noen innsjekking på 14 dager.
            1.1 «Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars», sist: 510 den 2026-11-22. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 530
            1.1 ██████░░░░ 61 % (+20 siden 2026-11-22)
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 6
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            1.2 «Redusere tiden til første booking fra 24 timer til 8 timer innen 31. mars», sist: 10 timer den 2026-11-22. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            >
            Ingen verdi denne uka.
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 3
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            Innsjekkingen for 2026-12-06 er lagret. Vi ses neste uke.
            Tiltroen til nøkkelresultat 1.1 har falt to ganger på rad (8 → 7 → 6). Hva kan hjelpe?
            """, in: conversation)
        CycleFixtures.expectThreeCheckInsSaved(conversation.session)
    }

    @Test func reviewThenRetro() {
        let conversation = expectTranscript(
            """
            > /evaluering
            Evaluering av Vekst, 2026-Q4. Gi hvert nøkkelresultat en karakter fra 0,0 til 1,0: jeg foreslår en ut fra fremdriften, som du kan godta eller endre.
            Mål 1, «Gjøre oppstarten enkel for små klinikker slik at de blir værende»: var det forpliktende (skal nås fullt ut) eller ambisiøst (et strekkmål)?
            > forpliktende
            1.1 «Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars»: ██████░░░░ 61 %. Karakter? Trykk Enter for å godta 0,6.
            >
            1.2 «Redusere tiden til første booking fra 24 timer til 8 timer innen 31. mars»: █████████░ 88 %. Karakter? Trykk Enter for å godta 0,9.
            > 0,5
            1.3 «Lansere den nye veiviseren innen 15. februar»: ██████████ gjort. Karakter? Trykk Enter for å godta 1,0.
            >
            Mål 1: 0,7 (grønn).
            Mål 1 var forpliktende og endte på 0,7. Hva sto i veien, og hva gjør dere annerledes neste gang? Trykk Enter for å hoppe over.
            > Veiviseren ble en uke forsinket
            Evalueringen er lagret. Karakter for settet: 0,7 (grønn).
            > /retro
            Retrospektiv for Vekst, 2026-Q4: noen korte spørsmål. Trykk Enter for å hoppe over et spørsmål.
            Hva gikk bra denne syklusen?
            > Ukentlig innsjekking holdt oss ærlige
            Hva gikk ikke så bra?
            > For mange sideprosjekter
            Hva lærte dere om hvordan dere setter og følger opp OKR-ene?
            > Sett færre nøkkelresultater og sjekk inn hver mandag
            Hva vil dere gjøre annerledes neste syklus?
            > To nøkkelresultater per mål
            Retrospektiven er lagret. Når du starter neste sett med /ny, minner jeg deg på den.
            """, in: CycleFixtures.checkedIn("nb"))
        CycleFixtures.expectReviewedAndLookedBack(conversation.session.set)
    }

    @Test func kindsTargetsAndMissingBaselines() {
        let conversation = expectTranscript(
            """
            > /innsjekk
            Ukentlig innsjekking for Vekst, 2026-Q4 (2026-11-15). For hvert nøkkelresultat: hvordan det ligger an, hvor trygge dere er, og gjerne en kommentar.
            Hvordan måles nøkkelresultat 1.1: øke, redusere, minst (holde seg på eller over), maks (holde seg på eller under), eller milepæl (gjort eller ikke)? «Oppetid 99,9 % hver uke»
            > maybe
            Svar øke, redusere, minst, maks eller milepæl.
            Hvordan måles nøkkelresultat 1.1: øke, redusere, minst (holde seg på eller over), maks (holde seg på eller under), eller milepæl (gjort eller ikke)? «Oppetid 99,9 % hver uke»
            > minst
            1.1 «Oppetid 99,9 % hver uke», sist: ingen innsjekking ennå. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 99,95
            1.1 ██████████ oppfylt
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 9
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            Hva er måltallet for nøkkelresultat 1.2, «Øke omsetningen med 20 %»? Oppgi tallet.
            > 1200
            1.2 «Øke omsetningen med 20 %», sist: ingen innsjekking ennå. Hva er verdien nå? Trykk Enter hvis dere ikke har noe tall denne uka.
            > 1000
            Nøkkelresultatet har ingen startverdi, så 1000 er startverdien fra nå av.
            1.2 ░░░░░░░░░░ 0 %
            Hvor trygge er dere på å nå det: i rute, i faresonen, ute av kurs, eller et tall fra 1 til 10?
            > 7
            En kommentar til teamet? Trykk Enter for å hoppe over.
            >
            Innsjekkingen for 2026-11-15 er lagret. Vi ses neste uke.
            """, in: Conversation(resuming: CycleFixtures.kindsSession("nb")))
        CycleFixtures.expectKindsAndTargetsKept(conversation.session.set)
    }
}

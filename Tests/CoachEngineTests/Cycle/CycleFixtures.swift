import CoachEngine
import OKRCore
import Testing

/// Saved sets to check in, review and look back on, one for each language.
enum CycleFixtures {
    /// A finished set with three kinds of key result and no check-ins yet.
    static func session(_ language: String) -> Session {
        var session = TestCoach.coach.newSession(id: "cycle-\(language)", language: LanguageCode(language))
        session.set = set(language)
        session.finished = true
        session.step = "finished"
        return session
    }

    static func set(_ language: String) -> OKRSet {
        let (team, objective, results): (String, String, [String]) =
            switch language {
            case "nb":
                (
                    "Vekst", "Gjøre oppstarten enkel for små klinikker slik at de blir værende",
                    [
                        "Øke ukentlig aktive klinikker fra 420 til 600 innen 31. mars",
                        "Redusere tiden til første booking fra 24 timer til 8 timer innen 31. mars",
                        "Lansere den nye veiviseren innen 15. februar",
                    ]
                )
            case "sv":
                (
                    "Tillväxt", "Göra starten enkel för små kliniker så att de stannar kvar",
                    [
                        "Öka antalet veckoaktiva kliniker från 420 till 600 senast 31 mars",
                        "Minska tiden till första bokningen från 24 timmar till 8 timmar senast 31 mars",
                        "Lansera den nya guiden senast 15 februari",
                    ]
                )
            case "nl":
                (
                    "Groei", "De start eenvoudig maken voor kleine klinieken zodat ze blijven",
                    [
                        "Het aantal wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 maart",
                        "De tijd tot de eerste boeking verlagen van 24 uur naar 8 uur uiterlijk 31 maart",
                        "De nieuwe wizard lanceren uiterlijk 15 februari",
                    ]
                )
            default:
                (
                    "Growth", "Make onboarding effortless for small clinics so that they stay",
                    [
                        "Increase weekly active clinics from 420 to 600 by 31 March",
                        "Reduce time to first booking from 24 hours to 8 hours by 31 March",
                        "Launch the new setup wizard by 15 February",
                    ]
                )
            }
        return OKRSet(
            lang: LanguageCode(language), cycle: "2026-Q4", team: team,
            objectives: [Objective(title: objective, keyResults: results.map { KeyResult($0) })])
    }

    /// The set after three weekly check-ins (15 and 22 November, 6 December), on the day of its review.
    static func checkedIn(_ language: String) -> Conversation {
        var session = session(language)
        let notes = [
            "en": ("Two big clinics signed up", "The wizard slipped a week"),
            "nb": ("To store klinikker meldte seg på", "Veiviseren ble en uke forsinket"),
            "sv": ("Två stora kliniker anslöt", "Guiden blev en vecka försenad"),
            "nl": ("Twee grote klinieken haakten aan", "De wizard liep een week uit"),
        ][language]!
        let days = [
            Day(year: 2026, month: 11, day: 15), Day(year: 2026, month: 11, day: 22),
            Day(year: 2026, month: 12, day: 6),
        ]
        func history(_ values: [Double?], _ confidence: [Int], notes: [String?] = [nil, nil, nil]) -> [CheckIn] {
            (0..<3).map { CheckIn(day: days[$0], value: values[$0], confidence: confidence[$0], note: notes[$0]) }
        }
        var results = session.set.objectives[0].keyResults
        results[0].kind = .increase
        results[0].baseline = 420
        results[0].target = 600
        results[0].checkIns = history([480, 510, 530], [8, 7, 6], notes: [notes.0, nil, nil])
        results[1].kind = .decrease
        results[1].baseline = 24
        results[1].target = 8
        results[1].checkIns = history([12, 10, nil], [5, 5, 3], notes: [nil, notes.1, nil])
        results[2].kind = .milestone
        results[2].checkIns = history([0, 1, 1], [8, 4, 9])
        session.set.objectives[0].keyResults = results
        var conversation = Conversation(resuming: session)
        conversation.today = Day(year: 2026, month: 12, day: 20)
        return conversation
    }

    /// A set whose key results do not say how they keep score, or from where.
    static func kindsSession(_ language: String) -> Session {
        let texts = [
            "en": ["Weekly uptime 99.9 %", "Increase revenue by 20 %"],
            "nb": ["Oppetid 99,9 % hver uke", "Øke omsetningen med 20 %"],
            "sv": ["Drifttid 99,9 % varje vecka", "Öka intäkterna med 20 %"],
            "nl": ["Uptime 99,9% per week", "De omzet met 20% verhogen"],
        ][language]!
        var session = session(language)
        session.set.objectives[0].keyResults = texts.map { KeyResult($0) }
        return session
    }

    // MARK: - What each language's transcripts leave behind

    /// After three weekly check-ins: three in each key result's history, and back out of the check-in.
    static func expectThreeCheckInsSaved(_ session: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        // The milestone done in the second week is not asked again in the third.
        let history = session.set.objectives[0].keyResults.map(\.checkIns.count)
        #expect(history == [3, 3, 2], sourceLocation: sourceLocation)
        #expect(session.activity == nil, sourceLocation: sourceLocation)
    }

    /// After the review and the retro of `checkedIn`: grades, commitment, the day, four retro notes.
    static func expectReviewedAndLookedBack(_ set: OKRSet, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(set.objectives[0].keyResults.map(\.grade) == [0.6, 0.5, 1.0], sourceLocation: sourceLocation)
        #expect(set.objectives[0].commitment == .committed, sourceLocation: sourceLocation)
        #expect(set.reviewed == Day(year: 2026, month: 12, day: 20), sourceLocation: sourceLocation)
        #expect(
            set.retro.map(\.topic) == ["went_well", "went_badly", "learned", "change"], sourceLocation: sourceLocation)
    }

    /// After checking in `kindsSession`: the kind given, the target given, the first value as the baseline.
    static func expectKindsAndTargetsKept(_ set: OKRSet, sourceLocation: SourceLocation = #_sourceLocation) {
        let results = set.objectives[0].keyResults
        #expect(results.map(\.kind) == [.atLeast, .increase], sourceLocation: sourceLocation)
        #expect(results[1].target == 1200, sourceLocation: sourceLocation)
        #expect(results[1].baseline == nil && results[1].effectiveBaseline == 1000, sourceLocation: sourceLocation)
    }
}

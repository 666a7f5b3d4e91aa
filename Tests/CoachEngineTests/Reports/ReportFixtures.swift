import CoachEngine
import Foundation
import OKRCore

/// Sets in the middle and at the end of a cycle, with every kind of key result, for the report tests.
enum ReportFixtures {
    static let today = Day(iso: "2026-11-21")!

    /// The report's texts in a language, from the repository's locale files.
    static func texts(_ code: String) -> CycleReportTexts {
        let url = TestCoach.root.appendingPathComponent("locales/\(code).yaml")
        return try! CycleReportTexts(yaml: String(contentsOf: url, encoding: .utf8), source: url.path)
    }

    private static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Growth's set: two objectives, every kind, check-ins over seven weeks, graded, with a retrospective.
    static func growth(lang: String = "en", team: String = "Growth") -> OKRSet {
        OKRSet(
            lang: LanguageCode(lang), cycle: "2026-Q4", team: team,
            objectives: [
                Objective(
                    title: "Make booking effortless so that clinics stay with us",
                    keyResults: [
                        KeyResult(
                            "Increase weekly bookings | all clinics from 700 to 900", owner: "Kari", kind: .increase,
                            baseline: 700, target: 900,
                            checkIns: [
                                CheckIn(day: day("2026-10-03"), value: 740, confidence: 8),
                                CheckIn(
                                    day: day("2026-10-17"), value: 800, confidence: 6, note: "Campaign started late"),
                                CheckIn(
                                    day: day("2026-11-14"), value: 860, confidence: 5, note: "New *onboarding* | live"),
                            ], grade: 0.8),
                        KeyResult(
                            "Reduce support response time from 24 h to 8 h", kind: .decrease, baseline: 24, target: 8,
                            weight: 2,
                            checkIns: [
                                CheckIn(day: day("2026-10-31"), value: 14.5, confidence: 6),
                                CheckIn(
                                    day: day("2026-11-14"), value: 12, confidence: 7, note: "Triage rota works",
                                    author: "daan"),
                            ], grade: 0.7),
                        KeyResult(
                            "Grow NPS to 45", kind: .increase, target: 45,
                            checkIns: [
                                CheckIn(day: day("2026-10-03"), value: 30, confidence: 7),
                                CheckIn(day: day("2026-11-14"), value: 36, confidence: 7),
                            ], grade: 0.4),
                    ], commitment: .committed, postMortem: "The | release slipped *twice*"),
                Objective(
                    title: "Run a service clinics can trust in order to grow by referral",
                    keyResults: [
                        KeyResult(
                            "Keep uptime at least 99.9 %", kind: .atLeast, target: 99.9,
                            checkIns: [CheckIn(day: day("2026-11-14"), value: 99.95, confidence: 9)]),
                        KeyResult(
                            "Keep monthly churn at most 2 %", kind: .atMost, target: 2,
                            checkIns: [CheckIn(day: day("2026-11-14"), value: 2.4, confidence: 3)]),
                        KeyResult(
                            "Get the ISO 27001 certificate by December", kind: .milestone,
                            checkIns: [CheckIn(day: day("2026-10-03"), value: 0, confidence: 6)]),
                        KeyResult("Publish the security whitepaper with a very long title that goes on and on"),
                    ], commitment: .aspirational),
            ],
            retro: [
                RetroNote(topic: "went_well", text: "Weekly check-ins kept us honest"),
                RetroNote(topic: "went_badly", text: "1. We started late"),
                RetroNote(topic: "change", text: "Set baselines before the cycle starts"),
                RetroNote(topic: "went_well", text: "- The team owned the numbers"),
                RetroNote(topic: "learned", text: "A key result without a baseline is hard to judge"),
            ])
    }

    /// Growth's set with terminal escapes, bare CRs and line breaks in every text a person wrote,
    /// as an imported file or a chat line brings them.
    static func hostile() -> OKRSet {
        let attack = "\u{1B}]2;PWNED\u{07}\u{1B}[2J\u{1B}]52;c;cm0gLXJm\u{07}\r\u{9B}1;31m\u{7F}"
        var set = growth(team: "Growth" + attack)
        set.cycle = "2026-Q4" + attack
        set.objectives[0].title += attack + "\nsecond line"
        set.objectives[0].postMortem = "Slipped" + attack + "\n# not a heading"
        set.objectives[0].keyResults[0].text += attack + "\n| not a row |"
        set.objectives[0].keyResults[0].owner = "Kari" + attack
        set.objectives[0].keyResults[0].checkIns[2].note = "Live" + attack + "\n- not an item"
        set.objectives[0].keyResults[0].checkIns[2].author = "kari" + attack
        set.retro[0].text += attack + "\nmore"
        return set
    }

    /// Whether a text holds a control character other than line feed and tab.
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
    }

    /// A second team's set of the same cycle, just drafted.
    static func support() -> OKRSet {
        OKRSet(
            lang: LanguageCode("en"), cycle: "2026-Q4", team: "Support",
            objectives: [
                Objective(
                    title: "Answer clinics while they still care",
                    keyResults: [
                        KeyResult("Reduce first response time from 6 h to 1 h", kind: .decrease, baseline: 6, target: 1)
                    ])
            ])
    }
}

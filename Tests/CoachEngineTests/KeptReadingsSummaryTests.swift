import Foundation
import Testing

@testable import CoachEngine
@testable import OKRCore

/// The end-of-draft summary uses the rules' readings kept as each objective and key result was
/// saved, and says exactly what reading the whole set again says: after /back, after an edit,
/// and for a session read back from storage, which keeps no readings.
struct KeptReadingsSummaryTests {
    /// Drafts up to "Add another objective?", in each language: the objective proposed, taken back
    /// and written anew; a key result saved, taken back and replaced by another; a milestone kept,
    /// which the summary has findings on.
    static let drafts: [(language: String, lines: [String])] = [
        (
            "en",
            [
                "Growth", "", "", "Make onboarding effortless for small clinics", "to keep every clinic", "yes",
                "/back", "Make onboarding effortless for small clinics so that they stay",
                "Launch the new onboarding flow", "activation rate", "45%", "30%", "", "yes", "/back",
                "Increase weekly active clinics from 420 to 600 by 31 December", "yes",
                "Launch the new onboarding flow", "", "", "yes", "done", "yes",
            ]
        ),
        (
            "nb",
            [
                "Vekst", "", "", "Gjøre oppstarten enkel for små klinikker", "slik at de blir hos oss", "ja",
                "/back", "Gjøre oppstarten enkel for små klinikker slik at de blir værende",
                "Lansere ny onboarding", "andel aktiverte klinikker", "45 %", "30 %", "", "ja", "/back",
                "Øke ukentlig aktive klinikker fra 420 til 600 innen 31. desember", "ja",
                "Lansere ny onboarding", "", "", "ja", "ferdig", "ja",
            ]
        ),
        (
            "sv",
            [
                "Tillväxt", "", "", "Göra det enkelt för små kliniker att komma igång", "så att de stannar", "ja",
                "/back", "Göra det enkelt för små kliniker att komma igång så att de blir kvar",
                "Lansera den nya introduktionen", "andel aktiverade kliniker", "45 %", "30 %", "", "ja", "/back",
                "Öka veckovis aktiva kliniker från 420 till 600 senast den 31 december", "ja",
                "Lansera den nya introduktionen", "", "", "ja", "klar", "ja",
            ]
        ),
        (
            "nl",
            [
                "Groei", "", "", "Onboarding moeiteloos maken voor kleine klinieken", "zodat ze blijven", "ja",
                "/back", "Onboarding moeiteloos maken voor kleine klinieken zodat ze klant blijven",
                "Een nieuwe onboarding lanceren", "het activatiepercentage", "45%", "30%", "", "ja", "/back",
                "Wekelijks actieve klinieken verhogen van 420 naar 600 uiterlijk 31 december", "ja",
                "Een nieuwe onboarding lanceren", "", "", "ja", "klaar", "ja",
            ]
        ),
    ]

    @Test(arguments: drafts)
    func theSummaryIsTheWholeSetsAfterBackAndEdits(_ language: String, _ lines: [String]) throws {
        var live = Conversation(language: language)
        live.type(lines)
        try #require(live.session.step == "more_objectives", "\(live.text)")
        // Every objective and key result was read as it was saved, the replaced ones too.
        #expect(!live.session.readings.kept.isEmpty)
        let set = live.session.set
        #expect(set.objectives.count == 1)
        #expect(set.objectives[0].title == lines[7])
        #expect(set.objectives[0].keyResults.map(\.text).first == lines[15])
        #expect(set.objectives[0].keyResults.count == 2)
        // Stored and read back, a session keeps no readings: its summary reads every text again.
        let stored = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(live.session))
        #expect(stored.readings.kept.isEmpty)
        var reloaded = Conversation(resuming: stored)
        let no = TestCoach.coach.texts(for: live.session).no.sorted()[0]
        live.type(no)
        reloaded.type(no)
        #expect(live.session.finished)
        #expect(live.lastReplies.contains { $0.kind == .finding })
        #expect(live.lastReplies == reloaded.lastReplies)
    }

    /// A reading kept for a key result is what the summary says of it, while its text is the same:
    /// a finding planted in the kept reading shows, and is gone once the key result is edited.
    @Test func theSummarySaysWhatTheKeptReadingFound() throws {
        var conversation = Conversation(language: "en")
        conversation.type(Self.drafts[0].lines)
        var session = conversation.session
        let keyResult = session.set.objectives[0].keyResults[0].text
        let planted = Finding(rule: .keyResultVague, objective: 1, keyResult: 1, message: "Planted.", hint: "")
        session.readings.kept.keep(
            KeptReading(
                text: keyResult, language: LanguageCode("en"), setFact: true, findings: [planted], key: "planted"),
            objective: 0, keyResult: 0, of: session.set)
        let summary = TestCoach.coach.respond(to: "no", in: session, today: TestCoach.today).replies.map(\.text)
        #expect(summary.contains("[kr-vague] O1 KR1: Planted."))
        session.set.objectives[0].keyResults[0].text = keyResult + " for every clinic"
        let edited = TestCoach.coach.respond(to: "no", in: session, today: TestCoach.today).replies.map(\.text)
        #expect(!edited.contains { $0.contains("Planted.") })
    }
}

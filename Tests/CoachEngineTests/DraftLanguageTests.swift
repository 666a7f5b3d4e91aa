import CoachEngine
import Foundation
import OKRCore
import Testing

/// The language a draft is written in is kept with it; sessions stored before it was are read as before.
struct DraftLanguageTests {
    private func atBaseline() -> Conversation {
        var conversation = Conversation(language: "nb")
        conversation.type(
            "Vekst", "", "", "Gjøre oppstarten enkel for små klinikker slik at de blir værende hos oss",
            "Øke antall klinikker som er aktive hver uke til 600 innen 31. mars")
        return conversation
    }

    @Test func theDraftAndTheSetKeepTheLanguageTheyAreWrittenIn() {
        var conversation = atBaseline()
        #expect(conversation.session.set.lang == LanguageCode("nb"))
        #expect(conversation.session.draft.language == LanguageCode("nb"))
        conversation.type("/lang nl", "420")
        #expect(
            conversation.question.contains("Øke antall klinikker som er aktive hver uke fra 420 til 600 innen 31. mars")
        )
        conversation.type("ja")
        #expect(conversation.session.draft.language == nil)
    }

    @Test func aSessionStoredBeforeDraftsKeptTheirLanguageIsReadAndGoesOn() throws {
        let conversation = atBaseline()
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(conversation.session)) as? [String: Any])
        var draft = try #require(object["draft"] as? [String: Any])
        draft["language"] = nil
        object["draft"] = draft
        var set = try #require(object["set"] as? [String: Any])
        set["lang"] = nil
        object["set"] = set
        let old = try JSONDecoder().decode(Session.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.draft.language == nil && old.set.lang == nil)
        var resumed = Conversation(resuming: old)
        resumed.type("420")
        #expect(resumed.question.contains("Øke antall klinikker som er aktive hver uke fra 420 til 600 innen 31. mars"))
    }
}

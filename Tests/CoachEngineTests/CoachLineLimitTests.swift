import CoachEngine
import OKRCore
import Testing

/// A line longer than 16 KiB is not read as an answer, in any language, whatever the step.
struct CoachLineLimitTests {
    @Test(arguments: [
        ("en", "That is more than I can read in one answer (16 KiB at most). Please shorten it."),
        ("nb", "Det er mer enn jeg kan lese i ett svar (høyst 16 KiB). Kort det ned, takk."),
    ])
    func anOverlongLineIsRefusedAndTheQuestionAskedAgain(_ language: String, _ refusal: String) {
        var conversation = Conversation(language: language)
        let question = conversation.question
        let session = conversation.session
        let replies = conversation.type(String(repeating: "é", count: InputLimits.maximumLineBytes / 2) + "x")
        #expect(replies.first?.text == refusal)
        #expect(conversation.question == question)
        #expect(conversation.session == session, "nothing of the line is kept")
    }

    @Test func aLineAtTheLimitIsRead() {
        var conversation = Conversation(language: "en")
        let replies = conversation.type(String(repeating: "a", count: InputLimits.maximumLineBytes))
        #expect(!replies.contains { $0.text.contains("16 KiB") })
    }

    @Test func anOverlongCommandIsRefusedToo() {
        var conversation = Conversation(language: "en")
        let replies = conversation.type("/help " + String(repeating: "\u{1B}", count: 20_000))
        #expect(replies.first?.text.contains("16 KiB") == true)
    }
}

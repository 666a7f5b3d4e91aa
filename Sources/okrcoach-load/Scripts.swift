import DraftScripts

/// What each simulated person types in chat, and who they are.
enum Scripts {
    static let drafts = DraftScripts.drafts

    /// The chat text of one draft: in chat a first message only starts the conversation, so a
    /// greeting comes first, and a lone "-" stands for Enter (chat sends no empty lines).
    static func chatLines(_ draft: Int) -> [String] {
        let greetings = ["en": "hi", "nb": "hei", "sv": "hej", "nl": "hallo"]
        let script = drafts[draft % drafts.count]
        return [greetings[script.language] ?? "hi"] + script.lines.map { $0.isEmpty ? "-" : $0 }
    }

    /// Person `number`'s nick; all nicks are as long, so that the coach splits everyone's replies alike.
    static func nick(_ number: Int) -> String {
        let digits = String(number)
        return "person" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}

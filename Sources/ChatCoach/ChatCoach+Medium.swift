import CoachEngine
import OKRCore

/// Chat as a medium, both ways: how a chat line becomes the line the engine takes, and how the
/// engine's replies are written in chat. The one home of chat's conventions: a lone "-" answers
/// with nothing (chat sends no empty line), and commands start with "!" (chat clients keep "/"
/// commands for themselves).
extension ChatCoach {
    /// What a person sends in chat for an empty answer.
    public static let emptyAnswer = "-"
    /// What starts a command in chat.
    public static let commandPrefix = "!"

    /// A chat line as the engine takes it: "-" is an empty answer, "!help" is "/help"; spaces around are dropped.
    public static func engineLine(_ text: String) -> String {
        let line = text.trimmingCharacters(in: .whitespaces)
        if line == emptyAnswer { return "" }
        return line.hasPrefix(commandPrefix) ? "/" + line.dropFirst(commandPrefix.count) : line
    }

    /// The first word of a chat line, without "/" or "!", lower-cased: the command it may be.
    func commandWord(_ text: String) -> String {
        let word = Self.engineLine(text).split(separator: " ").first.map(String.init) ?? ""
        return (word.hasPrefix("/") ? String(word.dropFirst()) : word).lowercased()
    }

    /// A reply of the engine as chat writes it: commands with "!", the Enter key as the
    /// locale's `enter_in_chat` ("answer “-”"), and the list of commands with "!" and without
    /// the terminal's files and Ctrl-D.
    func chatText(_ reply: Reply) -> String {
        let texts = coach.allTexts.first { $0.language == reply.language } ?? coach.texts(for: coach.newSession(id: ""))
        return reply.rendered { mention in
            switch mention {
            case .command(let word): Self.commandPrefix + word
            case .enter(let startsSentence): CoachTexts.sentenceCase(texts.message("enter_in_chat"), startsSentence)
            case .help(let languages): texts.help(prefix: Self.commandPrefix, atTerminal: false, languages: languages)
            }
        }
    }

    /// A reply of the engine to a speaker, written for chat.
    func reply(_ reply: Reply, to speech: Speech) -> ChatReply {
        self.reply(chatText(reply), to: speech)
    }

    /// A message of the locale to a speaker, written for chat.
    func reply(_ key: String, _ values: [String: String] = [:], in texts: CoachTexts, to speech: Speech) -> ChatReply {
        reply(texts.reply(.say, key, values), to: speech)
    }

    /// A text to a speaker: in a channel every line is addressed, so each says whom it is for, however lines interleave.
    func reply(_ text: String, to speech: Speech) -> ChatReply {
        let addressed = text.split(separator: "\n").map { speech.replyPrefix + $0 }.joined(separator: "\n")
        return ChatReply(target: speech.replyTarget, text: addressed)
    }
}

import OKRCore

/// A message as a reply that names commands and keys as values, so that each medium writes them
/// its own way (see `Reply`). In a locale's message, `{/back}` names the command `back` by its
/// stable name, written with this language's main word for it ("/tilbake" on the terminal,
/// "!tilbake" in chat), and `{enter}` names the key that gives an empty answer ("Trykk Enter",
/// in chat "Svar «-»"). Nothing a person typed is ever read as a mention: values are text.
extension CoachTexts {
    /// The placeholder that names the key giving an empty answer.
    static let enterPlaceholder = "enter"

    /// A message as a reply: `values` fill its placeholders with text, `mentions` with what they
    /// name, and `{/name}` and `{enter}` name a command and the Enter key.
    public func reply(
        _ kind: Reply.Kind, _ key: String, _ values: [String: String] = [:], mentions: [String: Reply.Mention] = [:]
    ) -> Reply {
        guard let template = template(key) else { return Reply(kind, key) }
        var pieces: [Reply.Piece] = []
        var text = ""
        for part in template.filled(values) {
            let piece: Reply.Piece
            switch part {
            case .text(let written): piece = .text(written)
            case .placeholder(let name):
                piece =
                    (mentions[name] ?? mention(named: name, after: text)).map(Reply.Piece.mention) ?? .text("{\(name)}")
            }
            pieces.append(piece)
            switch piece {
            case .text(let written): text += written
            case .mention(let mention): text += written(mention)
            }
        }
        return Reply(kind, pieces: pieces, language: language, text: text)
    }

    /// The list of commands, as a reply: each medium shows its own. `languages` lists the loaded locales.
    public func helpReply(languages: String) -> Reply {
        let mention = Reply.Mention.help(languages: languages)
        return Reply(.say, pieces: [.mention(mention)], language: language, text: written(mention))
    }

    /// A mention as the terminal writes it, the way the locale files do: "/tilbake", "Trykk Enter", the help.
    public func written(_ mention: Reply.Mention) -> String {
        switch mention {
        case .command(let word): "/" + word
        case .enter(let startsSentence): Self.sentenceCase(message("enter_key"), startsSentence)
        case .help(let languages): help(prefix: "/", atTerminal: true, languages: languages)
        }
    }

    /// The main word of a command in this language ("tilbake"); its stable name where it has none.
    public func word(for command: CoachCommand) -> String {
        words(for: command).first ?? command.rawValue
    }

    /// A phrase with its first letter capitalised where it starts a sentence: "press Enter" → "Press Enter".
    public static func sentenceCase(_ phrase: String, _ startsSentence: Bool) -> String {
        guard startsSentence, let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }

    /// What a placeholder without a value names: `{/back}` a command, `{enter}` the Enter key; nil for anything else.
    private func mention(named name: String, after text: String) -> Reply.Mention? {
        if name == Self.enterPlaceholder {
            var before = text[...]
            while before.last == " " { before = before.dropLast() }
            return .enter(startsSentence: before.last.map { ".?!\n".contains($0) } ?? true)
        }
        guard name.hasPrefix("/"), let command = CoachCommand(rawValue: String(name.dropFirst())) else { return nil }
        return .command(word(for: command))
    }
}

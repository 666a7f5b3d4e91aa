import OKRCore

/// What the coach answers to one line: what it says, the session after it, and
/// what it asks the adapter to do (the engine itself does no I/O).
public struct Turn: Sendable, Equatable {
    public var replies: [Reply]
    public var session: Session
    public var effects: [Effect]
}

/// One thing the coach says. The kind lets an adapter style it (a question, a finding).
///
/// What it says is kept in pieces: plain text, and what it names that each medium writes its
/// own way: a command ("/back" on the terminal, "!back" in chat), the key that gives an empty
/// answer ("press Enter", in chat "answer “-”") and the list of commands (the terminal's help,
/// chat's help). `text` is the terminal's rendering, the way the locale files write them; another
/// medium renders `pieces` with `rendered(_:)`, never by rewriting `text`.
public struct Reply: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case say
        case ask
        case finding
        case hint
        case summary
    }

    /// What a reply names rather than spells out: each medium writes it its own way.
    public enum Mention: Sendable, Equatable {
        /// A command by the word the reply's language uses for it, without a prefix: "back", "tilbake".
        case command(String)
        /// The key that gives an empty answer ("press Enter"); capitalised where it starts a sentence.
        case enter(startsSentence: Bool)
        /// The list of commands, with the codes of the languages the coach speaks ("en, nb, nl, sv").
        case help(languages: String)
    }

    /// A piece of a reply: text, or something it names.
    public enum Piece: Sendable, Equatable {
        case text(String)
        case mention(Mention)
    }

    public var kind: Kind
    /// The reply as the terminal shows it: commands with "/", the locale's `enter_key`, its `help`.
    public private(set) var text: String
    /// The reply in pieces, for a medium that writes mentions its own way.
    public private(set) var pieces: [Piece]
    /// The language the reply is in, where it names something: a medium writes the mention in it.
    public private(set) var language: LanguageCode?

    /// A reply that names nothing: the text is the same in every medium.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
        pieces = [.text(text)]
    }

    /// A reply that names commands or keys, with its terminal rendering.
    init(_ kind: Kind, pieces: [Piece], language: LanguageCode, text: String) {
        self.kind = kind
        self.text = text
        self.pieces = pieces
        self.language = language
    }

    /// The reply with each mention written as `write` says: how a medium shows it.
    public func rendered(_ write: (Mention) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .mention(let mention): write(mention)
            }
        }.joined()
    }

    public var description: String { text }
}

/// Work that needs the outside world: storage, files, leaving.
public enum Effect: Sendable, Equatable {
    /// Show the saved sets (the adapter lists them with `Coach.listing`).
    case list
    /// Open the saved set with this number in the list.
    case open(Int)
    /// Start a new set; the current one stays saved.
    case newSet
    /// Start drafting a level of the organisation (`/mission`, `/yearly`, `/company`); the current set stays saved.
    case draft(DraftLevel)
    /// Keep the organisation: a level was drafted into it (`Coach.organisation(with:)`).
    case saveOrganisation(Organisation)
    /// Write the set out, to a file or to the screen, in a format.
    case export(content: String, path: String?, format: SetExport.Format)
    /// Save and leave.
    case quit
}

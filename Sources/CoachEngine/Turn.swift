/// What the coach answers to one line: what it says, the session after it, and
/// what it asks the adapter to do (the engine itself does no I/O).
public struct Turn: Sendable, Equatable {
    public var replies: [Reply]
    public var session: Session
    public var effects: [Effect]
}

/// One thing the coach says. The kind lets an adapter style it (a question, a finding).
public struct Reply: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case say
        case ask
        case finding
        case hint
        case summary
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
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
    /// Write the set out, to a file or to the screen, in a format.
    case export(content: String, path: String?, format: SetExport.Format)
    /// Save and leave.
    case quit
}

import Yams

/// A locale file's YAML as `YAMLFields` reads it: text (and whether it was written plain), a
/// list, or a mapping in the file's order, each with the line it starts on.
///
/// A type of its own rather than Yams' `Node`, so that a compiled copy of a locale file
/// (`FieldNode+Compiled`) can be read back without parsing YAML: every start of the program reads
/// all the locale files, and parsing them was most of what a small `check` did.
public indirect enum FieldNode: Sendable, Equatable {
    case text(String, plain: Bool, line: Int?)
    case list([FieldNode], line: Int?)
    /// The entries of a mapping, in the file's order.
    case mapping([Entry], line: Int?)

    /// One key of a mapping, with its line, and its value.
    public struct Entry: Sendable, Equatable {
        /// The key's text; nil for a key that is a list or a mapping, which no reader can name.
        public let key: String?
        public let keyLine: Int?
        public let value: FieldNode

        public init(key: String?, keyLine: Int?, value: FieldNode) {
            self.key = key
            self.keyLine = keyLine
            self.value = value
        }
    }

    /// The line the value starts on, 1-based; nil when the parser gave none.
    public var line: Int? {
        switch self {
        case .text(_, _, let line), .list(_, let line), .mapping(_, let line): line
        }
    }

    /// The tree of a node Yams composed; an alias or a tagged node is read as the value it holds.
    public init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string, plain: scalar.style == .plain, line: scalar.mark?.line)
        case .sequence(let sequence):
            self = .list(sequence.map(FieldNode.init), line: sequence.mark?.line)
        case .mapping(let mapping):
            var entries: [Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                entries.append(Entry(key: key.string, keyLine: key.mark?.line, value: FieldNode(value)))
            }
            self = .mapping(entries, line: mapping.mark?.line)
        case .alias:
            // Composing resolves aliases; a tree never holds one. Read as empty text should it ever.
            self = .text("", plain: true, line: nil)
        }
    }
}

extension FieldNode {
    /// Whether the value is text (a scalar), not a list or a mapping.
    public var isText: Bool {
        if case .text = self { true } else { false }
    }
}

extension InputError.Found {
    /// What a value of a field tree was, for "should be text, found a list".
    public init(_ node: FieldNode) {
        switch node {
        case .text(let text, _, _): self = .text(text)
        case .mapping: self = .mapping
        case .list: self = .list
        }
    }
}

/// A check file's YAML value without Yams' bookkeeping: its text, items or members, and its line.
///
/// `check` composes it straight from libyaml's events (`PlainNode.compose`): building Yams'
/// `Node` tree, with a tag, a style and an anchor for every value, was a quarter of checking a
/// large file. Files with anything this tree leaves out (aliases, anchors, tags) are left to Yams.
enum PlainNode {
    /// A scalar's text, whether it reads as null, and its line.
    case scalar(String, isNull: Bool, line: Int)
    case list([PlainNode], line: Int)
    case mapping([(key: PlainNode, value: PlainNode)], line: Int)
}

extension PlainNode: ReadableNode {
    var scalarText: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// A scalar key's text: with no tags, Yams' `Node.string` gives just that, and nil for others.
    var keyName: String? { scalarText }

    var isNull: Bool {
        if case .scalar(_, let isNull, _) = self { return isNull }
        return false
    }

    var members: [(key: PlainNode, value: PlainNode)]? {
        if case .mapping(let members, _) = self { return members }
        return nil
    }

    var items: [PlainNode]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    /// The composer refuses a mapping with a key twice, so the first of the name is the only one.
    func member(_ name: String) -> PlainNode? {
        members?.first { $0.key.scalarText == name }?.value
    }

    var line: Int? {
        switch self {
        case .scalar(_, _, let line), .list(_, let line), .mapping(_, let line): line
        }
    }

    var found: InputError.Found {
        switch self {
        case .scalar(let text, _, _): .text(text)
        case .list: .list
        case .mapping: .mapping
        }
    }
}

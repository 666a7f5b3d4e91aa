import Yams

/// Typed values out of a YAML mapping read with the basic resolver (every scalar is text),
/// with errors that name the key path ("words.hedges").
///
/// Reading a locale file this way, rather than through `Codable`, keeps start-up
/// fast: the program reads four of them before it answers.
public struct YAMLFields {
    private let values: [String: FieldNode]
    private let path: String
    public let source: String

    public init(_ node: FieldNode, path: String = "", source: String) throws(InputError) {
        guard case .mapping(let entries, _) = node else {
            guard !path.isEmpty else {
                throw InputError(source: source, line: node.line, .localeFileShape, found: .init(node))
            }
            throw InputError(source: source, line: node.line, .shouldBeMapping, ["key": path], found: .init(node))
        }
        var values: [String: FieldNode] = [:]
        values.reserveCapacity(entries.count)
        // A key that is a list or a mapping cannot be named; a key given twice keeps its last value.
        for entry in entries {
            if let key = entry.key { values[key] = entry.value }
        }
        self.values = values
        self.path = path
        self.source = source
    }

    /// The keys of the mapping, in no particular order.
    public var keys: Dictionary<String, FieldNode>.Keys { values.keys }

    public func fields(_ key: String) throws(InputError) -> YAMLFields {
        try YAMLFields(value(key), path: full(key), source: source)
    }

    public func string(_ key: String) throws(InputError) -> String {
        let node = try value(key)
        guard case .text(let text, _, _) = node else {
            throw InputError(source: source, line: node.line, .shouldBeText, ["key": full(key)], found: .init(node))
        }
        return text
    }

    /// A small whole number, 0 to 99.
    public func int(_ key: String) throws(InputError) -> Int {
        let node = try value(key)
        guard case .text(let text, _, _) = node, let number = Int(text), (0...99).contains(number) else {
            throw InputError(
                source: source, line: node.line, .shouldBeWholeNumber,
                ["key": full(key), "low": "0", "high": "99"])
        }
        return number
    }

    /// A list of texts; an empty value is an empty list.
    public func strings(_ key: String) throws(InputError) -> [String] {
        let node = try value(key)
        if case .text("", plain: true, _) = node { return [] }
        guard case .list(let items, _) = node else {
            throw InputError(source: source, line: node.line, .shouldBeList, ["key": full(key)], found: .init(node))
        }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case .text(let text, _, _) = item else {
                throw InputError(
                    source: source, line: item.line, .shouldHoldText, ["key": full(key)], found: .init(item))
            }
            result.append(text)
        }
        return result
    }

    /// `true` or `false`.
    public func flag(_ key: String) throws(InputError) -> Bool {
        let node = try value(key)
        switch node {
        case .text("true", _, _): return true
        case .text("false", _, _): return false
        case .text(let text, _, _):
            throw InputError(
                source: source, line: node.line, .shouldBeFlag, ["key": full(key)],
                found: .text(String(text.prefix(40))))
        default:
            throw InputError(source: source, line: node.line, .shouldBeFlag, ["key": full(key)], found: .init(node))
        }
    }

    /// The line a key's value is on, when the mapping has the key.
    public func line(_ key: String) -> Int? {
        values[key]?.line
    }

    /// Whether the mapping has a key.
    public func has(_ key: String) -> Bool {
        values[key] != nil
    }

    /// Reads a YAML text with the basic resolver: every scalar is text.
    public static func root(of yaml: String, source: String) throws(InputError) -> YAMLFields {
        try YAMLFields(tree(of: yaml, source: source), source: source)
    }

    /// The field tree of a YAML text read with the basic resolver, as a compiled copy keeps it.
    ///
    /// - Throws: `InputError` naming the line of a syntax error, or saying the file is empty.
    /// - Parameter empty: what an empty file is said to lack (a locale file's keys by default).
    public static func tree(
        of yaml: String, source: String, empty: CLIText = .localeFileEmpty
    ) throws(InputError) -> FieldNode {
        guard let root = try YAMLDocument.compose(yaml, source: source, resolver: .basic) else {
            throw InputError(source: source, empty)
        }
        return FieldNode(root)
    }

    private func value(_ key: String) throws(InputError) -> FieldNode {
        guard let node = values[key] else {
            throw InputError(source: source, .keyMissing, ["key": full(key)])
        }
        return node
    }

    private func full(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

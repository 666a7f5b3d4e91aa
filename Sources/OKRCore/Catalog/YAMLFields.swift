import Yams

/// Typed values out of a YAML mapping read with the basic resolver (every scalar is text),
/// with errors that name the key path ("words.hedges").
///
/// Reading a locale file this way, rather than through `Codable`, keeps start-up
/// fast: the program reads four of them before it answers.
public struct YAMLFields {
    private let values: [String: Node]
    private let path: String
    public let source: String

    public init(_ node: Node, path: String = "", source: String) throws(InputError) {
        guard let mapping = node.mapping else {
            guard !path.isEmpty else {
                throw InputError(source: source, line: node.mark?.line, .localeFileShape, found: .init(node))
            }
            throw InputError(source: source, line: node.mark?.line, .shouldBeMapping, ["key": path], found: .init(node))
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if let name = key.string { values[name] = value }
        }
        self.values = values
        self.path = path
        self.source = source
    }

    /// The keys of the mapping, in no particular order.
    public var keys: Dictionary<String, Node>.Keys { values.keys }

    public func fields(_ key: String) throws(InputError) -> YAMLFields {
        try YAMLFields(value(key), path: full(key), source: source)
    }

    public func string(_ key: String) throws(InputError) -> String {
        let node = try value(key)
        guard let scalar = node.scalar else {
            throw InputError(
                source: source, line: node.mark?.line, .shouldBeText, ["key": full(key)], found: .init(node))
        }
        return scalar.string
    }

    /// A small whole number, 0 to 99.
    public func int(_ key: String) throws(InputError) -> Int {
        let node = try value(key)
        guard let text = node.scalar?.string, let number = Int(text), (0...99).contains(number) else {
            throw InputError(
                source: source, line: node.mark?.line, .shouldBeWholeNumber,
                ["key": full(key), "low": "0", "high": "99"])
        }
        return number
    }

    /// A list of texts; an empty value is an empty list.
    public func strings(_ key: String) throws(InputError) -> [String] {
        let node = try value(key)
        if let scalar = node.scalar, scalar.string.isEmpty, scalar.style == .plain { return [] }
        guard let sequence = node.sequence else {
            throw InputError(
                source: source, line: node.mark?.line, .shouldBeList, ["key": full(key)], found: .init(node))
        }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw InputError(
                    source: source, line: item.mark?.line, .shouldHoldText, ["key": full(key)], found: .init(item))
            }
            result.append(scalar.string)
        }
        return result
    }

    /// `true` or `false`.
    public func flag(_ key: String) throws(InputError) -> Bool {
        let node = try value(key)
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            let found =
                node.scalar.map { InputError.Found.text(String($0.string.prefix(40))) } ?? InputError.Found(node)
            throw InputError(source: source, line: node.mark?.line, .shouldBeFlag, ["key": full(key)], found: found)
        }
    }

    /// The line a key's value is on, when the mapping has the key.
    public func line(_ key: String) -> Int? {
        values[key]?.mark?.line
    }

    /// Whether the mapping has a key.
    public func has(_ key: String) -> Bool {
        values[key] != nil
    }

    /// Reads a YAML text with the basic resolver: every scalar is text.
    public static func root(of yaml: String, source: String) throws(InputError) -> YAMLFields {
        guard let root = try YAMLDocument.compose(yaml, source: source, resolver: .basic) else {
            throw InputError(source: source, .localeFileEmpty)
        }
        return try YAMLFields(root, source: source)
    }

    private func value(_ key: String) throws(InputError) -> Node {
        guard let node = values[key] else {
            throw InputError(source: source, .keyMissing, ["key": full(key)])
        }
        return node
    }

    private func full(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

import Yams

/// Typed values out of a YAML mapping read with the basic resolver (every scalar is text),
/// with errors that name the key path ("words.hedges").
///
/// Reading a locale file this way, rather than through `Codable`, keeps start-up
/// fast: the program reads four of them before it answers.
struct YAMLFields {
    private let values: [String: Node]
    private let path: String
    let source: String

    init(_ node: Node, path: String = "", source: String) throws(InputError) {
        guard let mapping = node.mapping else {
            throw InputError(
                source: source, line: node.mark?.line, message: "'\(path.isEmpty ? "the file" : path)' should be a mapping")
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
    var keys: Dictionary<String, Node>.Keys { values.keys }

    func fields(_ key: String) throws(InputError) -> YAMLFields {
        try YAMLFields(value(key), path: full(key), source: source)
    }

    func string(_ key: String) throws(InputError) -> String {
        let node = try value(key)
        guard let scalar = node.scalar else {
            throw InputError(source: source, line: node.mark?.line, message: "'\(full(key))' should be text")
        }
        return scalar.string
    }

    /// A list of texts; an empty value is an empty list.
    func strings(_ key: String) throws(InputError) -> [String] {
        let node = try value(key)
        if let scalar = node.scalar, scalar.string.isEmpty, scalar.style == .plain { return [] }
        guard let sequence = node.sequence else {
            throw InputError(source: source, line: node.mark?.line, message: "'\(full(key))' should be a list")
        }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                throw InputError(source: source, line: item.mark?.line, message: "'\(full(key))' should hold only text")
            }
            result.append(scalar.string)
        }
        return result
    }

    private func value(_ key: String) throws(InputError) -> Node {
        guard let node = values[key] else {
            throw InputError(source: source, message: "the key '\(full(key))' is missing")
        }
        return node
    }

    private func full(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

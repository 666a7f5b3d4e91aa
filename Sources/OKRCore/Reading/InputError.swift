import Yams

/// Input that could not be read: a missing file, bad YAML, an unknown language.
///
/// Its description is the one line a person sees: `FILE:LINE: what is wrong`.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, or `<stdin>`.
    public var source: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line {
            return "\(source):\(line): \(message)"
        }
        return "\(source): \(message)"
    }
}

extension InputError {
    /// The error for a YAML syntax problem, pointing at its line.
    init(yaml error: YamlError, source: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("yaml_set_max_nest_level") {
                // libyaml names its own setting; the person needs the limit.
                self.init(source: source, line: mark.line, message: "invalid YAML: nested more than 1000 levels deep")
                return
            }
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            self.init(source: source, line: mark.line, message: "invalid YAML: \(what)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            self.init(source: source, line: context.mark.line, message: "invalid YAML: the key \(keys) appears twice")
        case .reader(let problem, _, _, _):
            self.init(source: source, message: "invalid YAML: \(problem)")
        default:
            self.init(source: source, message: "invalid YAML: \(error)")
        }
    }

    /// The error for a locale file whose shape is wrong, naming the key path.
    init(decoding error: DecodingError, source: String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            let full = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            self.init(source: source, message: "the key '\(full)' is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            self.init(source: source, message: "'\(path(context.codingPath))' has the wrong form")
        @unknown default:
            self.init(source: source, message: "cannot read the file: \(error)")
        }
    }
}

import Yams

/// Input that could not be read: a missing file, bad YAML, an unknown language.
///
/// It names what is wrong by a key of the locale files' `cli:` section and the values to fill
/// in, not by an English sentence, so that the command line says it in the person's language:
/// `Catalog.line(for:)` renders the one line a person sees, `FILE:LINE: what is wrong`.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, or `<stdin>`.
    public var source: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// What is wrong: the sentence's key under `cli:`.
    public var key: CLIText
    /// The values its `{placeholders}` take.
    public var values: [String: String]
    /// What was found where something else belonged, said after the sentence ("found a list").
    public var found: Found?

    public init(source: String, line: Int? = nil, _ key: CLIText, _ values: [String: String] = [:], found: Found? = nil)
    {
        self.source = source
        self.line = line
        self.key = key
        self.values = values
        self.found = found
    }

    /// What a YAML node was, for "should be text, found a list".
    public enum Found: Equatable, Sendable {
        case text(String)
        case mapping
        case list
        case alias

        public init(_ node: Node) {
            switch node {
            case .scalar(let scalar): self = .text(scalar.string)
            case .mapping: self = .mapping
            case .sequence: self = .list
            case .alias: self = .alias
            }
        }
    }

    /// The line without a catalog at hand (a log, a test's failure): the key and its values.
    public var description: String {
        let said = ([key.rawValue] + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(
            separator: " ")
        return "\(place): \(said)"
    }

    /// `FILE:LINE` or `FILE`.
    var place: String { line.map { "\(source):\($0)" } ?? source }
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
                self.init(source: source, line: mark.line, .yamlTooDeep, ["levels": "1000"])
                return
            }
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            self.init(source: source, line: mark.line, .yamlInvalid, ["problem": what])
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            self.init(source: source, line: context.mark.line, .yamlKeyTwice, ["key": keys])
        case .reader(let problem, _, _, _):
            self.init(source: source, .yamlInvalid, ["problem": problem])
        default:
            self.init(source: source, .yamlInvalid, ["problem": "\(error)"])
        }
    }
}

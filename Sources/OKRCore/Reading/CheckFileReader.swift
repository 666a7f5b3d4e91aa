import Foundation
import Yams

/// Reads the YAML check file of the rule catalogue into a set, keeping each entry's line.
///
/// ```yaml
/// lang: en
/// cycle: 2027-Q1
/// objectives:
///   - title: Grow monthly recurring revenue in order to secure our lead
///     key_results:
///       - Increase new paid subscriptions from 3500 to 6000 by 31 March
/// ```
public enum CheckFileReader {
    /// - Parameters:
    ///   - text: the file's text.
    ///   - source: its name, for messages.
    ///   - languages: the codes `lang:` may name.
    ///   - retroTopics: the topics a retro note may have: the retrospective flow's questions.
    /// - Throws: `InputError` for bad YAML or a file of the wrong shape, naming the line.
    public static func read(
        _ text: String, source: String, languages: Set<LanguageCode>, retroTopics: [String]
    ) throws(InputError)
        -> ReadResult
    {
        // Most files are composed straight from libyaml's events; the rest as before, by Yams.
        if let root = PlainNode.compose(text, limit: InputLimits.maximumYAMLNodes) {
            return try read(root, source: source, languages: languages, retroTopics: retroTopics)
        }
        return try readWithYams(text, source: source, languages: languages, retroTopics: retroTopics)
    }

    /// Reads a file as Yams composes it: what `read` does with the files `PlainNode` leaves to it.
    static func readWithYams(
        _ text: String, source: String, languages: Set<LanguageCode>, retroTopics: [String]
    ) throws(InputError) -> ReadResult {
        // The basic resolver: every value is read as text anyway, and resolving each
        // scalar's type (by regular expression, to compare mapping keys) was a tenth of `check`.
        guard let root = try YAMLDocument.compose(text, source: source, resolver: .basic) else {
            throw InputError(source: source, .checkFileEmpty)
        }
        return try read(root, source: source, languages: languages, retroTopics: retroTopics)
    }

    private static func read<YAMLNode: ReadableNode>(
        _ root: YAMLNode, source: String, languages: Set<LanguageCode>, retroTopics: [String]
    ) throws(InputError) -> ReadResult {
        var reader = NodeReader<YAMLNode>(source: source, retroTopics: retroTopics)
        let set = try reader.readSet(root, languages: languages)
        return ReadResult(set: set, warnings: reader.warnings, parentsFrom: reader.parentsFrom)
    }
}

/// A set as read, with the problems that did not stop the reading (unknown keys).
public struct ReadResult: Sendable, Equatable {
    public var set: OKRSet
    public var warnings: [InputError]
    /// The organisation file `parents_from:` names, whose company objectives are the set's `parents`.
    public var parentsFrom: ParentsFrom?
    /// The rules the file's comments switch off (`# okrcoach: ignore kr-no-baseline`).
    public var suppressions = InlineSuppressions()
}

/// Walks the YAML nodes of a check file, collecting what it ignores: Yams' nodes or plain ones.
struct NodeReader<YAMLNode: ReadableNode> {
    let source: String
    /// The topics a retro note may have, in the order they are asked.
    let retroTopics: [String]
    var warnings: [InputError] = []
    /// What `parents_from:` said, once read.
    var parentsFrom: ParentsFrom?

    init(source: String, retroTopics: [String]) {
        self.source = source
        self.retroTopics = retroTopics
    }

    mutating func readSet(_ root: YAMLNode, languages: Set<LanguageCode>) throws(InputError) -> OKRSet {
        guard let mapping = root.members else {
            throw error(at: root, .checkFileShape, found: root)
        }
        var set = OKRSet()
        try readHeader(mapping, into: &set, languages: languages, allowed: ["objectives"])
        guard let objectives = root.member("objectives") else {
            throw InputError(source: source, line: root.line, .keyMissing, ["key": "objectives"])
        }
        set.objectives = try list(objectives, "objectives").map { node throws(InputError) in try readObjective(node) }
        return set
    }

    /// Reads `lang`, `cycle`, `team`, `parents`, `reviewed` and `retro`; warns of keys neither these nor `allowed`.
    mutating func readHeader(
        _ mapping: YAMLNode.Members, into set: inout OKRSet, languages: Set<LanguageCode>, allowed: Set<String>
    ) throws(InputError) {
        for (key, value) in mapping {
            let name = key.keyName ?? ""
            switch name {
            case "lang": set.lang = try language(value, languages: languages) ?? set.lang
            case "cycle": set.cycle = try text(value, "cycle")
            case "team": set.team = try text(value, "team")
            case "parents":
                set.parents = try list(value, "parents").map { node throws(InputError) in try readParent(node) }
                if parentsFrom != nil { throw error(at: key, .parentsAndParentsFrom) }
            case "parents_from":
                guard let path = try text(value, "parents_from"), !path.trimmingWhitespace().isEmpty else {
                    throw error(at: value, .shouldBeText, ["key": "parents_from"], found: value)
                }
                parentsFrom = ParentsFrom(path: path, line: value.line)
                if mapping.contains(where: { $0.key.keyName == "parents" }) {
                    throw error(at: key, .parentsAndParentsFrom)
                }
            case "reviewed": set.reviewed = try day(value, "reviewed")
            case "retro":
                set.retro = try list(value, "retro").map { node throws(InputError) in try readRetroNote(node) }
            default:
                if !allowed.contains(name) { warnUnknown(key) }
            }
        }
    }

    private mutating func readParent(_ node: YAMLNode) throws(InputError) -> ParentObjective {
        if node.scalarText != nil {
            return ParentObjective(id: try text(node, "parents") ?? "")
        }
        guard let mapping = node.members else {
            throw error(at: node, .parentShape, found: node)
        }
        var parent = ParentObjective(id: "")
        var hasID = false
        for (key, value) in mapping {
            switch key.keyName ?? "" {
            case "id":
                parent.id = try text(value, "id") ?? ""
                hasID = true
            case "title": parent.title = try text(value, "title") ?? ""
            default: warnUnknown(key)
            }
        }
        guard hasID, !parent.id.isEmpty else { throw error(at: node, .parentNoID) }
        return parent
    }

    private mutating func readObjective(_ node: YAMLNode) throws(InputError) -> Objective {
        if node.scalarText != nil {
            return Objective(title: try text(node, "title") ?? "", line: node.line)
        }
        guard let mapping = node.members else {
            throw error(at: node, .objectiveShape, found: node)
        }
        var objective = Objective(title: "", line: node.line)
        for (key, value) in mapping {
            let name = key.keyName ?? ""
            if try readObjectiveMember(name, value, into: &objective) { continue }
            switch name {
            case "commitment": objective.commitment = try choice(value, "commitment", Commitment.self)
            case "post_mortem": objective.postMortem = try text(value, "post_mortem")
            default: warnUnknown(key)
            }
        }
        return objective
    }

    mutating func readKeyResult(_ node: YAMLNode) throws(InputError) -> KeyResult {
        if node.scalarText != nil {
            return KeyResult(try text(node, "key_results") ?? "", line: node.line)
        }
        guard let mapping = node.members else {
            throw error(at: node, .keyResultShape, found: node)
        }
        var keyResult = KeyResult("", line: node.line)
        for (key, value) in mapping {
            switch key.keyName ?? "" {
            case "text":
                keyResult.text = try text(value, "text") ?? ""
                keyResult.line = value.line ?? keyResult.line
            case "owner": keyResult.owner = try text(value, "owner")
            case "type": keyResult.kind = try choice(value, "type", KeyResultKind.self)
            case "baseline": keyResult.baseline = try number(value, "baseline")
            case "target": keyResult.target = try number(value, "target")
            case "weight": keyResult.weight = try number(value, "weight", .shouldBeWeight) { $0 > 0 }
            case "grade": keyResult.grade = try number(value, "grade", .shouldBeGrade) { (0...1).contains($0) }
            case "check_ins":
                keyResult.checkIns = try list(value, "check_ins").map { item throws(InputError) in try readCheckIn(item)
                }
            default: warnUnknown(key)
            }
        }
        return keyResult
    }

    // MARK: - Values

    /// A scalar's text; nil for a null value.
    func text(_ node: YAMLNode, _ key: String) throws(InputError) -> String? {
        guard let scalar = node.scalarText else {
            throw error(at: node, .shouldBeText, ["key": key], found: node)
        }
        return node.isNull ? nil : scalar
    }

    /// A sequence's items; an empty list for a null value.
    func list(_ node: YAMLNode, _ key: String) throws(InputError) -> [YAMLNode] {
        if let items = node.items { return items }
        if node.isNull { return [] }
        throw error(at: node, .shouldBeList, ["key": key], found: node)
    }

    func error(at node: YAMLNode, _ key: CLIText, _ values: [String: String] = [:], found: YAMLNode? = nil)
        -> InputError
    {
        InputError(source: source, line: node.line, key, values, found: found?.found)
    }

    mutating func warnUnknown(_ key: YAMLNode) {
        let name = key.keyName ?? "?"
        warnings.append(InputError(source: source, line: key.line, .unknownKeyIgnored, ["key": name]))
    }
}

import Yams

/// A team's shared settings for `okrcoach check`, read from `.okrcoach.yaml` (found from the
/// checked file's folder upward, as `.swiftlint.yml` is):
///
/// ```yaml
/// lang: nb
/// max-key-results: 4
/// max-objectives: 3
/// strict: true
/// rules:
///   kr-no-baseline: off
///   objective-no-purpose: warning
/// words:
///   activity-verbs: [ship, roll out]
///   hedges: [hopefully]
/// ```
///
/// Every key is optional; command-line options win over the file. An unknown key or a
/// value of the wrong kind is an error naming the file and line.
public struct TeamConfiguration: Sendable, Equatable {
    public var lang: LanguageCode?
    public var maxKeyResults: Int?
    public var maxObjectives: Int?
    public var strict: Bool?
    public var rules: [RuleID: RuleSetting] = [:]
    /// The team's own words, added to every language's lists.
    public var words: [TeamWordList: [String]] = [:]

    /// The most words a list may add, and the longest word: a shared file is input too.
    public static let maxWords = 500
    public static let maxWordLength = 80

    /// No settings: the catalogue's defaults.
    public init() {}

    /// - Throws: `InputError` naming the file and line of an unknown key or a bad value.
    /// - Parameter languages: the codes `lang:` may name.
    public init(yaml: String, source: String, languages: Set<LanguageCode>) throws(InputError) {
        guard let root = try YAMLDocument.compose(yaml, source: source), root.null == nil else { return }
        guard let mapping = root.mapping else {
            throw InputError(source: source, line: root.mark?.line, .settingsShape)
        }
        let reader = SettingReader(source: source)
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "lang": lang = try reader.language(value, among: languages)
            case "max-key-results": maxKeyResults = try reader.count(value, "max-key-results")
            case "max-objectives": maxObjectives = try reader.count(value, "max-objectives")
            case "strict": strict = try reader.flag(value, "strict")
            case "rules": rules = try reader.rules(value)
            case "words": words = try reader.words(value)
            default: throw reader.unknown(key, known: "lang, max-key-results, max-objectives, strict, rules, words")
            }
        }
    }
}

/// A list of words a team can add to: its own activity verbs, hedges and so on.
public enum TeamWordList: String, Sendable, CaseIterable {
    case activityVerbs = "activity-verbs"
    case outcomeVerbs = "outcome-verbs"
    case businessAsUsualVerbs = "business-as-usual-verbs"
    case hedges
}

/// Reads the values of `.okrcoach.yaml`, each error naming the file and the value's line.
private struct SettingReader {
    let source: String

    func text(_ node: Node, _ key: String) throws(InputError) -> String {
        guard let scalar = node.scalar, node.null == nil else {
            throw error(at: node, .shouldBeText, ["key": key], found: node)
        }
        return scalar.string
    }

    func language(_ node: Node, among languages: Set<LanguageCode>) throws(InputError) -> LanguageCode {
        let written = try text(node, "lang")
        let code = LanguageCode(written.lowercased())
        guard languages.contains(code) else {
            let known = languages.sorted().map(\.rawValue).joined(separator: ", ")
            throw error(at: node, .unknownLanguage, ["code": shown(written), "known": known])
        }
        return code
    }

    /// A whole number of 1 or more.
    func count(_ node: Node, _ key: String) throws(InputError) -> Int {
        let written = try text(node, key)
        guard let number = Int(written), number >= 1 else {
            throw error(at: node, .shouldBeCount, ["key": key], found: .text(shown(written)))
        }
        return number
    }

    func flag(_ node: Node, _ key: String) throws(InputError) -> Bool {
        switch try text(node, key) {
        case "true": return true
        case "false": return false
        case let written: throw error(at: node, .shouldBeFlag, ["key": key], found: .text(shown(written)))
        }
    }

    func rules(_ node: Node) throws(InputError) -> [RuleID: RuleSetting] {
        guard let mapping = node.mapping else { throw error(at: node, .rulesShape) }
        var rules: [RuleID: RuleSetting] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let rule = RuleID(rawValue: name) else {
                throw error(at: key, .unknownRule, ["rule": shown(name)])
            }
            // YAML 1.1 reads a bare `off` as false; the text is what the team wrote.
            let written = try text(value, name)
            guard let setting = RuleSetting(written) else {
                throw error(at: value, .ruleSetting, ["rule": name], found: .text(shown(written)))
            }
            rules[rule] = setting
        }
        return rules
    }

    func words(_ node: Node) throws(InputError) -> [TeamWordList: [String]] {
        guard let mapping = node.mapping else { throw error(at: node, .wordsShape) }
        var words: [TeamWordList: [String]] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let list = TeamWordList(rawValue: name) else {
                let known = TeamWordList.allCases.map(\.rawValue).joined(separator: ", ")
                throw error(at: key, .unknownWordList, ["list": shown(name), "known": known])
            }
            guard let items = value.sequence else {
                throw error(at: value, .wordListShape, ["list": name], found: value)
            }
            guard items.count <= TeamConfiguration.maxWords else {
                throw error(at: value, .wordListTooLong, ["list": name, "limit": "\(TeamConfiguration.maxWords)"])
            }
            words[list] = try items.map { item throws(InputError) in try word(item, name) }
        }
        return words
    }

    /// A plain word or phrase: no `{…}` patterns, no control characters, not too long.
    private func word(_ node: Node, _ list: String) throws(InputError) -> String {
        let written = try text(node, list).trimmingWhitespace()
        guard !written.isEmpty, written.count <= TeamConfiguration.maxWordLength,
            !written.contains(where: { $0 == "{" || $0 == "}" }),
            !written.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw error(
                at: node, .plainWord,
                ["word": shown(written), "list": list, "limit": "\(TeamConfiguration.maxWordLength)"])
        }
        return written
    }

    func unknown(_ key: Node, known: String) -> InputError {
        error(at: key, .unknownKey, ["key": shown(key.string ?? "?"), "known": known])
    }

    private func error(at node: Node, _ key: CLIText, _ values: [String: String] = [:], found: Node) -> InputError {
        error(at: node, key, values, found: InputError.Found(found))
    }

    private func error(at node: Node, _ key: CLIText, _ values: [String: String] = [:], found: InputError.Found? = nil)
        -> InputError
    {
        InputError(source: source, line: node.mark?.line, key, values, found: found)
    }

    /// Text from the file as a message shows it: one line, not too long.
    private func shown(_ text: String) -> String {
        let line = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return line.count > 60 ? line.prefix(60) + "…" : line
    }
}

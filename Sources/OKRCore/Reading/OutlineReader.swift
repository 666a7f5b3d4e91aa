import Yams

/// Reads a Markdown outline of OKRs into a set, keeping each entry's line.
///
/// An objective is a line that starts with an objective word of any language
/// ("Objective:", "O2:", "Mål:", "Doelstelling:"), or else a heading; its key
/// results are the list items under it, or lines that start with a key result
/// word ("KR:", "Nøkkelresultat:", "Nyckelresultat:", "Kernresultaat:"). With
/// neither words nor headings, top-level list items are objectives and the
/// items nested under them their key results. An optional YAML front matter
/// (`---` lines) gives `lang`, `cycle`, `team` and `parents`.
///
/// No line is dropped without a word: a line that is neither an objective, a key
/// result, the continuation of one, a heading nor a rule is named in a warning
/// (`FILE:LINE`), so that `okrcoach import` can refuse to save a shortened set.
public enum OutlineReader {
    /// - Throws: `InputError` when the outline holds no objective, or its front matter is bad.
    public static func read(_ text: String, source: String, languages: Languages, retroTopics: [String])
        throws(InputError)
        -> ReadResult
    {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var set = OKRSet()
        var warnings: [InputError] = []
        let bodyStart = try readFrontMatter(
            &lines, into: &set, warnings: &warnings, source: source, languages: languages, retroTopics: retroTopics)
        let keywords = OutlineKeywords(languages)
        let parsed = lines.enumerated().dropFirst(bodyStart).map { offset, line in
            OutlineLine(OutlineLine.withoutComments(line), number: offset + 1, keywords: keywords)
        }
        let (objectives, unread) = Self.objectives(in: parsed)
        set.objectives = objectives
        guard !set.objectives.isEmpty else {
            throw InputError(source: source, .outlineNoObjectives)
        }
        warnings += unread.map { line, reason in
            InputError(source: source, line: line.number, reason.rawValue, ["line": line.excerpt])
        }
        return ReadResult(set: set, warnings: warnings)
    }

    /// Reads the `---` front matter, if any; returns the index of the first body line.
    private static func readFrontMatter(
        _ lines: inout [String], into set: inout OKRSet, warnings: inout [InputError], source: String,
        languages: Languages, retroTopics: [String]
    ) throws(InputError) -> Int {
        guard lines.first?.trimmingWhitespace() == "---",
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" })
        else { return 0 }
        // Blank lines keep the YAML's line numbers those of the file.
        let yaml = [""] + lines[1..<close]
        guard let root = try YAMLDocument.compose(yaml.joined(separator: "\n"), source: source) else {
            return close + 1
        }
        guard let mapping = root.mapping else {
            throw InputError(source: source, line: 2, .frontMatterShape)
        }
        var reader = NodeReader<Node>(source: source, retroTopics: retroTopics)
        try reader.readHeader(mapping, into: &set, languages: Set(languages.codes), allowed: [])
        warnings += reader.warnings
        return close + 1
    }

    /// Why a line of content was not read: the warning that says so.
    enum Unread: Sendable {
        case beforeObjectives, nested, stray

        var rawValue: CLIText {
            switch self {
            case .beforeObjectives: .notReadBeforeObjectives
            case .nested: .notReadNested
            case .stray: .notReadStray
            }
        }
    }

    private static func objectives(in lines: [OutlineLine]) -> (
        objectives: [Objective], unread: [(OutlineLine, Unread)]
    ) {
        if lines.contains(where: { $0.keyword == .objective }) {
            return collect(lines) { $0.keyword == .objective }
        }
        let headings = lines.compactMap(\.headingLevel)
        if let level = objectiveHeadingLevel(lines, levels: Set(headings)) {
            return collect(lines) { $0.headingLevel == level }
        }
        guard let top = lines.compactMap(\.listIndent).min() else { return ([], []) }
        return collect(lines) { $0.listIndent == top && $0.keyword != .keyResult }
    }

    /// The deepest heading level with list items under it; else the deepest level.
    private static func objectiveHeadingLevel(_ lines: [OutlineLine], levels: Set<Int>) -> Int? {
        var withItems = Set<Int>()
        var current: Int?
        for line in lines {
            if let level = line.headingLevel {
                current = level
            } else if line.listIndent != nil || line.keyword == .keyResult, let current {
                withItems.insert(current)
            }
        }
        return withItems.max() ?? levels.max()
    }

    /// Objectives at the lines that `isObjective` picks, with the key results that follow each,
    /// and the lines of content that found no place.
    private static func collect(_ lines: [OutlineLine], isObjective: (OutlineLine) -> Bool)
        -> (objectives: [Objective], unread: [(OutlineLine, Unread)])
    {
        var objectives: [Objective] = []
        var unread: [(OutlineLine, Unread)] = []
        var itemIndent: Int?
        var lastWasItem = false
        for line in lines {
            if isObjective(line) {
                objectives.append(Objective(title: line.text, line: line.number))
                itemIndent = nil
                lastWasItem = false
                continue
            }
            guard !objectives.isEmpty else {
                if line.isContent { unread.append((line, .beforeObjectives)) }
                continue
            }
            if line.headingLevel != nil {
                lastWasItem = false
                continue
            }
            if line.keyword == .keyResult || line.listIndent != nil {
                let indent = line.listIndent ?? 0
                if line.keyword == .keyResult || itemIndent == nil || indent <= itemIndent! {
                    // Deeper items are notes on a key result, not key results.
                    if line.listIndent != nil, itemIndent == nil { itemIndent = indent }
                    objectives[objectives.count - 1].keyResults.append(KeyResult(line.text, line: line.number))
                    lastWasItem = true
                    continue
                }
                unread.append((line, .nested))
                lastWasItem = false
                continue
            }
            if lastWasItem, line.isContinuation, var last = objectives[objectives.count - 1].keyResults.popLast() {
                last.text += " " + line.text
                objectives[objectives.count - 1].keyResults.append(last)
                continue
            }
            if line.isContent { unread.append((line, .stray)) }
            lastWasItem = false
        }
        return (objectives, unread)
    }
}

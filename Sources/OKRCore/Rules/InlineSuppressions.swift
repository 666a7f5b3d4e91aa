/// Rules switched off for one entry by a comment in the checked file, as linters allow:
///
///     # okrcoach: ignore kr-no-baseline            (a check file)
///     <!-- okrcoach: ignore kr-milestone -->       (a Markdown outline)
///
/// A comment silences the rules it names on its own line and on the line below it, so it
/// can stand at the end of an entry's line or on the line above. Several ids may follow,
/// separated by spaces or commas. A directive that names no known rule is a warning.
public struct InlineSuppressions: Sendable, Equatable {
    /// The rules switched off, by the 1-based line they are off on.
    public private(set) var rules: [Int: Set<RuleID>] = [:]
    /// What the comments got wrong (an unknown rule id), by file and line.
    public private(set) var warnings: [InputError] = []

    /// No rule switched off.
    public init() {}

    /// Reads the comments of a file: `#` comments in a check file, `<!-- -->` in an outline.
    public init(_ text: String, format: SetReader.Format, source: String) {
        // Every directive holds "okrcoach:"; most files hold none, and need no line-by-line reading.
        guard text.utf8Contains(Array("okrcoach:".utf8)) else { return }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for directive in Self.directives(in: line, format: format) {
                read(directive, line: offset + 1, source: source)
            }
        }
    }

    /// True when a comment switched the finding's rule off at its line.
    public func silences(_ finding: Finding) -> Bool {
        guard let line = finding.line else { return false }
        return rules[line]?.contains(finding.rule) == true
    }

    private mutating func read(_ directive: Substring, line: Int, source: String) {
        let words = directive.split { $0 == " " || $0 == "," || $0 == "\t" }
        guard words.first == "ignore" else {
            warnings.append(
                InputError(source: source, line: line, .ignoreShape, ["found": words.first.map(String.init) ?? ""]))
            return
        }
        guard words.count > 1 else {
            warnings.append(InputError(source: source, line: line, .ignoreNoRule))
            return
        }
        for word in words.dropFirst() {
            guard let rule = RuleID(rawValue: String(word)) else {
                let shown = word.count > 60 ? word.prefix(60) + "…" : word
                warnings.append(InputError(source: source, line: line, .ignoreUnknownRule, ["rule": String(shown)]))
                continue
            }
            rules[line, default: []].insert(rule)
            rules[line + 1, default: []].insert(rule)
        }
    }

    /// The text after `okrcoach:` in each of the line's comments.
    private static func directives(in line: Substring, format: SetReader.Format) -> [Substring] {
        var comments: [Substring] = []
        switch format {
        case .checkFile:
            // A YAML comment starts with '#' at the start of a line or after a space.
            var previous: Character = " "
            for index in line.indices {
                if line[index] == "#", previous == " " || previous == "\t" {
                    comments.append(line[line.index(after: index)...])
                    break
                }
                previous = line[index]
            }
        case .outline:
            var rest = line
            while let open = rest.firstRange(of: "<!--"), let close = rest[open.upperBound...].firstRange(of: "-->") {
                comments.append(rest[open.upperBound..<close.lowerBound])
                rest = rest[close.upperBound...]
            }
        }
        return comments.compactMap { comment in
            let trimmed = comment.trimmingWhitespace()
            guard trimmed.hasPrefix("okrcoach:") else { return nil }
            return trimmed.dropFirst("okrcoach:".count)
        }
    }
}

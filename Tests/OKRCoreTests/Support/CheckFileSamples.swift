import TestSupport

/// Random check files, well-formed and broken, from a fixed seed: every key a check file knows
/// and some it does not, values of every YAML style and hostile ones (huge, negative and
/// non-finite numbers, impossible days, control characters, NUL escapes, aliases, tags), and
/// then edits that break them (a character dropped or added, a line doubled, moved in or out).
struct CheckFileSamples {
    private var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// Values as written after a key, one line each.
    static let values = [
        "Increase weekly active clinics from 120 to 300 by 31 March", "Øke andelen aktive kunder fra 20 % til 35 %",
        "Minska svarstiden från 4 timmar till 1 timme", "De reactietijd verlagen van 8 uur naar 2 uur", "42", "-1",
        "-0", "3.5", "1,5", "1e999", "-1e999", "1e15", "1e16", ".inf", "-.inf", ".nan", "NaN", "0x1F", "1_000",
        "99999999999999999999", "2026-11-21", "0026-11-02", "2026-02-30", "99999-01-01", "yes", "~", "null", "Null",
        "NULL", "", "'null'", "''", "\"\"", "'~'", "\"tab\\there\"", "\"bell\\a\"", "\"nul\\0x\"", "\"\\x85next\"",
        "\"\\uFEFFbom\"", "\"\\u202F\"", "\"\\e[31mred\"", "'it''s'", "[a, b]", "[]", "{}", "{text: x}", "&a anchored",
        "*a", "!!str tagged", "!!int 7", "!custom x", "! bare", "at_least", "at_most", "committed", "aspirational",
        "went_well", "learned", "other", "en", "nb", "de", "x: y", "@reserved", "\"unterminated", "'open",
        "a # a comment", "caf\u{E9}", "cafe\u{301}", "\u{1F600} emoji", "\u{7}", "\u{0}", "\u{85}", "\t", "|", ">",
        String(repeating: "long ", count: 400),
    ]

    /// Keys a check file knows, at any level, some spelled other ways, and keys it does not know.
    static let keys = [
        "lang", "cycle", "team", "reviewed", "title", "text", "owner", "type", "baseline", "target", "weight",
        "grade", "parent", "commitment", "post_mortem", "date", "value", "confidence", "note", "author", "topic",
        "id", "'title'", "\"text\"", "unknown", "t\u{E9}am", "te\u{301}am", "? complex", "<<", "=",
    ]

    /// Keys that hold lists, and what their items are.
    private static let lists = ["objectives", "key_results", "check_ins", "parents", "retro"]

    /// One file: well-formed more often than not, then maybe broken.
    mutating func file() -> String {
        var lines: [String] = []
        if random.below(3) == 0 { lines.append("# a check file") }
        for _ in 0..<random.below(4) { lines.append("\(random.pick(Self.keys)): \(random.pick(Self.values))") }
        lines.append(random.below(8) == 0 ? "objectives: \(random.pick(Self.values))" : "objectives:")
        for _ in 0..<random.below(5) { lines += objective() }
        if random.below(4) == 0 { lines += ["retro:", "  - topic: \(random.pick(Self.values))", "    text: x"] }
        var text = lines.joined(separator: random.below(10) == 0 ? "\r\n" : "\n") + "\n"
        if random.below(3) == 0 {
            for _ in 0...random.below(3) { text = broken(text) }
        }
        return text
    }

    private mutating func objective() -> [String] {
        switch random.below(6) {
        case 0: return ["  - \(random.pick(Self.values))"]
        case 1: return ["  - [\(random.pick(Self.values))]"]
        default: break
        }
        var lines = ["  - title: \(random.pick(Self.values))"]
        for _ in 0..<random.below(3) { lines.append("    \(random.pick(Self.keys)): \(random.pick(Self.values))") }
        lines.append("    key_results:")
        for _ in 0..<random.below(5) {
            if random.below(2) == 0 {
                lines.append("      - \(random.pick(Self.values))")
                continue
            }
            lines.append("      - text: \(random.pick(Self.values))")
            for _ in 0..<random.below(4) {
                lines.append("        \(random.pick(Self.keys)): \(random.pick(Self.values))")
            }
            if random.below(3) == 0 {
                lines.append("        \(random.pick(Self.lists)):")
                for _ in 0..<random.below(3) {
                    lines.append("          - date: \(random.pick(Self.values))")
                    lines.append("            \(random.pick(Self.keys)): \(random.pick(Self.values))")
                }
            }
        }
        return lines
    }

    /// Edits that break YAML, or make it mean something else.
    private static let insertions = [
        "\u{0}", "\u{7}", "\u{1B}", "\t", ":", "-", "[", "{", "}", "'", "\"", "#", "&", "*",
        "!", "|", ">", "%", "@", "\n", " ", "\u{FEFF}", "\u{85}", "\u{2028}", "\u{FFFD}", "---\n", "...\n",
    ]

    private mutating func broken(_ text: String) -> String {
        var characters = Array(text)
        guard !characters.isEmpty else { return text }
        let at = random.below(characters.count)
        switch random.below(5) {
        case 0: characters.remove(at: at)
        case 1: characters.insert(contentsOf: random.pick(Self.insertions), at: at)
        default:
            var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = random.below(lines.count)
            switch random.below(3) {
            case 0: lines.insert(lines[line], at: line)
            case 1: lines[line] = "  " + lines[line]
            default: lines[line] = String(lines[line].drop { $0 == " " })
            }
            return lines.joined(separator: "\n")
        }
        return String(characters)
    }
}

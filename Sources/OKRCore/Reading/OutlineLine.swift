/// The objective and key result words of every language, for reading outlines.
///
/// An outline may mix languages ("Mål:" under an English heading), so every
/// language's words count.
struct OutlineKeywords {
    enum Kind {
        case objective
        case keyResult
    }

    /// Lower-cased words, longest first so "key result" wins over "kr".
    let words: [(String, Kind)]

    init(_ languages: Languages) {
        var words: [(String, Kind)] = []
        for catalog in languages.catalogs.values {
            words += catalog.outline.objective.map { ($0.lowercased(), .objective) }
            words += catalog.outline.keyResult.map { ($0.lowercased(), .keyResult) }
        }
        self.words = words.sorted { $0.0.count > $1.0.count }
    }

    /// The kind of a line that opens with a keyword, a number and a colon ("KR2:", "Mål 1 -"),
    /// with the text after it.
    func match(_ text: String) -> (Kind, String)? {
        let lower = text.lowercased()
        for (word, kind) in words where lower.hasPrefix(word) {
            var rest = text.dropFirst(word.count)
            rest = rest.drop { $0 == " " || $0.isNumber }
            rest = rest.drop { $0 == "*" || $0 == "_" }
            guard let mark = rest.first else { continue }
            let spaced = rest.dropFirst().first?.isWhitespace ?? true
            guard mark == ":" || mark == ")" || ((mark == "." || mark == "-" || mark == "–") && spaced) else {
                continue
            }
            let body = rest.dropFirst().drop { $0 == "*" || $0 == "_" }
            return (kind, body.trimmingWhitespace())
        }
        return nil
    }
}

/// One line of a Markdown outline: a heading, a list item, a keyword line or plain text.
struct OutlineLine {
    /// The 1-based line number.
    let number: Int
    /// The text without its Markdown marks and keyword.
    let text: String
    let headingLevel: Int?
    /// The indent of a list item's marker.
    let listIndent: Int?
    let keyword: OutlineKeywords.Kind?
    /// An indented plain line that continues the list item above it.
    let isContinuation: Bool

    init(_ raw: String, number: Int, keywords: OutlineKeywords) {
        self.number = number
        let indent = raw.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        var body = raw.trimmingWhitespace()[...]
        // A rule ("---", "* * *") separates; it says nothing.
        if Self.isRule(body) { body = "" }
        var heading: Int?
        var list: Int?
        if body.hasPrefix("#") {
            let hashes = body.prefix { $0 == "#" }.count
            if hashes <= 6, body.dropFirst(hashes).first == " " {
                heading = hashes
                body = body.dropFirst(hashes)
                while body.last == "#" { body = body.dropLast() }
            }
        } else if let marker = Self.listMarkerLength(body) {
            list = indent
            body = body.dropFirst(marker)
            for box in ["[ ] ", "[x] ", "[X] "] where body.hasPrefix(box) {
                body = body.dropFirst(box.count)
            }
        }
        var text = Self.strippingEmphasis(body.trimmingWhitespace())
        var keyword: OutlineKeywords.Kind?
        if let (kind, rest) = keywords.match(text) {
            keyword = kind
            text = rest
        }
        self.text = text
        headingLevel = heading
        listIndent = list
        self.keyword = keyword
        isContinuation = heading == nil && list == nil && keyword == nil && indent > 0 && !text.isEmpty
    }

    /// Whether the line says something a set could hold: neither blank, nor a heading, nor a rule.
    var isContent: Bool {
        headingLevel == nil && !text.isEmpty
    }

    /// The line's text as a warning quotes it: in quotes, cut short after 60 characters.
    var excerpt: String {
        "'\(text.count > 60 ? text.prefix(59) + "…" : text)'"
    }

    /// "---", "***", "_ _ _": three or more of one of these marks, and nothing else but spaces.
    private static func isRule(_ text: Substring) -> Bool {
        let marks = text.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// The line without its `<!-- -->` comments, which a rendered outline does not show
    /// (`<!-- okrcoach: ignore kr-vague -->` is not part of the key result).
    static func withoutComments(_ line: String) -> String {
        guard line.contains("<!--") else { return line }
        var kept = ""
        var rest = line[...]
        while let open = rest.firstRange(of: "<!--"), let close = rest[open.upperBound...].firstRange(of: "-->") {
            kept += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        return kept + rest
    }

    /// The length of a list marker and its space: "- ", "* ", "+ ", "1. ", "2) ".
    private static func listMarkerLength(_ text: Substring) -> Int? {
        guard let first = text.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            return text.dropFirst().first == " " ? 2 : nil
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < 4 else { return nil }
        let rest = text.dropFirst(digits)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return digits + 2
    }

    /// "**Objective:** Grow" reads as "Objective: Grow".
    private static func strippingEmphasis(_ text: String) -> String {
        guard text.hasPrefix("**") || text.hasPrefix("__") else { return text }
        return text.replacing(text.hasPrefix("**") ? "**" : "__", with: "", maxReplacements: 2)
    }
}

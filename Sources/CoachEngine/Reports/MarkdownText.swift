import OKRCore

/// People's text made safe to put into Markdown: it reads as written, never as markup.
///
/// Objectives, notes and retrospective answers are plain text; a `|` would break a
/// table, a `*` start emphasis, a `$` start maths on GitHub, and a leading "1." or
/// "-" turn a list item into a nested list. Everything that could is escaped with a
/// backslash, which CommonMark and GitHub read as the character itself.
enum MarkdownText {
    /// The characters escaped wherever they are.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "$"]

    /// Text on one line with every special character escaped, for table cells and headings.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in oneLine(text) {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Text that starts a block (a list item, a quote): also escapes a leading "-", "+" or "1.".
    static func block(_ text: String) -> String {
        let escaped = inline(text)
        if let first = escaped.first, first == "-" || first == "+" || first == "=" {
            return "\\" + escaped
        }
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let mark = escaped.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }

    /// Words that should not wrap inside a table cell ("80 %", "on track"): spaces made non-breaking.
    static func unbroken(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "\u{00A0}")
    }

    /// The text with line breaks and runs of white space made single spaces, trimmed, and
    /// control characters shown as signs (`VisibleText`).
    private static func oneLine(_ text: String) -> String {
        VisibleText.of(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}

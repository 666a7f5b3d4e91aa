/// Text broken into lines that fit a terminal's width, at word boundaries.
///
/// A terminal cuts a long line at its last column, in the middle of a word. The coach's
/// replies are broken between words instead, counting display columns (`DisplayWidth`), so a
/// line of Japanese or emoji fits as well as one of Latin letters. Each line of the text is
/// wrapped on its own; the lines it wraps into keep its indentation, and a bullet's ("• ")
/// text lines up under the text. A word longer than a whole line is cut between characters,
/// never inside one. Runs of spaces inside a line are kept, so aligned columns stay aligned.
public enum LineWrapping {
    /// The text with its long lines broken to fit `width` columns; unchanged when `width` is below 2.
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= 2 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Substring($0), width: width) }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        guard DisplayWidth.of(String(line)) > width else { return String(line) }
        let leading = line.prefix { $0 == " " }.count
        let bullet = line.dropFirst(leading).hasPrefix("• ") ? 2 : 0
        let indent = String(repeating: " ", count: min(leading + bullet, width / 2))
        var lines: [String] = []
        var current = ""
        var columns = 0
        // Whether a word is on the current line yet: spaces at a break are dropped.
        var placed = false
        var pendingSpace = ""
        func breakLine() {
            lines.append(current)
            current = indent
            columns = indent.count
            placed = false
            pendingSpace = ""
        }
        for (isSpace, run) in runs(of: line) {
            if isSpace {
                pendingSpace = run
                continue
            }
            let wordWidth = DisplayWidth.of(run)
            if placed, columns + DisplayWidth.of(pendingSpace) + wordWidth > width { breakLine() }
            current += pendingSpace
            columns += DisplayWidth.of(pendingSpace)
            pendingSpace = ""
            if columns + wordWidth <= width {
                current += run
                columns += wordWidth
            } else {
                // Longer than a line: cut between characters.
                for character in run {
                    let characterWidth = DisplayWidth.of(character)
                    if columns + characterWidth > width, columns > indent.count { breakLine() }
                    current.append(character)
                    columns += characterWidth
                }
            }
            placed = true
        }
        if placed || lines.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// The runs of spaces and of everything else, in order.
    private static func runs(of line: Substring) -> [(isSpace: Bool, text: String)] {
        var runs: [(isSpace: Bool, text: String)] = []
        for character in line {
            let isSpace = character == " " || character == "\t"
            if let last = runs.last, last.isSpace == isSpace {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((isSpace, String(character)))
            }
        }
        return runs
    }
}

/// Reads a set from a check file or an outline, choosing the reader by the name or the content.
public enum SetReader {
    /// The forms a set can be written in.
    public enum Format: Sendable, Equatable {
        case checkFile
        case outline

        /// The form a file's name suggests: `.yaml`/`.yml`/`.json` (JSON is YAML, and `okrcoach export`
        /// writes the same check file as JSON) or `.md`/`.markdown`/`.txt`; nil for others.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") {
                self = .checkFile
            } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt") {
                self = .outline
            } else {
                return nil
            }
        }
    }

    /// Reads a set and its `okrcoach: ignore` comments; with no format given, text that opens with
    /// YAML keys is a check file. A retro note's topic must be one of `retroTopics`, the
    /// retrospective flow's questions (`Flow.retroTopics`).
    ///
    /// - Throws: `InputError` naming the source and, where known, the line.
    public static func read(
        _ text: String, source: String, format: Format?, languages: Languages, retroTopics: [String]
    ) throws(InputError) -> ReadResult {
        try InputLimits.check(text, source: source)
        // A copy saved from chat is indented with no-break spaces.
        let text = ChatIndentation.restored(text)
        let format = format ?? sniff(text)
        var result =
            switch format {
            case .checkFile:
                try CheckFileReader.read(
                    text, source: source, languages: Set(languages.codes), retroTopics: retroTopics)
            case .outline: try OutlineReader.read(text, source: source, languages: languages, retroTopics: retroTopics)
            }
        result.suppressions = InlineSuppressions(text, format: format, source: source)
        result.warnings += result.suppressions.warnings
        return result
    }

    /// Text whose first line of content is a check file key (`lang:`, `objectives:`…) or opens a JSON
    /// object is a check file; everything else is read as an outline.
    static func sniff(_ text: String) -> Format {
        let keys = ["lang:", "cycle:", "team:", "parents:", "parents_from:", "objectives:", "reviewed:", "retro:"]
        let first = text.split(separator: "\n").first { line in
            let trimmed = line.trimmingWhitespace()
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard let first else { return .outline }
        return first.trimmingWhitespace().hasPrefix("{") || keys.contains(where: first.hasPrefix)
            ? .checkFile : .outline
    }
}

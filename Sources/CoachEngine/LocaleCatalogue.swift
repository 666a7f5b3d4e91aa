import OKRCore

/// One language's locale file, read once: the rules' words and texts (`check`), the coach's
/// messages and answer words, the report's words, and the one formatter all three write
/// numbers, grades, percentages, changes and labels with.
///
/// Every key lives in one place in the file; the three parts are views of the one parse,
/// so the coach, `check` and the reports cannot disagree about how a language writes a value.
public struct LocaleCatalogue: Sendable {
    /// The rules' word lists and texts, and the language's formatter.
    public let rules: Catalog
    public let coach: CoachTexts
    public let report: CycleReportTexts

    public var language: LanguageCode { rules.language }
    public var format: LanguageFormatter { rules.format }

    /// Reads a locale file already parsed.
    ///
    /// - Throws: `InputError` naming the file and the missing or malformed key.
    public init(fields root: YAMLFields) throws(InputError) {
        rules = try Catalog(fields: root)
        coach = try CoachTexts(fields: root, format: rules.format)
        report = try CycleReportTexts(fields: root, format: rules.format)
    }

    /// Reads a locale file's text.
    public init(yaml: String, source: String) throws(InputError) {
        try self.init(fields: YAMLFields.root(of: yaml, source: source))
    }
}

import OKRCore

/// A section of a locale file read into the texts of one language (`coach:` into `CoachTexts`,
/// `cycle_report:` into `CycleReportTexts`): from a parse `LocaleCatalogue` shares, or from the
/// file's text alone, which is parsed once here and gives the language's formatter.
public protocol LocaleSection {
    /// Reads the section from a locale file already parsed, writing numbers and labels with `format`.
    init(fields root: YAMLFields, format: LanguageFormatter) throws(InputError)
}

extension LocaleSection {
    /// Reads the section of a locale file, with the file's `numbers:` and `format:`.
    ///
    /// - Parameters:
    ///   - yaml: the locale file's text.
    ///   - source: the file's name, for error messages.
    /// - Throws: `InputError` naming the file and the missing or malformed key.
    public init(yaml: String, source: String) throws(InputError) {
        let root = try YAMLFields.root(of: yaml, source: source)
        try self.init(fields: root, format: LanguageFormatter(locale: root))
    }
}

extension CoachTexts: LocaleSection {}

extension CycleReportTexts: LocaleSection {}

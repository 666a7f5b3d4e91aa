import OKRCore

extension InputError {
    /// What a flow or locale error says in English, the shipped fallback language.
    var message: String { english.message(self) }

    /// The whole line in English: `FILE:LINE: what is wrong`.
    var englishLine: String { english.line(self) }

    private var english: CLITexts { TestCoach.languages.catalog(for: LanguageCode("en")).cli }
}

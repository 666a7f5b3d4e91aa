import OKRCore

extension InputError {
    /// What the error says in English, as okrcoach prints it where English is the language.
    var message: String { TestLanguages.catalog("en").cli.message(self) }

    /// The whole line in English: `FILE:LINE: message`.
    var said: String { TestLanguages.catalog("en").cli.line(self) }
}

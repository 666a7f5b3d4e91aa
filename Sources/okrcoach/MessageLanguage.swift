import Foundation
import OKRCore

/// The language okrcoach's own messages (option and input errors, warnings) are said in:
/// `--lang` when it names a language okrcoach has, else the locale settings (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`, such as `nb_NO.UTF-8`), else English.
struct MessageLanguage {
    /// The sentences of the chosen language; nil only when no locale file can be read at all.
    let texts: CLITexts?

    /// - Parameters:
    ///   - lang: `--lang`, when the command has it and it was given.
    ///   - dataDirectory: `--data-dir`; its locale files and the user's drop-ins come first, the
    ///     installed ones alone serve when those cannot be read (their own error must still be said).
    init(lang: String?, dataDirectory: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let languages =
            (try? DataDirectories(override: dataDirectory, environment: environment).languages())
            ?? (try? DataDirectories(override: nil, environment: [:]).languages())
        guard let languages else {
            texts = nil
            return
        }
        let chosen = [lang?.lowercased(), StatePaths.localeLanguage(environment: environment)]
            .compactMap { $0.map(LanguageCode.init(rawValue:)) }
            .first { languages[$0] != nil }
        texts = languages.catalog(for: chosen ?? .fallback).cli
    }

    /// The languages okrcoach has already read, for a command that has them at hand.
    init(lang: LanguageCode?, languages: Languages, environment: [String: String] = ProcessInfo.processInfo.environment)
    {
        let chosen = [lang, StatePaths.localeLanguage(environment: environment).map(LanguageCode.init(rawValue:))]
            .compactMap { $0 }
            .first { languages[$0] != nil }
        texts = languages.catalog(for: chosen ?? .fallback).cli
    }

    /// The error's one line; without any locale file, its key and values.
    func line(_ error: any Error) -> String {
        let input = (error as? InputError) ?? CommandFailure.program(error).error
        return texts?.line(input) ?? input.description
    }

    /// A problem the reading went past, as a `FILE:LINE: warning: …` line.
    func warning(_ error: InputError) -> String {
        texts?.warning(error) ?? "\(error.description) (warning)"
    }

    /// A sentence of the command line's own, such as "listening on HOST:PORT".
    func text(_ key: CLIText, _ values: [String: String] = [:]) -> String {
        texts?.text(key, values) ?? InputError(source: "okrcoach", key, values).description
    }
}

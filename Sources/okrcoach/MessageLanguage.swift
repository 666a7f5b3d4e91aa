import Foundation
import OKRCore

/// The language okrcoach's own messages (option and input errors, warnings) are said in:
/// `--lang` when it names a language okrcoach has, else the locale settings (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`, such as `nb_NO.UTF-8`, or an alias a locale claims, such as `nn`),
/// else the fallback language.
struct MessageLanguage {
    /// The sentences of the chosen language; nil only when no locale file can be read at all.
    let texts: CLITexts?

    /// - Parameters:
    ///   - lang: `--lang`, when the command has it and it was given.
    ///   - dataDirectory: `--data-dir`; its locale files and the user's drop-ins come first. When
    ///     the locales cannot all be read, or claim what cannot hold, each one that reads serves,
    ///     so that their own error is still said in a language the person reads.
    init(lang: String?, dataDirectory: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let languages = Self.readable(dataDirectory: dataDirectory, environment: environment) else {
            self.init(texts: nil)
            return
        }
        self.init(lang: lang, languages: languages, environment: environment)
    }

    /// The languages okrcoach has already read, for a command that has them at hand.
    init(lang: LanguageCode?, languages: Languages, environment: [String: String] = ProcessInfo.processInfo.environment)
    {
        self.init(lang: lang?.rawValue, languages: languages, environment: environment)
    }

    private init(texts: CLITexts?) {
        self.texts = texts
    }

    private init(lang: String?, languages: Languages, environment: [String: String]) {
        let chosen = [lang, StatePaths.localeLanguage(environment: environment)].lazy.compactMap { $0 }
            .compactMap(languages.language(named:)).first
        texts = languages.catalog(for: chosen ?? languages.fallback).cli
    }

    /// Every locale okrcoach has; when they cannot all be read together, each one that can.
    private static func readable(dataDirectory: String?, environment: [String: String]) -> Languages? {
        let folders = DataDirectories(override: dataDirectory, environment: environment)
        if let languages = try? folders.languages() { return languages }
        var catalogs: [Catalog] = []
        for folder in folders.folders {
            let locales = folder.appendingPathComponent("locales")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: locales.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = locales.appendingPathComponent(name).path
                if let text = try? InputFile.read(path: path), let catalog = try? Catalog(yaml: text, source: path) {
                    catalogs.append(catalog)
                }
            }
        }
        return catalogs.isEmpty ? nil : Languages(catalogs)
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

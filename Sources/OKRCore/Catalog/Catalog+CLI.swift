/// The sentences of the locale files' `cli:` section: what okrcoach says about its options, its
/// files and its input, in the language of the person at the command line.
///
/// A reader or a command names a sentence by its key and hands the values over (`InputError`,
/// the command line's `CommandFailure`); the one place that prints it fills it in from the
/// catalog of the person's language, so no message is written in Swift.
public struct CLITexts: Sendable {
    private let templates: [CLIText: Template]
    /// "found {what}" and the things found, for "should be text, found a list".
    private let found: [String: Template]

    init(_ fields: YAMLFields) throws(InputError) {
        var templates: [CLIText: Template] = [:]
        for key in CLIText.allCases {
            templates[key] = Template(try fields.string(key.rawValue))
        }
        self.templates = templates
        let found = try fields.fields("found")
        var kinds: [String: Template] = [:]
        for kind in ["prefix", "text", "mapping", "list", "alias"] {
            kinds[kind] = Template(try found.string(kind))
        }
        self.found = kinds
    }

    /// A sentence with its values filled in.
    public func text(_ key: CLIText, _ values: [String: String] = [:]) -> String {
        // Every key is there: the initializer refuses a locale that lacks one.
        templates[key]!.render(values)
    }

    /// What went wrong: the sentence and, where there is one, what was found instead.
    public func message(_ error: InputError) -> String {
        let said = text(error.key, error.values)
        guard let what = error.found else { return said }
        let thing: String =
            switch what {
            case .text(let text): found["text"]!.render(["text": text])
            case .mapping: found["mapping"]!.render([:])
            case .list: found["list"]!.render([:])
            case .alias: found["alias"]!.render([:])
            }
        return said + found["prefix"]!.render(["what": thing])
    }

    /// The one line a person sees: `FILE:LINE: what went wrong`.
    public func line(_ error: InputError) -> String {
        "\(error.place): \(message(error))"
    }

    /// A problem the reading went past: `FILE:LINE: warning: what it left out`.
    public func warning(_ error: InputError) -> String {
        "\(error.place): \(text(.warning, ["text": message(error)]))"
    }
}

/// okrcoach's one version, which `okrcoach --version`, SARIF reports and the chat bot's
/// CTCP VERSION reply all give.
public enum OKRCoachVersion {
    public static let current = "0.1.0"
}

import Yams

/// One language's texts and word lists, read from its locale file.
///
/// Everything a person reads, and every word a rule looks for, comes from a
/// catalog: adding a language is adding a locale file.
public struct Catalog: Sendable {
    public let language: LanguageCode
    /// The language's name in its own words ("Norsk bokmål").
    public let name: String
    public let words: WordLists
    public let numbers: NumberFormat
    public let outline: OutlineWords
    public let report: ReportTexts
    /// The compiled word lists the rules match against.
    public let lexicon: Lexicon
    private let ruleTexts: [RuleID: RuleTexts]

    /// Reads a catalog from the text of a locale file.
    ///
    /// - Parameters:
    ///   - yaml: the locale file's text.
    ///   - source: the file's name, for error messages.
    /// - Throws: `InputError` naming the file and, where known, the line.
    public init(yaml: String, source: String) throws(InputError) {
        let file: CatalogFile
        do {
            file = try YAMLDecoder().decode(CatalogFile.self, from: yaml)
        } catch let error as YamlError {
            throw InputError(yaml: error, source: source)
        } catch let error as DecodingError {
            throw InputError(decoding: error, source: source)
        } catch {
            throw InputError(source: source, message: "cannot read the locale file: \(error)")
        }
        var texts: [RuleID: RuleTexts] = [:]
        for (key, value) in file.rules {
            guard let rule = RuleID(rawValue: key) else {
                throw InputError(source: source, message: "rules: '\(key)' is no rule id")
            }
            texts[rule] = value
        }
        if let missing = RuleID.allCases.first(where: { texts[$0] == nil }) {
            throw InputError(source: source, message: "rules: the texts for '\(missing.rawValue)' are missing")
        }
        language = LanguageCode(file.language.code)
        name = file.language.name
        words = file.words
        numbers = file.numbers
        outline = file.outline
        report = file.report
        ruleTexts = texts
        lexicon = Lexicon(words: file.words, numbers: file.numbers)
    }

    /// The title, message and hint of a rule in this language.
    public func texts(for rule: RuleID) -> RuleTexts {
        // Every rule has texts: the initializer refuses a catalog that lacks one.
        ruleTexts[rule]!
    }
}

/// The shape of a locale file.
private struct CatalogFile: Decodable {
    struct Language: Decodable {
        let code: String
        let name: String
    }
    let language: Language
    let numbers: NumberFormat
    let outline: OutlineWords
    let words: WordLists
    let rules: [String: RuleTexts]
    let report: ReportTexts
}

/// A rule's texts: a short title, the message that says what is wrong and why, and the hint.
public struct RuleTexts: Decodable, Sendable {
    public let title: String
    public let message: String
    public let hint: String
}

/// How a language writes numbers.
public struct NumberFormat: Decodable, Sendable {
    /// The decimal separator: "." in English, "," in Norwegian, Swedish and Dutch.
    public let decimal: String
    /// Thousands separators, each followed by exactly three digits: "1,850", "1 850", "50.000".
    public let grouping: [String]
}

/// The words that start an objective or a key result line in a Markdown outline.
public struct OutlineWords: Decodable, Sendable {
    public let objective: [String]
    public let keyResult: [String]

    enum CodingKeys: String, CodingKey {
        case objective
        case keyResult = "key_result"
    }
}

/// A counted phrase: "1 error", "3 errors".
public struct PluralText: Decodable, Sendable {
    public let one: String
    public let other: String

    /// The phrase for a count, with `{count}` filled in.
    public func callAsFunction(_ count: Int) -> String {
        Template.render(count == 1 ? one : other, ["count": String(count)])
    }
}

/// The sentences of a report.
public struct ReportTexts: Decodable, Sendable {
    public let summary: String
    public let clean: String
    public let errors: PluralText
    public let warnings: PluralText
    public let infos: PluralText
    public let objectiveLabel: String
    public let keyResultLabel: String
    public let listSeparator: String

    enum CodingKeys: String, CodingKey {
        case summary, clean, errors, warnings, infos
        case objectiveLabel = "objective_label"
        case keyResultLabel = "key_result_label"
        case listSeparator = "list_separator"
    }
}

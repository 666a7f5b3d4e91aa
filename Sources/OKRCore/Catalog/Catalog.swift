import Yams

/// One language's texts and word lists, read from its locale file.
///
/// Everything a person reads, and every word a rule looks for, comes from a
/// catalog: adding a language is adding a locale file. A class, so that handing one
/// to each rule and each finding copies one reference, not every list it holds.
public final class Catalog: Sendable {
    public let language: LanguageCode
    /// The language's name in its own words ("Norsk bokmål").
    public let name: String
    /// Whether it is the fallback language, and the other codes it goes by (`language:`).
    public let claims: LocaleClaims
    public let words: WordLists
    public let numbers: NumberFormat
    /// How the language writes numbers, grades, percentages, changes and labels.
    public let format: LanguageFormatter
    public let outline: OutlineWords
    public let report: ReportTexts
    /// What the command line and the readers say about options and input (`cli:`).
    public let cli: CLITexts
    /// The compiled word lists the rules match against.
    public let lexicon: Lexicon
    private let ruleTexts: [RuleID: RuleTexts]

    /// Reads a catalog from the text of a locale file.
    ///
    /// - Parameters:
    ///   - yaml: the locale file's text.
    ///   - source: the file's name, for error messages.
    /// - Throws: `InputError` naming the file and, where known, the line.
    public convenience init(yaml: String, source: String) throws(InputError) {
        try self.init(fields: YAMLFields.root(of: yaml, source: source))
    }

    /// Reads a catalog from a locale file already parsed, so the coach's texts can share the parse.
    public init(fields file: YAMLFields) throws(InputError) {
        let source = file.source
        let rules = try file.fields("rules")
        var texts: [RuleID: RuleTexts] = [:]
        for key in rules.keys {
            guard let rule = RuleID(rawValue: key) else {
                throw InputError(source: source, .unknownRule, ["rule": key])
            }
            texts[rule] = try RuleTexts(rules.fields(key))
        }
        if let missing = RuleID.allCases.first(where: { texts[$0] == nil }) {
            throw InputError(source: source, .keyMissing, ["key": "rules.\(missing.rawValue)"])
        }
        let language = try file.fields("language")
        self.language = LanguageCode(try language.string("code"))
        name = try language.string("name")
        claims = try LocaleClaims(language)
        words = try WordLists(file.fields("words"))
        numbers = try NumberFormat(file.fields("numbers"))
        format = try LanguageFormatter(format: file.fields("format"), numbers: numbers)
        outline = try OutlineWords(file.fields("outline"))
        report = try ReportTexts(file.fields("report"))
        cli = try CLITexts(file.fields("cli"))
        ruleTexts = texts
        lexicon = Lexicon(words: words, numbers: numbers)
    }

    /// The same catalog with other word lists, and the lexicon compiled from them.
    init(_ catalog: Catalog, words: WordLists) {
        language = catalog.language
        name = catalog.name
        claims = catalog.claims
        self.words = words
        numbers = catalog.numbers
        format = catalog.format
        outline = catalog.outline
        report = catalog.report
        cli = catalog.cli
        ruleTexts = catalog.ruleTexts
        lexicon = Lexicon(words: words, numbers: catalog.numbers)
    }

    /// The other codes the locale settings may name this language by ("no", "nn" for bokmål).
    public var aliases: [LanguageCode] { claims.aliases }

    /// The title, message and hint of a rule in this language.
    public func texts(for rule: RuleID) -> RuleTexts {
        // Every rule has texts: the initializer refuses a catalog that lacks one.
        ruleTexts[rule]!
    }
}

/// A rule's texts: a short title, the message that says what is wrong and why, and the hint.
public struct RuleTexts: Sendable {
    public let title: String
    public let message: String
    public let hint: String
    /// The message and hint, split for filling in.
    let messageTemplate: Template
    let hintTemplate: Template

    init(_ fields: YAMLFields) throws(InputError) {
        title = try fields.string("title")
        message = try fields.string("message")
        hint = try fields.string("hint")
        messageTemplate = Template(message)
        hintTemplate = Template(hint)
    }
}

/// How a language writes numbers.
public struct NumberFormat: Sendable {
    /// The decimal separator: "." in English, "," in Norwegian, Swedish and Dutch.
    public let decimal: String
    /// Thousands separators, each followed by exactly three digits: "1,850", "1 850", "50.000".
    public let grouping: [String]

    init(_ fields: YAMLFields) throws(InputError) {
        decimal = try fields.string("decimal")
        grouping = try fields.strings("grouping")
    }
}

/// The words that start an objective or a key result line in a Markdown outline.
public struct OutlineWords: Sendable {
    public let objective: [String]
    public let keyResult: [String]

    init(_ fields: YAMLFields) throws(InputError) {
        objective = try fields.strings("objective")
        keyResult = try fields.strings("key_result")
    }
}

/// A counted phrase: "1 error", "3 errors".
public struct PluralText: Sendable {
    public let one: String
    public let other: String

    init(_ fields: YAMLFields) throws(InputError) {
        one = try fields.string("one")
        other = try fields.string("other")
    }

    /// The phrase for a count, with `{count}` filled in.
    public func callAsFunction(_ count: Int) -> String {
        Template.render(count == 1 ? one : other, ["count": String(count)])
    }
}

/// The sentences of a report.
public struct ReportTexts: Sendable {
    public let summary: String
    public let clean: String
    public let errors: PluralText
    public let warnings: PluralText
    public let infos: PluralText
    public let listSeparator: String

    init(_ fields: YAMLFields) throws(InputError) {
        summary = try fields.string("summary")
        clean = try fields.string("clean")
        errors = try PluralText(fields.fields("errors"))
        warnings = try PluralText(fields.fields("warnings"))
        infos = try PluralText(fields.fields("infos"))
        listSeparator = try fields.string("list_separator")
    }
}

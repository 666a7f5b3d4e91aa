import Foundation
import OKRCore
import Testing

/// Locale files are data a coach edits: their notation and their mistakes are handled with care.
struct CatalogTests {
    private var english: String {
        get throws {
            try String(contentsOf: TestLanguages.folder.appendingPathComponent("en.yaml"), encoding: .utf8)
        }
    }

    @Test func placeholdersAreFilled() {
        #expect(Template.render("{count} of {max}", ["count": "4", "max": "3"]) == "4 of 3")
        #expect(Template.render("keep {unknown} and {", [:]) == "keep {unknown} and {")
    }

    @Test func pluralForms() {
        let errors = TestLanguages.catalog("sv").report.errors
        #expect(errors(1) == "1 fel")
        #expect(errors(3) == "3 fel")
        #expect(TestLanguages.catalog("en").report.warnings(2) == "2 warnings")
    }

    @Test func everyLocaleHasEveryRule() {
        for code in TestLanguages.codes {
            let catalog = TestLanguages.catalog(code.rawValue)
            #expect(catalog.language == code)
            for rule in RuleID.allCases {
                let texts = catalog.texts(for: rule)
                #expect(!texts.message.isEmpty && !texts.hint.isEmpty && !texts.title.isEmpty)
            }
        }
    }

    @Test func braceEndingsAndStemsMatchInflections() {
        let lexicon = TestLanguages.catalog("en").lexicon
        let analysis = TextAnalysis("Launched, launching and launches", lexicon: lexicon)
        #expect(analysis.mainVerb?.classes.contains(.activityVerb) == true)
        #expect(TestLanguages.analysis("lansert", "nb").mainVerb?.classes.contains(.activityVerb) == true)
        #expect(TestLanguages.analysis("lanserat", "sv").mainVerb?.classes.contains(.activityVerb) == true)
        #expect(TestLanguages.analysis("gelanceerd", "nl").mainVerb?.classes.contains(.activityVerb) == true)
    }

    @Test func aLocaleWithoutARuleTextIsRefused() throws {
        let broken = try english.replacingOccurrences(of: "  kr-compound:", with: "  kr-compound-typo:")
        #expect(throws: InputError(source: "en.yaml", .unknownRule, ["rule": "kr-compound-typo"])) {
            try Catalog(yaml: broken, source: "en.yaml")
        }
    }

    @Test func aLocaleWithoutAWordListNamesTheKey() throws {
        let broken = try english.replacingOccurrences(of: "  hedges:", with: "  hedgez:")
        #expect(throws: InputError(source: "en.yaml", .keyMissing, ["key": "words.hedges"])) {
            try Catalog(yaml: broken, source: "en.yaml")
        }
    }

    /// A locale that lacks one of okrcoach's own messages is refused when it is read, so no
    /// person ever sees a key instead of a sentence.
    @Test func aLocaleWithoutACommandLineMessageNamesTheKey() throws {
        let broken = try english.replacingOccurrences(of: "  no_such_file:", with: "  no_such_fil:")
        #expect(throws: InputError(source: "en.yaml", .keyMissing, ["key": "cli.no_such_file"])) {
            try Catalog(yaml: broken, source: "en.yaml")
        }
    }

    /// Every shipped locale says every message, with the placeholders the English one fills in.
    @Test(arguments: ["nb", "sv", "nl"]) func everyMessageHasTheEnglishPlaceholders(_ code: String) {
        let values = [
            "path", "reason", "code", "known", "key", "text", "value", "low", "high", "limit", "line", "file", "count",
            "list",
            "word", "rule", "found", "bytes", "levels", "problem", "from", "to", "names", "option", "example", "number",
            "cycle",
            "cycles", "id", "title", "saved", "total", "folder", "link", "temporary", "searched", "variable", "version",
            "alias", "other", "files", "locale", "action", "name", "step", "outcome", "outcomes", "setting", "start",
            "help", "suggestion", "argument", "arguments", "period", "parent", "year", "ids", "team", "teams",
        ]
        let marked = Dictionary(uniqueKeysWithValues: values.map { ($0, "<\($0)>") })
        for key in CLIText.allCases {
            let english = TestLanguages.catalog("en").cli.text(key, marked)
            let translated = TestLanguages.catalog(code).cli.text(key, marked)
            let placeholders = { (text: String) in Set(values.filter { text.contains("<\($0)>") }) }
            #expect(placeholders(translated) == placeholders(english), "\(code): \(key.rawValue)")
            #expect(!translated.contains("{"), "\(code): \(key.rawValue) leaves a placeholder unfilled")
        }
    }
}

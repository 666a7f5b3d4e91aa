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
        #expect(throws: InputError(source: "en.yaml", message: "rules: 'kr-compound-typo' is no rule id")) {
            try Catalog(yaml: broken, source: "en.yaml")
        }
    }

    @Test func aLocaleWithoutAWordListNamesTheKey() throws {
        let broken = try english.replacingOccurrences(of: "  hedges:", with: "  hedgez:")
        #expect(throws: InputError(source: "en.yaml", message: "the key 'words.hedges' is missing")) {
            try Catalog(yaml: broken, source: "en.yaml")
        }
    }
}

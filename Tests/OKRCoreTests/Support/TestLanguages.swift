import Foundation
import OKRCore
import TestSupport

/// The project's own locale files, read once for all tests.
enum TestLanguages {
    /// The repository's `locales/` folder, found from this file's path.
    static let folder = Repository.root.appendingPathComponent("locales")

    /// The retrospective's questions a reader is given: those prompts/retro.yaml ships
    /// (the reader takes them from the flow; OKRCore knows no flow).
    static let retroTopics = ["went_well", "went_badly", "learned", "change"]

    /// Every language of `locales/`, by its file names: a locale file added there is tested too.
    static let codes: [LanguageCode] = codes(in: folder)

    /// The codes of the locale files in a folder, sorted.
    static func codes(in folder: URL) -> [LanguageCode] {
        Repository.localeCodes(in: folder).map { LanguageCode($0) }.sorted()
    }

    /// The catalogs of every locale file in a folder.
    static func languages(in folder: URL) -> Languages {
        Languages(
            codes(in: folder).map { code in
                let file = folder.appendingPathComponent("\(code).yaml")
                // The locale files are part of the repository; failing here is a broken checkout.
                return try! Catalog(yaml: String(contentsOf: file, encoding: .utf8), source: file.path)
            })
    }

    static let shared = languages(in: folder)

    static func catalog(_ code: String) -> Catalog {
        shared.catalog(for: LanguageCode(code))
    }

    static func analysis(_ text: String, _ code: String) -> TextAnalysis {
        TextAnalysis(text, lexicon: catalog(code).lexicon)
    }
}

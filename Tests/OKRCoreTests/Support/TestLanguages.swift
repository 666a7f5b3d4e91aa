import Foundation
import OKRCore

/// The project's own locale files, read once for all tests.
enum TestLanguages {
    /// The repository's `locales/` folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("locales")

    /// The retrospective's questions a reader is given: those prompts/retro.yaml ships
    /// (the reader takes them from the flow; OKRCore knows no flow).
    static let retroTopics = ["went_well", "went_badly", "learned", "change"]

    static let codes: [LanguageCode] = ["en", "nb", "sv", "nl"].map { LanguageCode($0) }

    static let shared: Languages = {
        let catalogs = codes.map { code in
            let file = folder.appendingPathComponent("\(code).yaml")
            // The locale files are part of the repository; failing here is a broken checkout.
            let text = try! String(contentsOf: file, encoding: .utf8)
            return try! Catalog(yaml: text, source: file.path)
        }
        return Languages(catalogs)
    }()

    static func catalog(_ code: String) -> Catalog {
        shared.catalog(for: LanguageCode(code))
    }

    static func analysis(_ text: String, _ code: String) -> TextAnalysis {
        TextAnalysis(text, lexicon: catalog(code).lexicon)
    }
}

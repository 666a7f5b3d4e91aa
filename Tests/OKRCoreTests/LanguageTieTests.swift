import Foundation
import OKRCore
import Testing

/// A language added by dropping a locale file in must not take the others' texts: a tie between
/// languages is decided by the stated rule, never left to English.
struct LanguageTieTests {
    @Test func aFifthLocaleThatCopiesNorwegianLeavesEveryLanguageDetected() throws {
        let folder = try LocaleFolder(copying: "nb", as: "xx")
        let languages = TestLanguages.languages(in: folder.url)
        #expect(languages.codes.count == TestLanguages.codes.count + 1)
        let detector = LanguageDetector(languages)
        for (text, expected) in LanguageDetectorTests.samples {
            #expect(detector.detect(text) == LanguageCode(expected), "\(text)")
        }
    }

    @Test func aTieGoesToTheLanguageThePersonIsIn() throws {
        let folder = try LocaleFolder(copying: "nb", as: "xx")
        let detector = LanguageDetector(TestLanguages.languages(in: folder.url))
        let text = "Øke andelen aktive klinikker fra 40 % til 55 % innen utgangen av mars"
        #expect(detector.detect(text, preferring: [LanguageCode("xx")]) == LanguageCode("xx"))
        #expect(detector.detect(text, preferring: [LanguageCode("sv"), LanguageCode("nb")]) == LanguageCode("nb"))
    }

    @Test func aTieGoesToTheLanguageThatKnowsTheTextsOwnWords() throws {
        // "da" sorts before "nb", so only its missing word can give the text to nb.
        let folder = try LocaleFolder(copying: "nb", as: "da", removing: "deadline_words: [senest, ")
        let detector = LanguageDetector(TestLanguages.languages(in: folder.url))
        #expect(detector.detect("Øke antall aktive klinikker fra 40 til 55 senest i mars") == LanguageCode("nb"))
        #expect(detector.detect("Øke antall aktive klinikker fra 40 til 55 innen mars") == LanguageCode("da"))
    }

    @Test func aSetWithoutLangIsCheckedInTheLanguageItIsWrittenIn() throws {
        let folder = try LocaleFolder(copying: "nb", as: "xx")
        let checker = Checker(languages: TestLanguages.languages(in: folder.url))
        let set = OKRSet(objectives: [
            Objective(
                title: "Gjøre bookingen enkel for klinikkene",
                keyResults: [KeyResult("Øke antall bookinger fra 200 til 300 innen juni")])
        ])
        #expect(checker.check(set).language == LanguageCode("nb"))
    }
}

/// A temporary copy of the repository's `locales/` with one more language: a copy of a shipped
/// locale under a new code, optionally with a piece of its text taken out.
final class LocaleFolder {
    let url: URL

    init(copying source: String, as code: String, removing piece: String? = nil) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("okrcoach-locales-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for shipped in TestLanguages.codes {
            try FileManager.default.copyItem(
                at: TestLanguages.folder.appendingPathComponent("\(shipped).yaml"),
                to: url.appendingPathComponent("\(shipped).yaml"))
        }
        var text = try String(
            contentsOf: TestLanguages.folder.appendingPathComponent("\(source).yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\n  code: \(source)\n", with: "\n  code: \(code)\n")
        if let piece {
            precondition(text.contains(piece), "the locale has no '\(piece)' to remove")
            text = text.replacingOccurrences(of: piece, with: piece.components(separatedBy: "[").first! + "[")
        }
        try text.write(to: url.appendingPathComponent("\(code).yaml"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

import Foundation
import OKRCore
import Testing

/// What locale files claim under `language:`: the fallback language and the aliases the locale
/// settings may name a language by. Both are data, checked when the locales load.
struct LocaleClaimsTests {
    /// A shipped locale's text, with its `language:` section's claims replaced.
    private func locale(_ code: String, as newCode: String? = nil, claims: String = "") throws -> String {
        var text = try String(contentsOf: TestLanguages.folder.appendingPathComponent("\(code).yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "language:"))
        let end = try #require(lines[start...].firstIndex(of: ""))
        let header = ["language:", "  code: \(newCode ?? code)", lines[start + 2]] + (claims.isEmpty ? [] : [claims])
        text = (lines[..<start] + header + lines[end...]).joined(separator: "\n")
        return text
    }

    private func catalog(_ code: String, as newCode: String? = nil, claims: String = "") throws -> Catalog {
        try Catalog(yaml: locale(code, as: newCode, claims: claims), source: "\(newCode ?? code).yaml")
    }

    /// The line the claims are on in `locale(code, claims:)`: the first after `language:`'s code and name.
    private func claimsLine(_ code: String) throws -> Int {
        let text = try String(contentsOf: TestLanguages.folder.appendingPathComponent("\(code).yaml"), encoding: .utf8)
        return try #require(text.components(separatedBy: "\n").firstIndex(of: "language:")) + 4
    }

    /// The codes of the shipped locales other than the one that claims to be the fallback.
    private var others: [LanguageCode] {
        TestLanguages.codes.filter { $0 != TestLanguages.shared.fallback }
    }

    @Test func theShippedLocalesClaimOneFallbackAndTheirAliases() throws {
        let languages = TestLanguages.shared
        try languages.check()
        #expect(languages.catalogs.values.filter(\.claims.fallback).map(\.language) == [languages.fallback])
        for catalog in languages.catalogs.values {
            #expect(languages.language(named: catalog.language.rawValue.uppercased()) == catalog.language)
            for alias in catalog.aliases {
                #expect(languages.language(named: alias.rawValue) == catalog.language)
            }
        }
        #expect(languages.language(named: "zz") == nil)
    }

    /// The fallback moves with the data: any locale that says so is the language spoken when nothing tells.
    @Test func theFallbackIsTheLocaleThatSaysSo() throws {
        let chosen = try #require(others.first)
        let catalogs = try TestLanguages.codes.map { code in
            try catalog(code.rawValue, claims: code == chosen ? "  fallback: true" : "")
        }
        let languages = Languages(catalogs)
        try languages.check()
        #expect(languages.fallback == chosen)
        #expect(languages.catalog(for: LanguageCode("zz")).language == chosen)
        let checked = Checker(languages: languages).language(of: OKRSet())
        #expect(checked == chosen)
    }

    @Test func aSecondFallbackIsRefusedWithItsFileAndLine() throws {
        let fallback = TestLanguages.shared.fallback
        let shipped = try TestLanguages.codes.map {
            try catalog($0.rawValue, claims: $0 == fallback ? "  fallback: true" : "")
        }
        let copy = try catalog(fallback.rawValue, as: "zz", claims: "  fallback: true")
        let line = try claimsLine(fallback.rawValue)
        #expect(
            throws: InputError(
                source: "zz.yaml", line: line, .fallbackTwice, ["code": "zz", "other": fallback.rawValue])
        ) {
            try Languages(shipped + [copy]).check()
        }
    }

    @Test func noFallbackIsRefused() throws {
        let catalogs = try TestLanguages.codes.map { try catalog($0.rawValue) }
        #expect(throws: InputError.self) { try Languages(catalogs).check() }
        do {
            try Languages(catalogs).check()
        } catch {
            #expect(error.key == .noFallback)
            #expect(error.values["files"] == TestLanguages.codes.map { "\($0).yaml" }.joined(separator: ", "))
        }
    }

    @Test func anAliasClaimedTwiceIsRefused() throws {
        let fallback = TestLanguages.shared.fallback
        let other = try #require(others.first)
        let catalogs = try TestLanguages.codes.map { code in
            try catalog(
                code.rawValue,
                claims: code == fallback ? "  fallback: true\n  aliases: [zz]" : code == other ? "  aliases: [zz]" : "")
        }
        let refusal = try #require(throws: InputError.self) { try Languages(catalogs).check() }
        #expect(refusal.key == .aliasTwice)
        #expect(refusal.values["alias"] == "zz")
        let later = max(fallback, other)
        #expect(refusal.source == "\(later).yaml")
        #expect(refusal.line == (try claimsLine(later.rawValue)))
    }

    @Test func anAliasThatIsALanguageIsRefused() throws {
        let fallback = TestLanguages.shared.fallback
        let other = try #require(others.first)
        let catalogs = try TestLanguages.codes.map { code in
            try catalog(code.rawValue, claims: code == fallback ? "  fallback: true\n  aliases: [\(other)]" : "")
        }
        let refusal = try #require(throws: InputError.self) { try Languages(catalogs).check() }
        #expect(refusal.key == .aliasIsLanguage)
        #expect(refusal.source == "\(fallback).yaml")
    }

    /// Hostile claims: aliases that are no language code (empty, one letter, too long, upper case,
    /// a path, an escape sequence, NUL, a number, a mapping, 100,000 letters) and flags that are
    /// not true or false.
    @Test(arguments: [
        ("  aliases: [\"\"]", CLIText.aliasShape), ("  aliases: [n]", .aliasShape),
        ("  aliases: [abcdefghi]", .aliasShape), ("  aliases: [NO]", .aliasShape),
        ("  aliases: [../nb]", .aliasShape), ("  aliases: [\"n\\e[31mb\"]", .aliasShape),
        ("  aliases: [\"n\\0b\"]", .aliasShape), ("  aliases: [-1]", .aliasShape), ("  aliases: [nø]", .aliasShape),
        ("  aliases: [1e999]", .aliasShape), ("  aliases: [{no: nb}]", .shouldHoldText),
        ("  aliases: no", .shouldBeList), ("  aliases: {no: nb}", .shouldBeList),
        ("  aliases: [\(String(repeating: "n", count: 100_000))]", .aliasShape),
        ("  fallback: yes", .shouldBeFlag), ("  fallback: 1", .shouldBeFlag), ("  fallback: [true]", .shouldBeFlag),
        ("  fallback: \"true\\e[2J\"", .shouldBeFlag), ("  fallback:", .shouldBeFlag),
    ])
    func malformedClaimsAreRefusedWithTheirLine(_ claims: String, _ key: CLIText) throws {
        let refusal = try #require(throws: InputError.self) { try catalog("nb", as: "zz", claims: claims) }
        #expect(refusal.key == key)
        #expect(refusal.source == "zz.yaml")
        #expect(refusal.line == (try claimsLine("nb")))
        let said = TestLanguages.catalog("en").cli.line(refusal)
        #expect(said.count < 400, "\(said)")
    }
}

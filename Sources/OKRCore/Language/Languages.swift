/// The languages the coach speaks: every catalog that was loaded, by code.
///
/// Where the catalogs come from (files next to the program, a user's drop-ins)
/// is the caller's business; this type only holds and chooses among them.
public struct Languages: Sendable {
    public let catalogs: [LanguageCode: Catalog]
    /// The language spoken when nothing else tells: the one whose locale says `fallback: true`
    /// (`check()` makes sure there is exactly one), else the first by code.
    public let fallback: LanguageCode
    /// Each alias a locale claims, and the language it names.
    private let aliases: [LanguageCode: LanguageCode]

    /// Holds the catalogs; the first one for a language wins, so user drop-ins can come first.
    ///
    /// - Precondition: at least one catalog.
    public init(_ catalogs: [Catalog]) {
        precondition(!catalogs.isEmpty, "okrcoach needs at least one language")
        var byCode: [LanguageCode: Catalog] = [:]
        for catalog in catalogs where byCode[catalog.language] == nil {
            byCode[catalog.language] = catalog
        }
        self.catalogs = byCode
        let sorted = byCode.values.sorted { $0.language < $1.language }
        fallback = (sorted.first { $0.claims.fallback } ?? sorted[0]).language
        var aliases: [LanguageCode: LanguageCode] = [:]
        for catalog in sorted {
            for alias in catalog.aliases where byCode[alias] == nil && aliases[alias] == nil {
                aliases[alias] = catalog.language
            }
        }
        self.aliases = aliases
    }

    /// The language a code or alias names ("nb", "NO", "nn" → nb); nil when no locale has it.
    public func language(named name: String) -> LanguageCode? {
        let code = LanguageCode(name.lowercased())
        return catalogs[code] != nil ? code : aliases[code]
    }

    /// The language codes, sorted.
    public var codes: [LanguageCode] {
        catalogs.keys.sorted()
    }

    public subscript(code: LanguageCode) -> Catalog? {
        catalogs[code]
    }

    /// The catalog for a language, or the fallback language's.
    public func catalog(for code: LanguageCode) -> Catalog {
        catalogs[code] ?? catalogs[fallback]!
    }
}

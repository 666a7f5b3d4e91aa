/// The languages the coach speaks: every catalog that was loaded, by code.
///
/// Where the catalogs come from (files next to the program, a user's drop-ins)
/// is the caller's business; this type only holds and chooses among them.
public struct Languages: Sendable {
    public let catalogs: [LanguageCode: Catalog]

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
    }

    /// The language codes, sorted.
    public var codes: [LanguageCode] {
        catalogs.keys.sorted()
    }

    public subscript(code: LanguageCode) -> Catalog? {
        catalogs[code]
    }

    /// The catalog for a language, or the fallback language's, or any.
    public func catalog(for code: LanguageCode) -> Catalog {
        catalogs[code] ?? catalogs[.fallback] ?? catalogs.values.sorted { $0.language < $1.language }[0]
    }
}

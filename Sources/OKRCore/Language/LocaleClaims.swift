/// What a locale file says about its language beyond its code, under `language:`: whether it
/// is the language okrcoach speaks when nothing else tells (`fallback: true`, on exactly one
/// locale), and which other codes the locale settings may name it by (`aliases: [no, nn]`,
/// so that `LANG=nn_NO.UTF-8` is answered in bokmål).
///
/// Being data, a dropped-in locale can take either role; `Languages.check(_:)` refuses a
/// fallback claimed twice or by none, and an alias that is claimed twice or names a language
/// of its own.
public struct LocaleClaims: Sendable {
    public let fallback: Bool
    public let aliases: [LanguageCode]
    /// The locale file, and the lines of `fallback:` and `aliases:`, for the checks' errors.
    let source: String
    let fallbackLine: Int?
    let aliasesLine: Int?

    /// The letters a language code may have: "nb", "nn", "gsw"; never a path, a space or an escape.
    static func isCode(_ text: String) -> Bool {
        (2...8).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    init(_ language: YAMLFields) throws(InputError) {
        source = language.source
        fallback = try language.has("fallback") ? language.flag("fallback") : false
        fallbackLine = language.line("fallback")
        aliasesLine = language.line("aliases")
        var aliases: [LanguageCode] = []
        for alias in try language.has("aliases") ? language.strings("aliases") : [] {
            guard Self.isCode(alias) else {
                throw InputError(
                    source: source, line: aliasesLine, .aliasShape, ["key": "language.aliases"],
                    found: .text(String(alias.prefix(40))))
            }
            aliases.append(LanguageCode(alias))
        }
        self.aliases = aliases
    }
}

extension Languages {
    /// Checks what the loaded locales claim: exactly one fallback language, and each alias
    /// the name of one language only, and of none that has a locale of its own.
    ///
    /// - Throws: `InputError` naming the locale file and line of the claim that cannot hold.
    public func check() throws(InputError) {
        let sorted = catalogs.values.sorted { $0.language < $1.language }
        let claiming = sorted.filter(\.claims.fallback)
        if claiming.count > 1 {
            let second = claiming[1].claims
            throw InputError(
                source: second.source, line: second.fallbackLine, .fallbackTwice,
                ["code": claiming[1].language.rawValue, "other": claiming[0].language.rawValue])
        }
        guard !claiming.isEmpty else {
            let files = sorted.map(\.claims.source).joined(separator: ", ")
            throw InputError(source: "okrcoach", .noFallback, ["files": files])
        }
        var owners: [LanguageCode: LanguageCode] = [:]
        for catalog in sorted {
            for alias in catalog.aliases {
                let claims = catalog.claims
                if catalogs[alias] != nil {
                    throw InputError(
                        source: claims.source, line: claims.aliasesLine, .aliasIsLanguage, ["alias": alias.rawValue])
                }
                if let owner = owners[alias], owner != catalog.language {
                    throw InputError(
                        source: claims.source, line: claims.aliasesLine, .aliasTwice,
                        ["alias": alias.rawValue, "code": owner.rawValue])
                }
                owners[alias] = catalog.language
            }
        }
    }
}

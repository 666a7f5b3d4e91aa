/// How a server compares nicks and channel names, as its `CASEMAPPING` token says.
///
/// Servers fold case byte by byte and only in ASCII, as the Modern IRC document says: `ascii`
/// folds `A`–`Z` to `a`–`z`; `rfc1459` also folds `[`, `]`, `\` and `~` to `{`, `}`, `|`
/// and `^`; `strict-rfc1459` does the same without `~` and `^`. Bytes outside ASCII are
/// compared as they are. The raw value is the token, so `IRCCaseMapping(rawValue: "rfc1459")`
/// reads it from `ISUPPORT`.
public enum IRCCaseMapping: String, CaseIterable, Sendable {
    case ascii
    case rfc1459
    case strictRFC1459 = "strict-rfc1459"

    /// What servers use when they do not say.
    public static let `default` = IRCCaseMapping.rfc1459

    /// Whether two nicks or channel names are the same on the server.
    ///
    /// The UTF-8 bytes are compared, not Unicode characters, just as the server does.
    public func equal(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count
            && zip(first.utf8, second.utf8).allSatisfy { fold($0) == fold($1) }
    }

    /// The name in lower case, fit for a dictionary key: two names are `equal` exactly when
    /// their folded forms have the same bytes.
    public func folded(_ name: String) -> String {
        guard name.utf8.contains(where: { fold($0) != $0 }) else { return name }
        return String(decoding: name.utf8.map(fold), as: UTF8.self)
    }

    private func fold(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: byte + 0x20
        case 0x5B...0x5D where self != .ascii: byte + 0x20
        case 0x7E where self == .rfc1459: 0x5E
        default: byte
        }
    }
}

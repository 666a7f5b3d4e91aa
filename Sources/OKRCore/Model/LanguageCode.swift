/// A language the coach speaks, named by its locale file's code.
///
/// Languages are data, not code: any code with a locale file is a language,
/// so this is an open string wrapper rather than an enum.
public struct LanguageCode: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

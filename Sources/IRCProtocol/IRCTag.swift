/// One IRCv3 message tag, such as `time=2027-01-04T09:00:00.000Z` or `+draft/reply=abc`.
///
/// A tag written without a value (`@bot`) and one written with an empty value (`@bot=`) mean
/// the same thing in IRCv3, so both are an empty `value` here, and an empty value is written
/// back without `=`.
public struct IRCTag: Hashable, Sendable {
    /// The tag's name, with its client prefix (`+`) and vendor (`example.com/`) if it has them.
    public var key: String
    /// The unescaped value; empty when the tag has none.
    public var value: String

    /// - Parameters:
    ///   - key: The tag's full name; it must not be empty or hold `=`, `;` or a space.
    ///   - value: The plain value; it is escaped when the message is serialized.
    public init(key: String, value: String = "") {
        self.key = key
        self.value = value
    }
}

/// A JSON value whose object keys keep their order, so reports read like the contract.
public enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    /// A number written as short as it reads back: 700, 0.75, 99.9; `null` when not finite.
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The value as indented JSON text; `indent` indents every line after the first.
    public func rendered(indent: Int = 0) -> String {
        var writer = JSONWriter(indent: indent)
        writer.value(self)
        return writer.text
    }

    /// A value, or `null` when there is none.
    public static func optional<Wrapped>(_ value: Wrapped?, _ wrap: (Wrapped) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, C1 and DEL
    /// included, so the text holds nothing a terminal would obey.
    public static func quoted(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text
    }
}

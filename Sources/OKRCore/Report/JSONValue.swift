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

    /// The value as indented JSON text.
    public func rendered(indent: Int = 0) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text):
            return Self.quoted(text)
        case .int(let number):
            return String(number)
        case .number(let number):
            return Self.written(number)
        case .bool(let value):
            return value ? "true" : "false"
        case .null:
            return "null"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let body = items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n")
            return "[\n\(body)\n\(outer)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let body = members.map { key, value in
                "\(inner)\(Self.quoted(key)): \(value.rendered(indent: indent + 1))"
            }.joined(separator: ",\n")
            return "{\n\(body)\n\(outer)}"
        }
    }

    /// A value, or `null` when there is none.
    public static func optional<Wrapped>(_ value: Wrapped?, _ wrap: (Wrapped) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }

    /// A number as JSON: whole numbers without ".0", others in Swift's shortest round-trip form.
    private static func written(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, C1 and DEL
    /// included, so the text holds nothing a terminal would obey.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

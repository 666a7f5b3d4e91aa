/// A catalog sentence with `{name}` placeholders, split once so that filling it is cheap.
public struct Template: Sendable, Equatable {
    private enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    private let parts: [Part]

    public init(_ template: String) {
        var parts: [Part] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The sentence with each `{key}` replaced by its value; unknown placeholders stay as written.
    public func render(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .placeholder(let key): result += values[key] ?? "{\(key)}"
            }
        }
        return result
    }

    /// Fills a template given as text.
    public static func render(_ template: String, _ values: [String: String]) -> String {
        Template(template).render(values)
    }
}

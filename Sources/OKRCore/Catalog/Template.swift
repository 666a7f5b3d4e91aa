/// A catalog sentence with `{name}` placeholders, split once so that filling it is cheap.
public struct Template: Sendable, Equatable {
    private enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    private let parts: [Part]

    public init(_ template: String) {
        // Braces are ASCII: the split is found in the UTF-8 bytes, not character by character.
        let utf8 = Array(template.utf8)
        var parts: [Part] = []
        var rest = 0
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            if open > rest { parts.append(.text(String(decoding: utf8[rest..<open], as: UTF8.self))) }
            parts.append(.placeholder(String(decoding: utf8[(open + 1)..<close], as: UTF8.self)))
            rest = close + 1
        }
        if rest < utf8.count { parts.append(.text(String(decoding: utf8[rest...], as: UTF8.self))) }
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

    /// A part of a sentence once filled: text, or a placeholder without a value, which the caller
    /// fills with what it stands for (a command, a key) in the medium it writes for.
    public enum Filled: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    /// The sentence with each `{key}` that has a value filled in, and the others left as placeholders.
    public func filled(_ values: [String: String]) -> [Filled] {
        parts.map { part in
            switch part {
            case .text(let text): .text(text)
            case .placeholder(let key): values[key].map(Filled.text) ?? .placeholder(key)
            }
        }
    }

    /// Fills a template given as text.
    public static func render(_ template: String, _ values: [String: String]) -> String {
        Template(template).render(values)
    }
}

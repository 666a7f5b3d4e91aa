/// Writes JSON as UTF-8 bytes into one growing buffer: the fast way to a long report.
///
/// `JSONValue.rendered` and `JSONReport` both write through it, so every JSON okrcoach
/// prints has the same layout (two spaces an indent) and the same escaping: quotes,
/// backslashes, C0 and C1 controls and DEL, so the text holds nothing a terminal would obey.
/// Other formats can use it too: `beginObject`, `key`, `string`, `end…` in order.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// For each open array or object, whether it has a member yet.
    private var open: [Bool] = []
    /// A key was just written: the value follows on the same line.
    private var afterKey = false
    /// Indents added to every line after the first, for a value nested in text written elsewhere.
    private let indent: Int

    public init(capacity: Int = 4_096, indent: Int = 0) {
        bytes.reserveCapacity(capacity)
        self.indent = indent
    }

    /// The text written so far.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Hands the bytes written so far to `sink` and empties the buffer, for streaming.
    public mutating func flush(_ sink: ([UInt8]) throws -> Void) rethrows {
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    public mutating func endObject() {
        end(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    public mutating func endArray() {
        end(UInt8(ascii: "]"))
    }

    /// An object member's key; its value comes next.
    public mutating func key(_ name: String) {
        beginValue()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    public mutating func string(_ text: String) {
        beginValue()
        appendQuoted(text)
    }

    public mutating func int(_ number: Int) {
        beginValue()
        appendDecimal(number)
    }

    /// A number as short as it reads back: 700, 0.75, 99.9; `null` when not finite.
    public mutating func number(_ number: Double) {
        guard number.isFinite else { return null() }
        if number == number.rounded(), abs(number) < 1e15 { return int(Int(number)) }
        beginValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A whole value.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .string(let text): self.string(text)
        case .int(let whole): self.int(whole)
        case .number(let real): self.number(real)
        case .bool(let flag): self.bool(flag)
        case .null: self.null()
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                self.value(member)
            }
            endObject()
        }
    }

    /// A line end after the last value, as a printed document has.
    public mutating func newLineAtEnd() {
        bytes.append(UInt8(ascii: "\n"))
    }

    // MARK: - Layout

    /// A comma after the previous member and a new, indented line; nothing after a key.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = open.last else { return }
        if last { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        newLine(depth: open.count)
    }

    private mutating func end(_ bracket: UInt8) {
        let hadMembers = open.removeLast()
        if hadMembers { newLine(depth: open.count) }
        bytes.append(bracket)
    }

    private mutating func newLine(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent + depth) {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func appendDecimal(_ number: Int) {
        guard number != 0 else { return bytes.append(UInt8(ascii: "0")) }
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = number.magnitude
        while rest > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes.append(contentsOf: digits.reversed())
    }

    // MARK: - Strings

    /// A JSON string literal, written byte by byte: plain runs are copied whole.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: Int
                if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                    // A C1 control: U+0080 to U+009F.
                    escape = 2
                } else if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                    escape = 1
                } else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                let scalar = escape == 2 ? UInt32(utf8[index + 1]) : UInt32(byte)
                appendEscaped(scalar)
                index += escape
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ scalar: UInt32) {
        bytes.append(UInt8(ascii: "\\"))
        switch scalar {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(hex[Int(scalar >> 4)])
            bytes.append(hex[Int(scalar & 0xF)])
        }
    }
}

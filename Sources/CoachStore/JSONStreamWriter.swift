import Foundation

/// Writes an `Encodable` value as JSON in one pass, straight into bytes: how the store writes a
/// session's state at every turn.
///
/// Foundation's `JSONEncoder` builds a tree of the whole value before it writes a byte; for a
/// session with its /back history that was a third of the CPU of a chat turn. This writer writes
/// as the value's `encode(to:)` goes, which works for values that fill their containers one after
/// another, as every synthesized `Codable` and this project's own do. A value that goes back to a
/// container it left, asks for a super encoder, or holds a number that is not finite is refused
/// with `Unsupported`, and the caller uses `JSONEncoder` instead; so what it writes is always JSON
/// that `JSONDecoder` reads back as the same value, in the shape `JSONEncoder` gives (keys as the
/// value names them, nil optionals left out).
public struct JSONStreamWriter: Sendable {
    /// Why a value cannot be written in one pass.
    public struct Unsupported: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Where the JSON of a list the value writes through `ListKeepingEncoder` is kept, and under what key.
    let kept: (lists: KeptLists, key: String)?

    /// - Parameter kept: where to keep the JSON of the list the value writes through
    ///   `ListKeepingEncoder` (a session's /back history), under which key (the session's id);
    ///   nil to keep nothing.
    public init(keeping kept: (lists: KeptLists, key: String)? = nil) {
        self.kept = kept
    }

    /// The value as UTF-8 JSON.
    ///
    /// - Throws: `Unsupported` when the value cannot be written in one pass, or holds a number
    ///   that JSON cannot hold; any error the value's own `encode(to:)` throws.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let output = JSONOutput(kept: kept)
        try output.value(value, at: nil)
        output.close(downTo: 0)
        if let failure = output.failure { throw failure }
        return output.bytes
    }
}

/// The bytes written so far and the containers still open, innermost last.
final class JSONOutput {
    var bytes: [UInt8] = []
    /// The keys from the top down to what is being written, for `codingPath`.
    private(set) var path: [any CodingKey] = []
    /// The first misuse seen where no error could be thrown (a non-throwing container request).
    var failure: JSONStreamWriter.Unsupported?
    private var open: [Frame] = []
    private var nextID = 0

    private struct Frame {
        let id: Int
        let closer: UInt8
        /// Whether opening it put its key on `path`.
        let keyed: Bool
        var hasElement = false
    }

    /// Where a list written through `ListKeepingEncoder` is kept.
    let kept: (lists: KeptLists, key: String)?

    init(kept: (lists: KeptLists, key: String)? = nil) {
        self.kept = kept
        bytes.reserveCapacity(4096)
    }

    /// Writes "{" or "[" and returns the new container's id; `key` is where it is, for a nested one.
    func openContainer(_ opener: UInt8, closer: UInt8, key: (any CodingKey)? = nil) -> Int {
        nextID += 1
        bytes.append(opener)
        if let key { path.append(key) }
        open.append(Frame(id: nextID, closer: closer, keyed: key != nil))
        return nextID
    }

    /// Makes container `id` the innermost again (closing those opened inside it, which are done) and
    /// writes the comma before its next element.
    func nextElement(of id: Int) throws {
        while let last = open.last, last.id != id {
            closeInnermost()
        }
        guard !open.isEmpty else { throw unsupported("a container was written to after it was closed") }
        if open[open.count - 1].hasElement { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].hasElement = true
    }

    /// Closes every container opened above `depth`.
    func close(downTo depth: Int) {
        while open.count > depth {
            closeInnermost()
        }
    }

    private func closeInnermost() {
        let frame = open.removeLast()
        bytes.append(frame.closer)
        if frame.keyed { path.removeLast() }
    }

    func unsupported(_ what: String) -> JSONStreamWriter.Unsupported {
        let failure = JSONStreamWriter.Unsupported(description: what)
        self.failure = self.failure ?? failure
        return failure
    }

    /// Writes one value: a primitive at once, anything else through its `encode(to:)`, with `key`
    /// (nil at the top or in a single-value container) on the coding path meanwhile.
    func value<T: Encodable>(_ value: T, at key: @autoclosure () -> (any CodingKey)?) throws {
        if T.self == String.self {
            string(value as! String)
        } else if T.self == Int.self {
            integer(value as! Int)
        } else if T.self == Bool.self {
            bool(value as! Bool)
        } else if T.self == Double.self {
            try double(value as! Double)
        } else if T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            // JSONEncoder writes these its own way, not as their `encode(to:)` does.
            throw unsupported("\(T.self) is written by JSONEncoder in a form of its own")
        } else {
            let key = key()
            if let key { path.append(key) }
            let depth = open.count
            let start = bytes.count
            try value.encode(to: JSONStreamEncoder(output: self, start: start, pathDepth: path.count))
            if bytes.count == start { bytes.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")]) }
            close(downTo: depth)
            if key != nil { path.removeLast() }
        }
    }

    func null() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        } else {
            bytes.append(contentsOf: [
                UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e"),
            ])
        }
    }

    func integer<I: FixedWidthInteger>(_ value: I) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var rest = value.magnitude
        while rest > 0 {
            let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
            bytes.append(UInt8(ascii: "0") + UInt8(digit))
            rest = quotient
        }
        bytes[start...].reverse()
    }

    func double<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
        guard value.isFinite else { throw unsupported("\(value) is no JSON number") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes a string in quotes, escaping what JSON requires: quote, backslash and control characters.
    func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let plain = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: Self.needsEscape) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain != true {
            for byte in value.utf8 {
                if Self.needsEscape(byte) { escape(byte) } else { bytes.append(byte) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ])
        }
    }

    func key(_ key: some CodingKey) {
        string(key.stringValue)
        bytes.append(UInt8(ascii: ":"))
    }
}

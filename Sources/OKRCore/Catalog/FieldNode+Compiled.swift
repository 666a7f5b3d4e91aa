/// A field tree as bytes, and back: the compiled form of a locale file that spares the program
/// parsing YAML at every start.
///
/// Each value is a kind byte, its line and its content; numbers are LEB128 varints, texts UTF-8
/// with their length. Reading checks every length against the bytes left, every text for valid
/// UTF-8 and the nesting depth, and wants the bytes to end exactly where the tree does: bytes
/// that are not a tree this wrote read as nil, never as a crash or a wrong text.
extension FieldNode {
    /// The deepest nesting read back; a locale file nests a few levels.
    static let maximumDepth = 64

    private enum Kind: UInt8 {
        case plainText = 0
        case quotedText = 1
        case list = 2
        case mapping = 3
    }

    /// The tree's bytes.
    public var compiled: [UInt8] {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return bytes
    }

    /// The tree the bytes hold; nil when they hold anything else, or more.
    public init?(compiled bytes: UnsafeRawBufferPointer) {
        var reader = CompiledReader(bytes: bytes)
        guard let tree = reader.node(depth: 0), reader.atEnd else { return nil }
        self = tree
    }

    private func append(to bytes: inout [UInt8]) {
        switch self {
        case .text(let text, let plain, let line):
            bytes.append((plain ? Kind.plainText : Kind.quotedText).rawValue)
            Self.appendVarint(line ?? 0, to: &bytes)
            Self.append(text, to: &bytes)
        case .list(let items, let line):
            bytes.append(Kind.list.rawValue)
            Self.appendVarint(line ?? 0, to: &bytes)
            Self.appendVarint(items.count, to: &bytes)
            for item in items { item.append(to: &bytes) }
        case .mapping(let entries, let line):
            bytes.append(Kind.mapping.rawValue)
            Self.appendVarint(line ?? 0, to: &bytes)
            Self.appendVarint(entries.count, to: &bytes)
            for entry in entries {
                // A key's length is written one more than it is, so that 0 can stand for a key that is no text.
                if let key = entry.key {
                    Self.appendVarint(key.utf8.count + 1, to: &bytes)
                    bytes.append(contentsOf: key.utf8)
                } else {
                    bytes.append(0)
                }
                Self.appendVarint(entry.keyLine ?? 0, to: &bytes)
                entry.value.append(to: &bytes)
            }
        }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        appendVarint(text.utf8.count, to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// A non-negative number as a LEB128 varint.
    public static func appendVarint(_ number: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(max(0, number))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads values from bytes, each read checked against the bytes left.
    private struct CompiledReader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func node(depth: Int) -> FieldNode? {
            guard depth < FieldNode.maximumDepth, let byte = byte(), let kind = Kind(rawValue: byte),
                let line = number()
            else { return nil }
            let knownLine = line == 0 ? nil : line
            switch kind {
            case .plainText, .quotedText:
                guard let text = text() else { return nil }
                return .text(text, plain: kind == .plainText, line: knownLine)
            case .list:
                // Each item takes two bytes at least, so a count beyond that is no list this wrote.
                guard let count = number(), count <= (bytes.count - offset) / 2 else { return nil }
                var items: [FieldNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .list(items, line: knownLine)
            case .mapping:
                // Each entry takes four bytes at least: key, key line, kind and line.
                guard let count = number(), count <= (bytes.count - offset) / 4 else { return nil }
                var entries: [Entry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = optionalText(), let keyLine = number(), let value = node(depth: depth + 1) else {
                        return nil
                    }
                    entries.append(Entry(key: key, keyLine: keyLine == 0 ? nil : keyLine, value: value))
                }
                return .mapping(entries, line: knownLine)
            }
        }

        private mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// A varint of at most nine bytes, so that it fits an Int.
        private mutating func number() -> Int? {
            var value = 0
            for shift in stride(from: 0, to: 63, by: 7) {
                guard let byte = byte() else { return nil }
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
            }
            return nil
        }

        /// UTF-8 text of the length before it; nil for bytes that are not valid UTF-8.
        private mutating func text() -> String? {
            guard let count = number() else { return nil }
            return utf8(count)
        }

        /// A mapping key: `.some(nil)` for a key that is no text, nil for bytes that are no key.
        private mutating func optionalText() -> String?? {
            guard let count = number() else { return nil }
            guard count > 0 else { return .some(nil) }
            return utf8(count - 1).map { .some($0) }
        }

        private mutating func utf8(_ count: Int) -> String? {
            guard count <= bytes.count - offset else { return nil }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
            offset += count
            // ASCII is valid UTF-8 as it is; only other text needs the (slower) check.
            if !slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self) }
            return String(validating: slice, as: UTF8.self)
        }
    }
}

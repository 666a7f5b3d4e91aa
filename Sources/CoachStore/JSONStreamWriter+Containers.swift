/// The `Encoder` a value writes itself to: one value, in one container, at the output's end.
struct JSONStreamEncoder: Encoder {
    let output: JSONOutput
    /// Where this value's bytes start: a second container for the same value is refused.
    let start: Int
    let pathDepth: Int

    var codingPath: [any CodingKey] { Array(output.path.prefix(pathDepth)) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Refuses a second container for the same value, which cannot be written in one pass.
    private func checkFirst() {
        if output.bytes.count != start { _ = output.unsupported("a value asked for a second container") }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        checkFirst()
        let id = output.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        return KeyedEncodingContainer(JSONKeyedWriter<Key>(output: output, id: id, pathDepth: pathDepth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        checkFirst()
        let id = output.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
        return JSONUnkeyedWriter(output: output, id: id, pathDepth: pathDepth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        checkFirst()
        return JSONSingleValueWriter(output: output, start: start, pathDepth: pathDepth)
    }
}

/// A key for an element of a list, on the coding path.
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) {
        intValue = index
    }

    init?(stringValue: String) {
        nil
    }

    init?(intValue: Int) {
        self.intValue = intValue
    }
}

/// An object being written: each element's comma, key and value.
struct JSONKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONOutput
    let id: Int
    let pathDepth: Int

    var codingPath: [any CodingKey] { Array(output.path.prefix(pathDepth)) }

    private func start(_ key: Key) throws {
        try output.nextElement(of: id)
        output.key(key)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try start(key)
        output.null()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try start(key)
        output.bool(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try start(key)
        output.string(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try start(key)
        try output.double(value)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try start(key)
        try output.double(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }

    private func integer(_ value: some FixedWidthInteger, _ key: Key) throws {
        try start(key)
        output.integer(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try start(key)
        try output.value(value, at: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        startNested(key)
        let nested = output.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"), key: key)
        return KeyedEncodingContainer(
            JSONKeyedWriter<NestedKey>(output: output, id: nested, pathDepth: output.path.count))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        startNested(key)
        let nested = output.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]"), key: key)
        return JSONUnkeyedWriter(output: output, id: nested, pathDepth: output.path.count)
    }

    /// Starts a nested container's element; a misuse is kept and thrown at the end, as this cannot throw.
    private func startNested(_ key: Key) {
        do {
            try start(key)
        } catch {
            output.key(key)
        }
    }

    mutating func superEncoder() -> any Encoder {
        _ = output.unsupported("a value asked for a super encoder")
        return JSONStreamEncoder(output: output, start: -1, pathDepth: pathDepth)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder()
    }
}

/// A list being written: each element's comma and value.
struct JSONUnkeyedWriter: UnkeyedEncodingContainer, JSONElementWriter {
    let output: JSONOutput
    let id: Int
    let pathDepth: Int
    private(set) var count = 0

    init(output: JSONOutput, id: Int, pathDepth: Int) {
        self.output = output
        self.id = id
        self.pathDepth = pathDepth
    }

    var codingPath: [any CodingKey] { Array(output.path.prefix(pathDepth)) }

    mutating func begin() throws {
        try output.nextElement(of: id)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try output.value(value, at: JSONIndexKey(count - 1))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        startNested()
        let nested = output.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"), key: JSONIndexKey(count - 1))
        return KeyedEncodingContainer(
            JSONKeyedWriter<NestedKey>(output: output, id: nested, pathDepth: output.path.count))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        startNested()
        let nested = output.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]"), key: JSONIndexKey(count - 1))
        return JSONUnkeyedWriter(output: output, id: nested, pathDepth: output.path.count)
    }

    /// Starts a nested container's element; a misuse is kept and thrown at the end, as this cannot throw.
    private mutating func startNested() {
        do {
            try begin()
        } catch {
            count += 1
        }
    }

    mutating func superEncoder() -> any Encoder {
        _ = output.unsupported("a value asked for a super encoder")
        return JSONStreamEncoder(output: output, start: -1, pathDepth: pathDepth)
    }
}

/// A single value being written; a second one for the same value is refused.
struct JSONSingleValueWriter: SingleValueEncodingContainer, JSONElementWriter {
    let output: JSONOutput
    let start: Int
    let pathDepth: Int

    var codingPath: [any CodingKey] { Array(output.path.prefix(pathDepth)) }

    func begin() throws {
        guard output.bytes.count == start else { throw output.unsupported("a single value was written twice") }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try output.value(value, at: nil)
    }
}

/// The primitives of a list's element or a single value: each readies its place, then writes itself.
protocol JSONElementWriter {
    var output: JSONOutput { get }
    /// Readies the next element (its comma), or refuses a second single value.
    mutating func begin() throws
}

extension JSONElementWriter {
    mutating func encodeNil() throws {
        try begin()
        output.null()
    }

    mutating func encode(_ value: Bool) throws {
        try begin()
        output.bool(value)
    }

    mutating func encode(_ value: String) throws {
        try begin()
        output.string(value)
    }

    mutating func encode(_ value: Double) throws {
        try begin()
        try output.double(value)
    }

    mutating func encode(_ value: Float) throws {
        try begin()
        try output.double(value)
    }

    mutating func encode(_ value: Int) throws { try integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }

    private mutating func integer(_ value: some FixedWidthInteger) throws {
        try begin()
        output.integer(value)
    }
}

import CoachEngine
import Foundation

/// The JSON of lists written before, each under a key (a session's id), for `ListKeepingEncoder`:
/// lets the store write a session's /back history once, and at each later save only the states
/// the turn added.
///
/// It holds at most `limit` lists (all are let go when one more comes), so memory stays bounded
/// however many people talk; a list let go is written whole at its next save, as before.
public final class KeptLists: @unchecked Sendable {
    /// One list: the elements it was written from, where each element's JSON ends, and the JSON
    /// of the elements joined by commas, without brackets.
    struct List {
        var elements: Any
        var ends: [Int]
        var bytes: [UInt8]
    }

    public let limit: Int
    private let lock = NSLock()
    private var lists: [String: List] = [:]

    public init(limit: Int = 2_048) {
        self.limit = max(1, limit)
    }

    /// How many lists are kept.
    public var count: Int {
        lock.withLock { lists.count }
    }

    /// The list kept under a key, handed over: it is not kept while it is written.
    func take(_ key: String) -> List? {
        lock.withLock { lists.removeValue(forKey: key) }
    }

    func keep(_ list: List, under key: String) {
        lock.withLock {
            if lists.count >= limit { lists.removeAll(keepingCapacity: true) }
            lists[key] = list
        }
    }
}

extension JSONStreamEncoder: ListKeepingEncoder {
    func encodeList<Element: Equatable, Item: Encodable>(_ elements: [Element], item: (Int) -> Item) throws {
        guard output.bytes.count == start else { throw output.unsupported("a value asked for a second container") }
        guard let kept = output.kept else {
            var list = unkeyedContainer()
            for index in elements.indices { try list.encode(item(index)) }
            return
        }
        var list = kept.lists.take(kept.key) ?? List(elements: [Element](), ends: [], bytes: [])
        let old = list.elements as? [Element] ?? []
        var same = 0
        while same < min(old.count, elements.count), old[same] == elements[same] { same += 1 }
        list.ends.removeSubrange(same...)
        list.bytes.removeSubrange((list.ends.last ?? 0)...)
        let writer = JSONStreamWriter()
        for index in same..<elements.count {
            if index > 0 { list.bytes.append(UInt8(ascii: ",")) }
            list.bytes += try writer.encode(item(index))
            list.ends.append(list.bytes.count)
        }
        list.elements = elements
        output.bytes.append(UInt8(ascii: "["))
        output.bytes += list.bytes
        output.bytes.append(UInt8(ascii: "]"))
        kept.lists.keep(list, under: kept.key)
    }

    private typealias List = KeptLists.List
}

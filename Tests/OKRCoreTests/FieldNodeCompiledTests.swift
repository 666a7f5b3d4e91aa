import Foundation
import OKRCore
import TestSupport
import Testing

/// The compiled form of a locale file: it reads back to the very tree it was made from, and bytes
/// that are not such a tree (cut short, changed, nested without end, claiming more than there is,
/// not UTF-8) read as nil, never as a crash or another text.
struct FieldNodeCompiledTests {
    private func tree(_ code: String) throws -> FieldNode {
        let file = TestLanguages.folder.appendingPathComponent("\(code).yaml")
        return try YAMLFields.tree(of: String(contentsOf: file, encoding: .utf8), source: file.path)
    }

    private func read(_ bytes: [UInt8]) -> FieldNode? {
        bytes.withUnsafeBytes { FieldNode(compiled: $0) }
    }

    @Test(arguments: TestLanguages.codes)
    func everyLocaleReadsBackToTheSameTree(_ code: LanguageCode) throws {
        let tree = try tree(code.rawValue)
        #expect(read(tree.compiled) == tree)
    }

    @Test func textsKeepTheirStyleLinesAndKeysThatAreNoText() throws {
        let yaml = "a: ''\nb:\nc: [x, \"y\"]\n[k]: v\nd:\n  e: 'æ ø å – “quoted”'\n"
        let tree = try YAMLFields.tree(of: yaml, source: "test.yaml")
        #expect(read(tree.compiled) == tree)
        guard case .mapping(let entries, _) = tree else {
            Issue.record("no mapping")
            return
        }
        #expect(entries.map(\.key) == ["a", "b", "c", nil, "d"])
        #expect(entries.map(\.keyLine) == [1, 2, 3, 4, 5])
        #expect(entries[0].value == .text("", plain: false, line: 1))
        #expect(entries[1].value == .text("", plain: true, line: 2))
        let fields = try YAMLFields(tree, source: "test.yaml")
        #expect(try fields.strings("b") == [])
        #expect(try fields.fields("d").string("e") == "æ ø å – “quoted”")
    }

    @Test func bytesCutShortAnywhereReadAsNothing() throws {
        let bytes = try tree("en").compiled
        // Every length would take minutes on a 60 kB tree; every length near both ends and a stride between.
        let lengths = Array(0..<200) + Array(stride(from: 200, to: bytes.count, by: 97)) + [bytes.count - 1]
        for length in lengths {
            #expect(read(Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(read(bytes + [0]) == nil)
    }

    @Test func changedBytesNeverCrash() throws {
        let original = try tree("nb")
        let bytes = original.compiled
        var generator = SeededGenerator(seed: 12)
        var refused = 0
        for _ in 0..<300 {
            var changed = bytes
            // A byte of the structure (kinds, counts, lengths) near the start, where a change shifts everything after it.
            let index = Int.random(in: 0..<64, using: &generator)
            changed[index] = changed[index] ^ UInt8.random(in: 1...255, using: &generator)
            if read(changed) == nil { refused += 1 }
        }
        // Within a text a changed byte can still be a tree; the cache's checksum catches those.
        #expect(refused > 150)
    }

    @Test func hostileBytesReadAsNothing() {
        // A list nested far deeper than any locale: refused, not a stack overflow.
        let deep: [UInt8] = Array(repeating: [UInt8]([2, 1, 1]), count: 100_000).flatMap { $0 } + [0, 1, 0]
        #expect(read(deep) == nil)
        // A list that claims more items than there are bytes, with the largest count a varint holds.
        let claiming: [UInt8] = [2, 1] + Array(repeating: 0xFF, count: 8) + [0x7F]
        #expect(read(claiming) == nil)
        // A varint that does not end.
        let endless: [UInt8] = [0] + Array(repeating: 0x80, count: 20)
        #expect(read(endless) == nil)
        // Text that is not UTF-8.
        #expect(read([0, 1, 2, 0xC3, 0x28]) == nil)
        // A kind there is none of, and nothing at all.
        #expect(read([9, 1, 0]) == nil)
        #expect(read([]) == nil)
        // A text of a million bytes with a length that says so reads; one byte short it does not.
        var long: [UInt8] = [0, 1]
        FieldNode.appendVarint(1_000_000, to: &long)
        long += Array(repeating: UInt8(ascii: "x"), count: 1_000_000)
        #expect(read(long) == .text(String(repeating: "x", count: 1_000_000), plain: true, line: 1))
        #expect(read(Array(long.dropLast())) == nil)
    }
}

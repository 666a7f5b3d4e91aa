import Foundation
import OKRCore
import Testing

/// The byte-buffer JSON writer behind `check --format json` and every other JSON okrcoach writes.
struct JSONWriterTests {
    @Test func layoutIsTwoSpacesAnIndentAsBefore() {
        let value = JSONValue.object([
            ("empty", .array([])), ("none", .object([])),
            ("list", .array([.int(1), .string("x"), .object([("deep", .bool(false))])])), ("last", .null),
        ])
        #expect(
            value.rendered() == """
                {
                  "empty": [],
                  "none": {},
                  "list": [
                    1,
                    "x",
                    {
                      "deep": false
                    }
                  ],
                  "last": null
                }
                """)
        #expect(JSONValue.array([.int(-42), .int(0)]).rendered(indent: 1) == "[\n    -42,\n    0\n  ]")
    }

    /// Every C0 control, DEL, every C1 control and the characters JSON must escape, among
    /// multi-byte text: a real JSON parser reads back the same string, and no control byte
    /// (nor the two-byte form of a C1 control) is left in the output.
    @Test func everyControlIsEscapedAndReadsBack() throws {
        var hostile = "quote \" backslash \\ ø ✓ 😀 "
        for value in Array(0x00...0x20) + Array(0x7E...0xA0) {
            hostile.unicodeScalars.append(Unicode.Scalar(value)!)
            hostile += "a"
        }
        let text = JSONValue.object([(hostile, .array([.string(hostile)]))]).rendered()
        let bytes = Array(text.utf8)
        #expect(!bytes.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F })
        #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) })
        #expect(text.contains("\\u001b") && text.contains("\\u007f") && text.contains("\\u009b"))
        #expect(text.contains("\\n") && text.contains("\\t") && text.contains("\\r"))
        #expect(VisibleText.of(text) == text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String]])
        #expect(object == [hostile: [hostile]])
        #expect(JSONValue.quoted("\u{85}\u{7F}\u{1B}") == "\"\\u0085\\u007f\\u001b\"")
    }

    @Test func wholeNumbersOfEveryMagnitude() throws {
        let numbers = [0, 7, -7, 10, 1_000_000, Int.max, Int.min]
        let text = JSONValue.array(numbers.map(JSONValue.int)).rendered()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [NSNumber])
        #expect(parsed.map(\.int64Value) == numbers.map(Int64.init))
    }

    /// A report of many findings goes out in pieces; together they are the whole text.
    @Test func aLongReportIsStreamedInPieces() throws {
        let findings = (1...2_000).map { (number: Int) in
            Finding(
                rule: .keyResultVague, objective: number, keyResult: 1,
                message: "Key result \(number) says \"about\"\u{1B}[2J", hint: "Name the number.")
        }
        let report = Report(language: LanguageCode("en"), findings: findings, set: OKRSet())
        var pieces: [[UInt8]] = []
        JSONReport.write([("a.yaml", report)], asArray: false) { pieces.append($0) }
        #expect(pieces.count > 1)
        let streamed = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(streamed == JSONReport.render(report) + "\n")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any])
        #expect((parsed["findings"] as? [Any])?.count == 2_000)

        var array: [[UInt8]] = []
        JSONReport.write([("a.yaml", report), ("b.yaml", report)], asArray: true) { array.append($0) }
        let both = String(decoding: array.joined(), as: UTF8.self)
        #expect(both == JSONReport.render([("a.yaml", report), ("b.yaml", report)]) + "\n")
    }
}

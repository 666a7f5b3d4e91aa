import Foundation
import OKRCore
import Testing

/// The ordered JSON writer: numbers as short as they read back, and literals.
struct JSONValueTests {
    @Test func numbersAreWrittenShort() {
        #expect(JSONValue.number(700).rendered() == "700")
        #expect(JSONValue.number(-2).rendered() == "-2")
        #expect(JSONValue.number(0.75).rendered() == "0.75")
        #expect(JSONValue.number(99.9).rendered() == "99.9")
        #expect(JSONValue.number(.nan).rendered() == "null")
        #expect(JSONValue.number(.infinity).rendered() == "null")
    }

    @Test func literalsAndOptionals() throws {
        let value = JSONValue.object([
            ("done", .bool(true)), ("note", .optional(nil as String?, JSONValue.string)),
            ("grade", .optional(0.7, JSONValue.number)), ("tiny", .number(1e-7)), ("huge", .number(1e20)),
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any])
        #expect(object["done"] as? Bool == true)
        #expect(object["note"] is NSNull)
        #expect(object["grade"] as? Double == 0.7)
        #expect(object["tiny"] as? Double == 1e-7)
        #expect(object["huge"] as? Double == 1e20)
    }
}

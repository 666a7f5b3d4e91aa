import OKRCore
import Testing

/// Text without aliases is counted in the tree Yams builds, not parsed twice; the limit and the
/// line it names must be those of counting the text.
struct YAMLNodeLimitTests {

    private func refusal(_ text: String) -> InputError? {
        do {
            _ = try YAMLDocument.compose(text, source: "big.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aTreeWithoutAliasesOverTheLimitIsRefusedAtTheLineThatPassesIt() {
        // The list and 100,000 values: the 100,000th value, on line 100,000, is the 100,001st node.
        let text = String(repeating: "- a\n", count: 100_000)
        #expect(refusal(text) == InputError(source: "big.yaml", line: 100_000, .yamlTooManyValues, ["limit": "100000"]))
    }

    @Test func aTreeWithoutAliasesAtTheLimitIsRead() throws {
        let text = String(repeating: "- a\n", count: 99_999)
        let root = try YAMLDocument.compose(text, source: "big.yaml")
        #expect(root?.sequence?.count == 99_999)
    }

    /// Yams refuses the repeated key; the limit is still what the file is refused for, as before.
    @Test func theLimitComesBeforeOtherFaults() {
        let text = "a: 1\na: 2\nb:\n" + String(repeating: "- x\n", count: 100_000)
        #expect(refusal(text) == InputError(source: "big.yaml", line: 99_997, .yamlTooManyValues, ["limit": "100000"]))
    }

    /// Hostile text without a '*': broken YAML, controls, a lone key, an empty file.
    @Test func brokenTextWithoutAliasesIsRefusedAsBefore() throws {
        #expect(refusal("a: [1, 2\n")?.message.contains("YAML") == true)
        #expect(refusal("a: \u{0007}\n") != nil)
        #expect(try YAMLDocument.compose("", source: "empty.yaml") == nil)
        #expect(try YAMLDocument.compose("a: NaN\n", source: "n.yaml")?["a"]?.string == "NaN")
    }
}

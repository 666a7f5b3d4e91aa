import TestSupport
import Testing

@testable import OKRCore

/// `check` composes most files straight from libyaml's events (`PlainNode`), not through Yams'
/// tree: whatever a file holds, it must read to the same set, warnings and error (file, line and
/// words) as Yams would read it, or be left to Yams.
struct PlainNodeTests {
    private typealias Outcome = Result<ReadResult, InputError>

    private func outcome(_ text: String, _ read: (String) throws(InputError) -> ReadResult) -> Outcome {
        do throws(InputError) {
            return .success(try read(text))
        } catch {
            return .failure(error)
        }
    }

    /// The file read as `check` reads it, and as Yams' tree reads it.
    private func bothWays(_ text: String) -> (plain: Outcome, yams: Outcome) {
        let languages = Set(TestLanguages.codes)
        let topics = TestLanguages.retroTopics
        return (
            outcome(text) { text throws(InputError) in
                try CheckFileReader.read(text, source: "okrs.yaml", languages: languages, retroTopics: topics)
            },
            outcome(text) { text throws(InputError) in
                try CheckFileReader.readWithYams(text, source: "okrs.yaml", languages: languages, retroTopics: topics)
            }
        )
    }

    private func composesPlainly(_ text: String) -> Bool {
        PlainNode.compose(text, limit: InputLimits.maximumYAMLNodes) != nil
    }

    /// Thousands of random files, well-formed and broken: each reads the same both ways, and most
    /// of those that read at all are composed plainly, so the comparison is not of Yams with itself.
    @Test func randomFilesReadAsYamsReadsThem() {
        var samples = CheckFileSamples(seed: 12)
        var plain = 0
        var read = 0
        for number in 0..<4_000 {
            let text = samples.file()
            let (fast, yams) = bothWays(text)
            #expect(fast == yams, "sample \(number):\n\(text)")
            if case .success = yams { read += 1 }
            if composesPlainly(text) { plain += 1 }
        }
        #expect(read > 400)
        #expect(plain > 600)
    }

    /// Hostile values and shapes, each read the same both ways.
    @Test(arguments: [
        // Huge, negative and non-finite numbers, and impossible days.
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        baseline: 1e999\n",
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        target: -99999999999999999999\n",
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        weight: -1\n",
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        grade: .nan\n",
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        check_ins:\n          - date: 99999-01-01\n",
        "objectives:\n  - title: A\n    key_results:\n      - text: B\n        check_ins:\n"
            + "          - {date: 2026-11-21, confidence: 1e999, value: -.inf}\n",
        // Malformed YAML.
        "objectives:\n  - title: A\n   key_results: [\n", "objectives: [\n", "objectives:\n- a\n - b\n", "{",
        "objectives: []\n---\nobjectives: []\n", "objectives: []\n...\n", "? [a]\n: b\nobjectives: []\n",
        // Control characters, NUL, and text Foundation reads differently at its start.
        "objectives:\n  - \"bell \\a and NUL \\0\"\n", "objectives:\n  - \"\\e[31mred\"\n",
        "objectives:\n  - a\u{7}b\n",
        "objectives:\n  - a\u{0}b\n", "objectives:\n  - \"\\uFEFFbom\"\n", "objectives:\n  - \"\\x85\\u2028\"\n",
        "objectives:\n  - \"\\uD800\"\n", "objectives:\n  - \u{FFFD}\u{FFFD}\n", "\u{FEFF}objectives: []\n",
        // Keys given twice, also as canonically equivalent texts, and null in each style.
        "objectives: []\nobjectives: []\n", "objectives: []\nt\u{E9}am: a\nte\u{301}am: b\n",
        "objectives: []\n'team': a\nteam: b\n", "objectives: ~\n", "objectives: 'null'\n", "objectives: null\n",
        "objectives:\n", "objectives: NULL\nteam: ''\n",
        // Aliases, anchors and tags, left to Yams.
        "objectives: &o [a]\nteam: *o\n", "objectives: !!seq [a]\n", "objectives: [!!str 1]\n", "objectives: *x\n",
        // No document, or not a mapping.
        "", "# only a comment\n", "- a\n", "plain\n", "---\n",
    ])
    func hostileFilesReadAsYamsReadsThem(_ text: String) {
        let (fast, yams) = bothWays(text)
        #expect(fast == yams)
    }

    @Test func deepNestingReadsAsYamsReadsIt() {
        for depth in [10, 999, 1_001, 5_000] {
            let flow = "objectives: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let block =
                "objectives:\n"
                + (1...min(depth, 300)).map { String(repeating: " ", count: $0) + "- a:" }
                .joined(separator: "\n")
            for text in [flow, block] {
                let (fast, yams) = bothWays(text)
                #expect(fast == yams, "depth \(depth)")
            }
        }
    }

    /// What the composer leaves to Yams, so that Yams may read or refuse it as it always has.
    @Test func whatThePlainTreeCannotHoldIsLeftToYams() {
        #expect(composesPlainly("objectives: []\n"))
        #expect(!composesPlainly(""))
        #expect(!composesPlainly("objectives: &o []\n"))
        #expect(!composesPlainly("objectives: !!seq []\n"))
        #expect(!composesPlainly("objectives: []\nobjectives: []\n"))
        #expect(!composesPlainly("objectives: []\nt\u{E9}am: a\nte\u{301}am: b\n"))
        #expect(!composesPlainly("? [a]\n: b\n"))
        #expect(!composesPlainly("objectives: [\"\\uFEFFbom\"]\n"))
        #expect(!composesPlainly("a: 1\n---\nb: 2\n"))
        #expect(!composesPlainly("objectives: [\n"))
        let manyKeys = (0..<100).map { "k\($0): v" }.joined(separator: "\n")
        #expect(!composesPlainly(manyKeys))
        #expect(bothWays(manyKeys).plain == bothWays(manyKeys).yams)
    }

    /// The node limit counts as Yams' tree does: 100,000 values read (the mapping, its key, the list
    /// and 99,997 items), one more is refused naming its line, by Yams.
    @Test func theNodeLimitIsYams() {
        let atLimit = "objectives:\n" + String(repeating: "- a\n", count: 99_997)
        #expect(composesPlainly(atLimit))
        let over = atLimit + "- a\n"
        #expect(!composesPlainly(over))
        #expect(
            bothWays(over).plain
                == .failure(InputError(source: "okrs.yaml", line: 99_999, .yamlTooManyValues, ["limit": "100000"])))
    }

    /// A large file of the shape `check` is timed on reads plainly, to the set Yams reads.
    @Test func aLargeFileReadsPlainlyAsYamsReadsIt() throws {
        var samples = SeededGenerator(seed: 7)
        let texts = CheckFileSamples.values.prefix(4)
        var lines = ["cycle: 2027-Q1", "objectives:"]
        for number in 0..<3_000 {
            lines.append("- title: Objective \(number) so that clinics stay")
            lines.append("  key_results:")
            for _ in 0..<3 { lines.append("  - \(samples.pick(Array(texts))) \(samples.below(1_000))") }
        }
        let text = lines.joined(separator: "\n")
        #expect(composesPlainly(text))
        let (fast, yams) = bothWays(text)
        #expect(fast == yams)
        #expect(try fast.get().set.objectives.count == 3_000)
    }
}

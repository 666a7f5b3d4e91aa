import OKRCore
import Testing

/// `okrcoach: ignore` comments switch rules off for the entry on or below their line.
struct InlineSuppressionsTests {
    private let checker = Checker(languages: TestLanguages.shared)

    private func rules(_ text: String, _ format: SetReader.Format) throws -> [(RuleID, Int?)] {
        let result = try SetReader.read(
            text, source: "okrs", format: format, languages: TestLanguages.shared,
            retroTopics: TestLanguages.retroTopics)
        return checker.check(result.set, suppressions: result.suppressions).findings.map { ($0.rule, $0.line) }
    }

    @Test func yamlCommentAboveOrAtTheEndOfTheLine() throws {
        let plain = """
            cycle: 2027-Q1
            objectives:
              - title: Grow revenue in order to invest
                key_results:
                  - Reach 6000 paid subscriptions
                  - Reach 80 NPS
            """
        #expect(try rules(plain, .checkFile).filter { $0.0 == .keyResultNoBaseline }.map(\.1) == [5, 6])
        let silenced = """
            cycle: 2027-Q1
            objectives:
              - title: Grow revenue in order to invest
                key_results:
                  # okrcoach: ignore kr-no-baseline
                  - Reach 6000 paid subscriptions
                  - Reach 80 NPS  # okrcoach: ignore kr-no-baseline, kr-vague
            """
        #expect(try rules(silenced, .checkFile).filter { $0.0 == .keyResultNoBaseline }.isEmpty)
    }

    @Test func markdownCommentAboveTheLine() throws {
        let outline = """
            # Grow revenue in order to invest
            <!-- okrcoach: ignore kr-no-baseline kr-no-deadline -->
            - Reach 6000 paid subscriptions
            - Reach 80 NPS
            """
        let found = try rules(outline, .outline)
        #expect(found.filter { $0.0 == .keyResultNoBaseline }.map(\.1) == [4])
        #expect(found.filter { $0.0 == .keyResultNoDeadline }.map(\.1) == [4])
    }

    @Test func aMarkdownCommentIsNotPartOfTheText() throws {
        let outline = "# Grow revenue in order to invest\n- Reach 80 NPS <!-- okrcoach: ignore kr-vague --> by June\n"
        let result = try SetReader.read(
            outline, source: "okrs.md", format: .outline, languages: TestLanguages.shared,
            retroTopics: TestLanguages.retroTopics)
        #expect(result.set.objectives.first?.keyResults.map(\.text) == ["Reach 80 NPS  by June"])
    }

    @Test func onlyRealCommentsCount() throws {
        // A '#' inside a word is no YAML comment; '#' in Markdown is a heading, not a comment.
        let yaml = InlineSuppressions("title: Grow#okrcoach: ignore kr-vague\n", format: .checkFile, source: "a")
        #expect(yaml.rules.isEmpty)
        let markdown = InlineSuppressions("# okrcoach: ignore kr-vague\n", format: .outline, source: "a")
        #expect(markdown.rules.isEmpty)
    }

    @Test func wrongDirectivesWarnWithTheLine() {
        let text = "a: 1\n# okrcoach: ignore kr-nope\n# okrcoach: ignore\n# okrcoach: disable kr-vague\n"
        let suppressions = InlineSuppressions(text, format: .checkFile, source: "okrs.yaml")
        #expect(
            suppressions.warnings.map(\.said) == [
                "okrs.yaml:2: okrcoach: ignore: unknown rule 'kr-nope'",
                "okrs.yaml:3: okrcoach: ignore names no rule id",
                "okrs.yaml:4: okrcoach: expected 'ignore' and rule ids, found 'disable'",
            ])
        #expect(suppressions.rules.isEmpty)
    }

    @Test func hostileCommentsAreHandled() {
        let long = String(repeating: "x", count: 100_000)
        let many = Array(repeating: "kr-vague", count: 10_000).joined(separator: ",")
        let text = "# okrcoach: ignore \(long)\n# okrcoach: ignore \(many)\n# okrcoach: ignore kr-\u{0}\u{1B}[2J\r\n"
        let suppressions = InlineSuppressions(text, format: .checkFile, source: "a")
        #expect(suppressions.warnings.count == 2)
        #expect(suppressions.warnings[0].message.count < 200, "a huge word is shortened in the message")
        #expect(suppressions.rules[3] == [.keyResultVague])
    }
}

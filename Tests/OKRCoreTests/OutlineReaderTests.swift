import OKRCore
import Testing

/// Markdown outlines in any of the four languages read as sets.
struct OutlineReaderTests {
    private func read(_ text: String) throws -> OKRSet {
        try OutlineReader.read(
            text, source: "okrs.md", languages: TestLanguages.shared, retroTopics: TestLanguages.retroTopics
        ).set
    }

    @Test func headingsWithListItems() throws {
        let set = try read(
            """
            # Growth team, 2027-Q1

            ## Grow revenue in order to secure our lead
            Some notes that are not key results.
            - Increase subscriptions from 3500 to 6000 by 31 March
            - Improve retention from 68% to 75%
              - a note under a key result

            ## Delight clinics so that they stay
            1. Raise NPS from 30 to 45
            """)
        #expect(
            set.objectives.map(\.title) == [
                "Grow revenue in order to secure our lead", "Delight clinics so that they stay",
            ])
        #expect(set.objectives.map(\.line) == [3, 9])
        #expect(
            set.objectives[0].keyResults.map(\.text) == [
                "Increase subscriptions from 3500 to 6000 by 31 March", "Improve retention from 68% to 75%",
            ])
        #expect(set.objectives[0].keyResults.map(\.line) == [5, 6])
        #expect(set.objectives[1].keyResults.map(\.text) == ["Raise NPS from 30 to 45"])
    }

    @Test(arguments: [
        ("Objective: Grow revenue\nKR: Increase A from 1 to 2\nKR2: Increase B from 1 to 2\n", "en"),
        ("Mål: Øke inntektene\nNøkkelresultat: Øke A fra 1 til 2\nKR 2 - Øke B fra 1 til 2\n", "nb"),
        ("Mål 1: Öka intäkterna\nNyckelresultat 1: Öka A från 1 till 2\nNyckelresultat 2: Öka B från 1 till 2\n", "sv"),
        ("Doelstelling: Omzet verhogen\nKernresultaat: A verhogen van 1 naar 2\nKR 2: B verhogen van 1 naar 2\n", "nl"),
    ])
    func keywordLines(_ text: String, _ language: String) throws {
        let set = try read(text)
        #expect(set.objectives.count == 1)
        #expect(set.objectives[0].keyResults.count == 2)
        #expect(set.objectives[0].keyResults.map(\.line) == [2, 3])
        #expect(!set.objectives[0].title.contains(":"))
    }

    @Test func keywordsWinOverHeadingsAndTakeEmphasis() throws {
        let set = try read("# Q1\n**O1:** Grow revenue\n- [ ] Increase A from 1 to 2\n- [x] Increase B from 1 to 2\n")
        #expect(set.objectives.map(\.title) == ["Grow revenue"])
        #expect(set.objectives[0].keyResults.map(\.text) == ["Increase A from 1 to 2", "Increase B from 1 to 2"])
    }

    @Test func nestedListsWithoutHeadings() throws {
        let set = try read(
            "- Grow revenue\n  - Increase A from 1 to 2\n  - Increase B\n    from 1 to 2\n- Delight clinics\n")
        #expect(set.objectives.map(\.title) == ["Grow revenue", "Delight clinics"])
        #expect(set.objectives[0].keyResults.map(\.text) == ["Increase A from 1 to 2", "Increase B from 1 to 2"])
        #expect(set.objectives[1].keyResults.isEmpty)
    }

    @Test func frontMatterGivesTheHeader() throws {
        let set = try read(
            "---\nlang: sv\ncycle: 2027-Q1\nparents:\n  - id: C1\n---\n# Öka intäkterna\n- Öka A från 1 till 2\n")
        #expect(set.lang == LanguageCode("sv"))
        #expect(set.cycle == "2027-Q1")
        #expect(set.parents.map(\.id) == ["C1"])
        #expect(set.objectives[0].line == 7)
    }

    @Test func badFrontMatterNamesItsLine() {
        #expect(
            throws: InputError(source: "okrs.md", line: 3, .unknownLanguage, ["code": "fr", "known": "en, nb, nl, sv"])
        ) {
            try read("---\ncycle: Q1\nlang: fr\n---\n# A\n- b\n")
        }
    }

    @Test func noObjectivesIsAnError() {
        #expect(throws: InputError.self) {
            try read("Just some prose about our plans.\n")
        }
    }

    @Test func aWordThatStartsLikeAKeywordIsNoKeyword() throws {
        let set = try read("# Objective-driven growth so that we scale\n- Our revenue from 1 to 2 MNOK\n")
        #expect(set.objectives[0].title == "Objective-driven growth so that we scale")
        #expect(set.objectives[0].keyResults.map(\.text) == ["Our revenue from 1 to 2 MNOK"])
    }

    // MARK: - No line dropped without a word

    /// The lines a reading warned of, as "LINE: message".
    private func unread(_ text: String) throws -> [String] {
        try OutlineReader.read(
            text, source: "okrs.md", languages: TestLanguages.shared, retroTopics: TestLanguages.retroTopics
        ).warnings.map { warning in
            "\(warning.line ?? 0): \(warning.message)"
        }
    }

    @Test func anItemAboveTheObjectivesIsNamed() throws {
        let text = "   - Grow revenue so that we win\n - Increase x from 1 to 2\n"
        #expect(try unread(text) == ["1: not read: 'Grow revenue so that we win' comes before the first objective"])
    }

    @Test func aTabbedItemDeeperThanTheKeyResultsIsNamed() throws {
        let text = "- Grow revenue\n  - Increase A from 1 to 2\n\t- Increase B from 1 to 2\n"
        #expect(try read(text).objectives[0].keyResults.map(\.text) == ["Increase A from 1 to 2"])
        #expect(
            try unread(text) == [
                "3: not read: 'Increase B from 1 to 2' is nested under a key result, and key results have no sub-items"
            ])
    }

    @Test func notesAndProseAreNamedButHeadingsRulesAndBlankLinesAreNot() throws {
        let text = """
            # Growth team, 2027-Q1

            ## Grow revenue in order to secure our lead
            Some notes that are not key results.
            - Increase subscriptions from 3500 to 6000 by 31 March
              - a note under a key result
            - Improve retention
              from 68% to 75%
            ***

            ## Delight clinics so that they stay
            1. Raise NPS from 30 to 45
            """
        #expect(
            try unread(text) == [
                "4: not read: 'Some notes that are not key results.' is neither an objective nor a key result",
                "6: not read: 'a note under a key result' is nested under a key result, and key results have no sub-items",
            ])
    }

    @Test func anUnclosedFrontMatterIsNamedLineByLine() throws {
        #expect(
            try unread("---\nlang: nb\n# Vekst\n- Øke A fra 1 til 2\n") == [
                "2: not read: 'lang: nb' comes before the first objective"
            ])
    }

    @Test func aLongLineIsQuotedShort() throws {
        let prose = String(repeating: "word ", count: 40)
        let warning = try #require(try unread("# Grow\n\(prose)\n- Increase A from 1 to 2\n").first)
        #expect(warning == "2: not read: '\(prose.prefix(59))…' is neither an objective nor a key result")
    }
}

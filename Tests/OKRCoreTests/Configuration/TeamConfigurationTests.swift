import OKRCore
import Testing

/// `.okrcoach.yaml`: every setting read, every mistake named with its line.
struct TeamConfigurationTests {
    private func read(_ yaml: String) throws -> TeamConfiguration {
        try TeamConfiguration(yaml: yaml, source: ".okrcoach.yaml", languages: Set(TestLanguages.codes))
    }

    private func error(_ yaml: String) -> String? {
        do {
            _ = try read(yaml)
            return nil
        } catch let error as InputError {
            return error.said
        } catch {
            return "\(error)"
        }
    }

    @Test func everySettingIsRead() throws {
        let configuration = try read(
            """
            lang: NB
            max-key-results: 4
            max-objectives: 2
            strict: true
            rules:
              kr-no-baseline: off
              objective-no-purpose: warning
            words:
              activity-verbs: [ship, roll out]
              hedges: [hopefully]
            """)
        #expect(configuration.lang == LanguageCode("nb"))
        #expect(configuration.maxKeyResults == 4 && configuration.maxObjectives == 2 && configuration.strict == true)
        #expect(configuration.rules == [.keyResultNoBaseline: .off, .objectiveNoPurpose: .level(.warning)])
        #expect(configuration.words == [.activityVerbs: ["ship", "roll out"], .hedges: ["hopefully"]])
        #expect(try read("") == TeamConfiguration())
        #expect(try read("# nothing set yet\n") == TeamConfiguration())
    }

    @Test(arguments: [
        ("lang: en\ncolour: red\n", ".okrcoach.yaml:2: unknown key 'colour'"),
        ("rules:\n  kr-nope: off\n", ".okrcoach.yaml:2: rules: unknown rule 'kr-nope'"),
        ("rules:\n  kr-vague: loud\n", ".okrcoach.yaml:2: rules: 'kr-vague' should be off, error, warning or info"),
        ("lang: xx\n", ".okrcoach.yaml:1: unknown language 'xx'"),
        ("strict: yes please\n", ".okrcoach.yaml:1: 'strict' should be true or false"),
        ("max-key-results: -3\n", ".okrcoach.yaml:1: 'max-key-results' should be a whole number of 1 or more"),
        ("max-key-results: 99999999999999999999999\n", ".okrcoach.yaml:1: 'max-key-results' should be a whole number"),
        ("max-objectives: .nan\n", ".okrcoach.yaml:1: 'max-objectives' should be a whole number"),
        ("max-objectives: 1e3\n", ".okrcoach.yaml:1: 'max-objectives' should be a whole number"),
        ("max-objectives: [1]\n", ".okrcoach.yaml:1: 'max-objectives' should be text"),
        ("words:\n  verbs: [ship]\n", ".okrcoach.yaml:2: words: unknown list 'verbs'"),
        (
            "words:\n  hedges: ['{a,b}{c,d}']\n",
            ".okrcoach.yaml:2: words: '{a,b}{c,d}' in 'hedges' should be a plain word"
        ),
        ("words:\n  hedges: [\"a\\u001Bb\"]\n", ".okrcoach.yaml:2: words: 'a?b' in 'hedges' should be a plain word"),
        ("- lang: en\n", ".okrcoach.yaml:1: expected 'key: value' settings"),
        ("lang: [\n", ".okrcoach.yaml:2: invalid YAML"),
    ])
    func mistakesNameTheLine(yaml: String, expected: String) {
        let said = error(yaml)
        #expect(said?.hasPrefix(expected) == true, "\(said ?? "no error")")
    }

    @Test func tooManyWordsAreRefused() {
        let words = (0...TeamConfiguration.maxWords).map { "w\($0)" }.joined(separator: ", ")
        #expect(error("words:\n  hedges: [\(words)]\n")?.contains("more than 500 words") == true)
        #expect(error("words:\n  hedges: [\(String(repeating: "a", count: 81))]\n") != nil)
    }

    @Test func rulesAreSwitchedOffOrReLevelledAndWordsAdded() throws {
        let set = OKRSet(
            lang: LanguageCode("en"), cycle: "2027-Q1",
            objectives: [
                Objective(
                    title: "Grow revenue in order to invest",
                    keyResults: [
                        KeyResult("Evangelize 6000 paid subscriptions", line: 4), KeyResult("Reach 80 NPS", line: 5),
                    ],
                    line: 2)
            ])
        let plain = Checker(languages: TestLanguages.shared).check(set)
        #expect(plain.findings.contains { $0.rule == .keyResultNoBaseline && $0.severity == .warning })
        #expect(!plain.findings.contains { $0.rule == .keyResultIsActivity })
        let configuration = try read("rules:\n  kr-no-baseline: off\nwords:\n  activity-verbs: [evangelize]\n")
        let languages = Languages(TestLanguages.shared.catalogs.values.map { $0.adding(configuration.words) })
        let team = Checker(languages: languages, options: CheckOptions(rules: configuration.rules)).check(set)
        #expect(!team.findings.contains { $0.rule == .keyResultNoBaseline })
        #expect(team.findings.contains { $0.rule == .keyResultIsActivity && $0.line == 4 })
        let fewer = Checker(
            languages: TestLanguages.shared, options: CheckOptions(rules: [.objectiveNoPurpose: .level(.error)]))
        let relevelled = fewer.check(OKRSet(lang: LanguageCode("en"), objectives: [Objective(title: "Grow revenue")]))
        #expect(relevelled.findings.first { $0.rule == .objectiveNoPurpose }?.severity == .error)
        #expect(relevelled.summary.infos == 0)
    }
}

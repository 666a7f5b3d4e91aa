import OKRCore
import Testing

/// The YAML check file of the rule catalogue is read with every entry's line.
struct CheckFileReaderTests: CheckFileReading {
    @Test func readsTheContractExample() throws {
        let result = try read(
            """
            lang: en            # optional
            cycle: 2027-Q1
            team: Growth
            parents:
              - id: C1
                title: Become the first choice for small clinics
            objectives:
              - title: Grow monthly recurring revenue in order to secure our lead
                parent: C1
                key_results:
                  - Increase new paid subscriptions from 3500 to 6000 by 31 March
                  - text: Improve retention from 68% to 75% by the end of Q1
                    owner: Kari
            """)
        let set = result.set
        #expect(set.lang == LanguageCode("en"))
        #expect(set.cycle == "2027-Q1")
        #expect(set.team == "Growth")
        #expect(set.parents == [ParentObjective(id: "C1", title: "Become the first choice for small clinics")])
        #expect(set.objectives.count == 1)
        let objective = set.objectives[0]
        #expect(objective.title == "Grow monthly recurring revenue in order to secure our lead")
        #expect(objective.parent == "C1")
        #expect(objective.line == 8)
        #expect(
            objective.keyResults.map(\.text) == [
                "Increase new paid subscriptions from 3500 to 6000 by 31 March",
                "Improve retention from 68% to 75% by the end of Q1",
            ])
        #expect(objective.keyResults.map(\.line) == [11, 12])
        #expect(objective.keyResults[1].owner == "Kari")
        #expect(result.warnings.isEmpty)
    }

    @Test func emptyKeyResultsAreNoKeyResults() throws {
        let set = try read("objectives:\n  - title: A\n    key_results:\n  - title: B\n    key_results: []\n").set
        #expect(set.objectives.map(\.keyResults.count) == [0, 0])
    }

    @Test func missingAndNullTextsAreEmpty() throws {
        let set = try read(
            "objectives:\n  - title:\n    key_results:\n      - text:\n      - \"\"\n  - key_results: [x]\n"
        ).set
        #expect(set.objectives.map(\.title) == ["", ""])
        #expect(set.objectives[0].keyResults.map(\.text) == ["", ""])
    }

    @Test func scalarsOfOtherTypesAreText() throws {
        let set = try read("cycle: 2027\nobjectives:\n  - title: 42\n    key_results: [yes, 3.5]\n").set
        #expect(set.cycle == "2027")
        #expect(set.objectives[0].title == "42")
        #expect(set.objectives[0].keyResults.map(\.text) == ["yes", "3.5"])
    }

    @Test func unknownKeysAreWarnedOfWithTheirLine() throws {
        let result = try read("objectives:\n  - title: A\n    key_result:\n      - x\n")
        #expect(result.warnings.map(\.said) == ["okrs.yaml:3: unknown key 'key_result' ignored"])
    }

    @Test func badYAMLNamesTheLine() {
        let problem = error("objectives:\n  - title: A\n   key_results: [\n")
        #expect(problem?.line == 3 || problem?.line == 4)
        #expect(problem?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func duplicateKeysAreRefused() {
        let problem = error("objectives: []\nobjectives: []\n")
        #expect(problem?.message.contains("appears twice") == true)
    }

    @Test func unknownLanguageNamesItsLine() {
        let problem = error("cycle: Q1\nlang: de\nobjectives: []\n")
        #expect(problem?.said == "okrs.yaml:2: unknown language 'de'; okrcoach speaks en, nb, nl, sv")
    }

    @Test func wrongShapesAreClearErrors() {
        #expect(error("")?.message == "the file is empty: a check file needs 'objectives:'")
        #expect(error("- a\n- b\n")?.message.hasPrefix("expected a check file") == true)
        #expect(error("team: x\n")?.message == "the key 'objectives' is missing")
        #expect(error("objectives: yes\n")?.message == "'objectives' should be a list, found the text 'yes'")
        #expect(error("objectives:\n  - title: [a]\n")?.line == 2)
        #expect(error("objectives:\n  - [a]\n")?.line == 2)
        #expect(error("parents:\n  - title: no id\nobjectives: []\n")?.message == "this parent has no 'id'")
    }
}

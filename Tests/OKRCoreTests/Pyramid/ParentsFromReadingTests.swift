import OKRCore
import Testing

/// A check file names the organisation it aligns to with `parents_from:`, or copies `parents`: not both.
struct ParentsFromReadingTests: CheckFileReading {
    @Test func parentsFromIsReadWithItsLine() throws {
        let result = try read(
            """
            cycle: 2027-Q1
            parents_from: ../company/okrs-2027.yaml
            objectives:
              - title: Grow in order to secure our lead
                parent: C1
            """)
        #expect(result.parentsFrom == ParentsFrom(path: "../company/okrs-2027.yaml", line: 2))
        #expect(result.set.parents.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test func parentsAndParentsFromTogetherAreRefused() {
        for yaml in [
            "parents_from: a.yaml\nparents:\n  - id: C1\nobjectives: []\n",
            "parents:\n  - id: C1\nparents_from: a.yaml\nobjectives: []\n",
        ] {
            let error = self.error(yaml)
            #expect(error?.key == .parentsAndParentsFrom, "\(yaml)")
            #expect(error?.message == "give either 'parents' or 'parents_from', not both")
        }
    }

    @Test(arguments: ["", "''", "'  '", "[a.yaml]", "{a: b}"])
    func anEmptyOrMisshapenParentsFromIsRefused(_ value: String) {
        let error = self.error("parents_from: \(value)\nobjectives: []\n")
        #expect(error?.key == .shouldBeText, "\(value): \(String(describing: error))")
        #expect(error?.line == 1)
    }

    @Test func aFileOpeningWithParentsFromIsACheckFile() throws {
        let result = try SetReader.read(
            "parents_from: company.yaml\nobjectives:\n  - title: A\n", source: "<stdin>", format: nil,
            languages: TestLanguages.shared, retroTopics: TestLanguages.retroTopics)
        #expect(result.parentsFrom?.path == "company.yaml")
    }
}

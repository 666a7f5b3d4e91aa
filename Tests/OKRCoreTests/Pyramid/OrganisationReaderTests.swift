import Foundation
import OKRCore
import TestSupport
import Testing

/// The organisation file is read with every entry's line, and refused, naming the line, where the
/// pyramid would be unsound.
struct OrganisationReaderTests {
    /// The year 2027 with one one-year objective, Y1, whose title stands on line 5: the start of a
    /// file whose cycles the test writes after it.
    static let yearWithY1 = """
        years:
          - year: 2027
            objectives:
              - id: Y1
                title: A

        """

    func read(_ yaml: String) throws -> OrganisationReadResult {
        try OrganisationReader.read(
            yaml, source: "company.yaml", languages: Set(TestLanguages.codes), retroTopics: TestLanguages.retroTopics)
    }

    /// The error reading stops with; nil when it reads.
    func error(_ yaml: String) -> InputError? {
        inputError { try read(yaml) }
    }

    @Test func readsEveryLevel() throws {
        let result = try read(PyramidFiles.company)
        let organisation = result.organisation
        #expect(organisation.name == "Acme Clinics")
        #expect(organisation.lang == LanguageCode("en"))
        #expect(organisation.mission == Mission("Give every small clinic the calm of a well-run hospital", line: 3))
        #expect(organisation.years.map(\.year) == [2027])
        #expect(organisation.yearlyObjectives.map(\.id) == ["Y1", "Y2"])
        #expect(organisation.yearlyObjectives[0].line == 8)
        #expect(organisation.cycles.map(\.cycle) == ["2027-Q1"])
        let company = try #require(organisation.companyObjectives.first)
        #expect(company.id == "C1")
        #expect(company.parent == "Y1")
        #expect(company.keyResults.map(\.line) == [24, 25])
        #expect(company.keyResults[1].owner == "Kari")
        #expect(result.warnings.isEmpty)
        #expect(
            organisation.parents(forCycle: "Q1 2027")
                == [
                    ParentObjective(id: "C1", title: "Win the clinics of Oslo in order to prove the model"),
                    ParentObjective(id: "C2", title: "Make onboarding effortless so that new clinics stay with us"),
                ])
        #expect(organisation.parents(forCycle: "2027-Q2") == nil)
        #expect(organisation.parents(forCycle: nil)?.map(\.id) == ["C1", "C2"])
    }

    @Test func anOrganisationIsToldFromACheckFile() {
        #expect(OrganisationReader.isOrganisation(PyramidFiles.company))
        #expect(OrganisationReader.isOrganisation("# the company\nmission: Calm clinics\n"))
        #expect(!OrganisationReader.isOrganisation("cycle: 2027-Q1\nobjectives:\n  - title: A\n"))
        #expect(!OrganisationReader.isOrganisation("mission: Calm\nobjectives:\n  - title: A\n"))
        #expect(!OrganisationReader.isOrganisation("objectives:\n  - title: A\n    mission: x\n"))
    }

    /// Huge, empty, control-character and oddly broken texts are told apart line by line as before:
    /// the first top-level `objectives:` decides, wherever the organisation's keys stand.
    @Test func hostileTextsAreToldApartLineByLine() {
        let objective = "  - title: Grow\n    key_results:\n      - Reach 5 clinics\n"
        let keyResults = String(repeating: objective, count: 20_000)
        #expect(!OrganisationReader.isOrganisation("objectives:\n" + keyResults + "mission: Calm\n"))
        #expect(!OrganisationReader.isOrganisation("mission: Calm\n" + keyResults + "objectives:\n"))
        #expect(OrganisationReader.isOrganisation(String(repeating: "# note\n\n", count: 50_000) + "years:\n"))
        #expect(OrganisationReader.isOrganisation("mission: " + String(repeating: "x", count: 1_000_000)))
        #expect(!OrganisationReader.isOrganisation(""))
        #expect(!OrganisationReader.isOrganisation("\n\n\n"))
        #expect(!OrganisationReader.isOrganisation("\u{0}mission: Calm\n\u{1B}[2Jyears:\n"))
        #expect(OrganisationReader.isOrganisation("cycles:\u{0}\u{7F}\n\u{85}objectives\n"))
        #expect(OrganisationReader.isOrganisation("mission: Calm\r\nyears:\r\n"))
        #expect(!OrganisationReader.isOrganisation("  mission: Calm\n-years:\n\tcycles:\n"))
    }

    @Test func anUnknownKeyIsAWarning() throws {
        let result = try read("mission: Calm clinics\nvision: Everywhere\n")
        #expect(result.warnings.map(\.line) == [2])
        #expect(result.warnings.first?.key == .unknownKeyIgnored)
    }

    @Test(arguments: [
        "99999999999999999999999", "-2027", "0", "3000", "1899", "2027.5", "20 27", "twenty", ".inf", "nan", "0x7EB",
        "２０２７", "'2027\\u0007'", "\"\"", "[2027]",
    ])
    func aYearThatIsNoYearIsRefused(_ year: String) {
        let error = self.error("years:\n  - year: \(year)\n    objectives: []\n")
        #expect(error?.line == 2, "\(year): \(String(describing: error))")
        #expect(error?.key == .shouldBeYear || error?.key == .shouldBeText, "\(year): \(String(describing: error))")
    }

    @Test(arguments: [
        "2027-Q5", "2027-Q0", "Q1", "spring", "2027-13", "2027-00", "-2027-Q1", "99999999999-Q1", "1899-Q1",
        "2027-Q1-Q2", "\"2027-\\tQ1\"", "\"2027\\u0000-Q1\"", "\"\"", "2027 K1 extra",
    ])
    func aCycleThatIsNoCycleIsRefused(_ cycle: String) {
        let error = self.error("cycles:\n  - cycle: \(cycle)\n    objectives: []\n")
        #expect(error?.line == 2, "\(cycle): \(String(describing: error))")
        #expect(error?.key == .shouldBeCycle, "\(cycle): \(String(describing: error))")
    }

    @Test(arguments: ["2027", "2027-Q1", "Q1 2027", "2027 K1", "2027-T3", "2027-H2", "2027-03", "2027-12"])
    func aCycleAsPeopleWriteItIsRead(_ cycle: String) throws {
        let result = try read("cycles:\n  - cycle: \(cycle)\n    objectives: []\n")
        #expect(result.organisation.cycles.map(\.year) == [2027])
    }

    @Test(arguments: [
        "\"C\\u00071\"", "\"C 1\"", "\"C\\n1\"", "\"C\\u200B1\"", "\"C\\u00AD1\"", "C٣", "\"\"",
        String(repeating: "C", count: 65), "[C1]", "{a: b}",
        "\"C\\u202E1\"",
    ])
    func anIdThatIsNoIdIsRefused(_ id: String) {
        let error = self.error("years:\n  - year: 2027\n    objectives:\n      - id: \(id)\n        title: T\n")
        #expect(error?.line == 4, "\(id): \(String(describing: error))")
        #expect(error?.key == .idMalformed || error?.key == .shouldBeText, "\(id): \(String(describing: error))")
    }

    @Test(arguments: ["Y1", "Å1", "C-2027-1", "growth.1", "ÖKR_3"])
    func anIdAsPeopleWriteItIsRead(_ id: String) throws {
        let result = try read("years:\n  - year: 2027\n    objectives:\n      - id: \(id)\n        title: T\n")
        #expect(result.organisation.yearlyObjectives.map(\.id) == [id])
    }

    @Test func anObjectiveWithoutAnIdIsRefused() {
        let error = self.error("years:\n  - year: 2027\n    objectives:\n      - title: T\n")
        #expect(error?.key == .idMissing)
        #expect(error?.line == 4)
    }

    @Test func anIdUsedTwiceIsRefusedNamingBothLines() {
        let error = self.error(
            Self.yearWithY1 + """
                cycles:
                  - cycle: 2027-Q1
                    objectives:
                      - id: Y1
                        title: B
                """)
        #expect(error?.key == .idTwice)
        #expect(error?.line == 10)
        #expect(error?.message == "the id 'Y1' is used twice (first on line 5)")
    }

    @Test func aYearOrCycleWrittenTwiceIsRefused() {
        let years = error("years:\n  - year: 2027\n  - year: 2027\n")
        #expect(years?.key == .periodTwice)
        #expect(years?.line == 3)
        let cycles = error("cycles:\n  - cycle: 2027-Q1\n  - cycle: Q1 2027\n")
        #expect(cycles?.key == .periodTwice)
        #expect(cycles?.line == 3)
    }

    @Test func aParentThatNamesNothingIsRefused() {
        let error = self.error(
            Self.yearWithY1 + """
                cycles:
                  - cycle: 2028-Q1
                    objectives:
                      - id: C1
                        parent: Y1
                        title: B
                      - id: C2
                        parent: Y9
                        title: C
                """)
        #expect(error?.key == .parentNamesNothing)
        #expect(error?.line == 11)
        #expect(error?.said == "company.yaml:11: 'parent: Y1' names no one-year objective of 2028 (it has –)")
    }

    @Test(arguments: [
        ("[1, 2]", 1, CLIText.organisationShape),
        ("mission: [a, b]", 1, CLIText.shouldBeText),
        ("years: 2027", 1, CLIText.shouldBeList),
        ("years:\n  - 2027", 2, CLIText.yearShape),
        ("years:\n  - objectives: []", 2, CLIText.keyMissing),
        ("cycles:\n  - [2027-Q1]", 2, CLIText.cycleShape),
        ("cycles:\n  - objectives: []", 2, CLIText.keyMissing),
        ("cycles:\n  - cycle: 2027-Q1\n    objectives:\n      - Grow", 4, CLIText.organisationObjectiveShape),
        ("lang: xx\nmission: Calm", 1, CLIText.unknownLanguage),
    ])
    func aFileOfTheWrongShapeIsRefusedNamingTheLine(_ yaml: String, _ line: Int, _ key: CLIText) {
        let error = self.error(yaml)
        #expect(error?.key == key, "\(yaml): \(String(describing: error))")
        #expect(error?.line == line)
    }

    @Test func deepNestingIsRefused() {
        let deep = "years:\n  - year: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let error = self.error(deep)
        #expect(error?.key == .yamlTooDeep)
        let nested = "years: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(self.error(nested)?.key == .yearShape)
    }

    @Test func aHugeFileIsRefused() {
        let line = "  - year: 2027\n"
        let huge = "years:\n" + String(repeating: line, count: InputLimits.maximumBytes / line.utf8.count + 1)
        #expect(error(huge)?.key == .fileTooLarge)
        let long = "mission: " + String(repeating: "a", count: InputLimits.maximumLineBytes + 1)
        #expect(error(long)?.key == .lineTooLong)
    }

    @Test func anEmptyFileIsRefused() {
        #expect(error("")?.key == .organisationEmpty)
        #expect(error("# nothing\n")?.key == .organisationEmpty)
    }

    @Test func theModelSurvivesJSON() throws {
        let organisation = try read(PyramidFiles.company).organisation
        let data = try JSONEncoder().encode(organisation)
        #expect(try JSONDecoder().decode(Organisation.self, from: data) == organisation)
    }
}

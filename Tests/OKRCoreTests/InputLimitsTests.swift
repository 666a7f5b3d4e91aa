import OKRCore
import Testing

/// The limits on what one file may hold: YAML aliases, nesting, size and line length.
struct InputLimitsTests: CheckFileReading {
    /// Ten of the alias before it on each level: `levels` levels stand for 10^(levels+1) values.
    private func aliasBomb(levels: Int, use: String) -> String {
        var yaml = "l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
        for level in 1...levels {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return yaml + use.replacingOccurrences(of: "LAST", with: "*l\(levels)")
    }

    @Test(arguments: ["objectives: LAST\n", "? LAST\n: key\nobjectives: []\n", "objectives:\n  - title: [LAST]\n"])
    func nestedAliasesAreRefusedBeforeTheyExpand(_ use: String) {
        // Nine levels stand for ten billion values; as mapping keys Yams would hash every one.
        #expect(
            error(aliasBomb(levels: 9, use: use))?.said
                == "okrs.yaml:5: the YAML holds more than 100000 values once its aliases are expanded; okrcoach reads at most 100000"
        )
    }

    @Test func aliasesWithinTheLimitStillRead() throws {
        let set = try read(
            "lang: sv\nobjectives:\n  - &o\n    title: Öka intäkterna\n    key_results: &k\n      - Öka A från 1 till 2\n"
                + "  - *o\n  - title: Två\n    key_results: *k\n"
        ).set
        #expect(set.objectives.map(\.title) == ["Öka intäkterna", "Öka intäkterna", "Två"])
        #expect(set.objectives.map(\.keyResults.count) == [1, 1, 1])
    }

    @Test func deepNestingNamesTheLimitNotLibyamlsSetting() throws {
        let refusal = try #require(error("objectives: " + String(repeating: "[", count: 5_000)))
        #expect(refusal.message == "invalid YAML: nested more than 1000 levels deep")
        #expect(!refusal.said.contains("yaml_set_max_nest_level"))
    }

    @Test func setsOverTheSizeOrLineLimitAreRefused() {
        let languages = TestLanguages.shared
        #expect(throws: InputError(source: "big.md", .fileTooLarge, ["bytes": "1048576"])) {
            try SetReader.read(
                "# Grow\n" + String(repeating: "- Increase A from 1 to 2\n", count: 50_000), source: "big.md",
                format: nil,
                languages: languages, retroTopics: TestLanguages.retroTopics)
        }
        let long = "objectives:\n  - " + String(repeating: "é", count: 8_193) + "\n"
        #expect(throws: InputError(source: "long.yaml", line: 2, .lineTooLong, ["bytes": "16384"])) {
            try SetReader.read(
                long, source: "long.yaml", format: nil, languages: languages, retroTopics: TestLanguages.retroTopics)
        }
    }

    @Test func aJSONExportReadsAsACheckFile() throws {
        let json =
            #"{"lang": "nb", "objectives": [{"title": "Øke inntektene", "key_results": [{"text": "Øke A fra 1 til 2", "target": 2, "check_ins": [{"date": "2027-01-08", "value": 1.5}]}]}]}"#
        for format in [SetReader.Format(fileName: "okrs.JSON"), nil] {
            let set = try SetReader.read(
                "\n  " + json, source: "okrs.json", format: format, languages: TestLanguages.shared,
                retroTopics: TestLanguages.retroTopics
            ).set
            #expect(set.lang == LanguageCode("nb"))
            #expect(set.objectives.first?.keyResults.first?.target == 2)
            #expect(set.objectives.first?.keyResults.first?.checkIns.first?.value == 1.5)
        }
    }
}

import OKRCore
import Testing

/// Every rule, in every language, fires where a careful coach would and stays silent where not.
struct RuleCatalogueTests {
    @Test(arguments: RuleCase.all)
    func rule(_ example: RuleCase) throws {
        let report = example.report(Checker(languages: TestLanguages.shared))
        let hits = report.findings.filter { finding in
            finding.rule == example.rule
                && (!example.onlyAtPlace
                    || (finding.objective == example.place.objective && finding.keyResult == example.place.keyResult))
        }
        guard example.fires else {
            #expect(hits.isEmpty, "unexpected: \(hits.map(\.message))")
            return
        }
        let finding = try #require(hits.first, "\(example.rule.rawValue) did not fire")
        #expect(finding.objective == example.place.objective)
        #expect(finding.keyResult == example.place.keyResult)
        #expect(finding.severity == example.rule.severity)
        // The message is the language's own: it opens with the catalog's words.
        let template = TestLanguages.catalog(example.language.rawValue).texts(for: example.rule).message
        let opening = String(template.prefix { $0 != "{" }.prefix(12))
        #expect(finding.message.hasPrefix(opening), "\(finding.message) is not in \(example.language)")
        #expect(!finding.hint.isEmpty)
    }

    @Test(arguments: TestLanguages.codes)
    func everyRuleFiresAndStaysSilent(in language: LanguageCode) {
        let cases = RuleCase.all.filter { $0.language == language }
        for rule in RuleID.allCases {
            #expect(cases.contains { $0.rule == rule && $0.fires }, "\(language): no case where \(rule.rawValue) fires")
            #expect(
                cases.contains { $0.rule == rule && !$0.fires }, "\(language): no case where \(rule.rawValue) is silent"
            )
        }
    }
}

/// The rules that read a key result's own text.
enum KeyResultRules {
    static func findings(
        for keyResult: KeyResult, objective: Int, number: Int, setHasCycle: Bool, catalog: Catalog
    ) -> [Finding] {
        let text = keyResult.text.trimmingWhitespace()
        func finding(_ rule: RuleID, _ values: [String: String] = [:]) -> Finding {
            catalog.finding(rule, objective: objective, keyResult: number, line: keyResult.line, values: values)
        }
        guard !text.isEmpty else { return [finding(.keyResultEmpty, [:])] }
        return findings(
            in: TextAnalysis(text, lexicon: catalog.lexicon), setHasCycle: setHasCycle, catalog: catalog, finding)
    }

    /// The findings on a key result's text already analysed.
    static func findings(
        in analysis: TextAnalysis, setHasCycle: Bool, catalog: Catalog,
        _ finding: (RuleID, [String: String]) -> Finding
    ) -> [Finding] {
        var findings: [Finding] = []
        let measurable = analysis.isMeasurable
        if !measurable {
            findings.append(finding(.keyResultNotMeasurable, [:]))
        } else if !analysis.hasBaseline {
            findings.append(finding(.keyResultNoBaseline, [:]))
        }
        if !setHasCycle, !analysis.namesTime {
            findings.append(finding(.keyResultNoDeadline, [:]))
        }
        if let verb = analysis.mainVerb, verb.classes.contains(.activityVerb) {
            findings.append(finding(.keyResultIsActivity, ["word": analysis.quote(verb.index)]))
        }
        if let hedge = analysis.firstHedge {
            findings.append(finding(.keyResultVague, ["word": analysis.quote(hedge)]))
        }
        if analysis.isCompound {
            findings.append(finding(.keyResultCompound, [:]))
        }
        return findings
    }
}

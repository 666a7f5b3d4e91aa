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
        return findings(in: KeyResultReading(text, lexicon: catalog.lexicon), setHasCycle: setHasCycle, finding)
    }

    /// The findings on a key result already read.
    static func findings(
        in reading: KeyResultReading, setHasCycle: Bool, _ finding: (RuleID, [String: String]) -> Finding
    ) -> [Finding] {
        var findings: [Finding] = []
        if !reading.isMeasurable {
            // A yes/no milestone takes the place of kr-not-measurable.
            findings.append(finding(reading.isMilestone ? .keyResultMilestone : .keyResultNotMeasurable, [:]))
        } else if reading.needsStartingValue {
            findings.append(finding(.keyResultNoBaseline, [:]))
        }
        if !setHasCycle, !reading.namesTime {
            findings.append(finding(.keyResultNoDeadline, [:]))
        }
        if let task = reading.task {
            findings.append(finding(.keyResultIsActivity, ["word": task]))
        }
        if let hedge = reading.hedge {
            findings.append(finding(.keyResultVague, ["word": hedge]))
        }
        if reading.isCompound {
            findings.append(finding(.keyResultCompound, [:]))
        }
        return findings
    }
}

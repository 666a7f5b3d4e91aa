/// The rules that read a key result's own text.
enum KeyResultRules {
    /// - Parameter read: the key result's text, trimmed and tokenized.
    static func findings(
        for keyResult: KeyResult, text read: SetTexts.Entry, objective: Int, number: Int, setHasCycle: Bool,
        catalog: Catalog
    ) -> [Finding] {
        let text = read.text
        func finding(_ rule: RuleID, _ values: [String: String] = [:]) -> Finding {
            catalog.finding(rule, objective: objective, keyResult: number, line: keyResult.line, values: values)
        }
        guard !text.isEmpty else { return [finding(.keyResultEmpty, [:])] }
        let analysis = read.analysis(with: catalog.lexicon)
        return findings(on: Facts(KeyResultReading.Judgement(analysis), analysis), setHasCycle: setHasCycle, finding)
    }

    /// The findings on a key result already read, each made by `finding` (a rule alone where no message is needed).
    static func findings<Made>(
        in reading: KeyResultReading, setHasCycle: Bool, _ finding: (RuleID, [String: String]) -> Made
    ) -> [Made] {
        findings(on: Facts(reading), setHasCycle: setHasCycle, finding)
    }

    /// What the rules ask of a key result's reading: from a whole reading (the coach), or from
    /// its judgement alone (`check`, which needs no part written out).
    private struct Facts {
        let isMeasurable: Bool
        let isMilestone: Bool
        let needsStartingValue: Bool
        let namesTime: Bool
        let task: String?
        let hedge: String?
        let isCompound: Bool

        init(_ reading: KeyResultReading) {
            isMeasurable = reading.isMeasurable
            isMilestone = reading.isMilestone
            needsStartingValue = reading.needsStartingValue
            namesTime = reading.namesTime
            task = reading.task
            hedge = reading.hedge
            isCompound = reading.isCompound
        }

        init(_ judgement: KeyResultReading.Judgement, _ analysis: TextAnalysis) {
            isMeasurable = judgement.isMeasurable
            isMilestone = judgement.isMilestone
            needsStartingValue = judgement.needsStartingValue
            namesTime = judgement.namesTime
            task = judgement.task.map { analysis.quote($0) }
            hedge = judgement.hedge.map { analysis.quote($0) }
            isCompound = judgement.isCompound
        }
    }

    private static func findings<Made>(
        on facts: Facts, setHasCycle: Bool, _ finding: (RuleID, [String: String]) -> Made
    ) -> [Made] {
        var findings: [Made] = []
        if !facts.isMeasurable {
            // A yes/no milestone takes the place of kr-not-measurable.
            findings.append(finding(facts.isMilestone ? .keyResultMilestone : .keyResultNotMeasurable, [:]))
        } else if facts.needsStartingValue {
            findings.append(finding(.keyResultNoBaseline, [:]))
        }
        if !setHasCycle, !facts.namesTime {
            findings.append(finding(.keyResultNoDeadline, [:]))
        }
        if let task = facts.task {
            findings.append(finding(.keyResultIsActivity, ["word": task]))
        }
        if let hedge = facts.hedge {
            findings.append(finding(.keyResultVague, ["word": hedge]))
        }
        if facts.isCompound {
            findings.append(finding(.keyResultCompound, [:]))
        }
        return findings
    }
}

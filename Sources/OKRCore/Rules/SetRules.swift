/// The rules that look at a set as a whole: focus, balance, repeats and alignment.
enum SetRules {
    /// too-many-krs, too-few-krs, objective-no-krs and objective-not-aligned for one objective.
    static func findings(
        for objective: Objective, number: Int, in set: OKRSet, options: CheckOptions, catalog: Catalog
    ) -> [Finding] {
        func finding(_ rule: RuleID, _ values: [String: String] = [:]) -> Finding {
            catalog.finding(rule, objective: number, line: objective.line, values: values)
        }
        var findings: [Finding] = []
        let count = objective.keyResults.count
        if count == 0 {
            findings.append(finding(.objectiveNoKeyResults))
        } else if count == 1 {
            findings.append(finding(.tooFewKeyResults))
        } else if count > options.maxKeyResults {
            findings.append(
                finding(.tooManyKeyResults, ["count": String(count), "max": String(options.maxKeyResults)]))
        }
        let parentIDs = set.parents.map(\.id)
        if !parentIDs.isEmpty, !parentIDs.contains(objective.parent ?? "") {
            let parents = parentIDs.joined(separator: catalog.report.listSeparator)
            findings.append(finding(.objectiveNotAligned, ["parents": parents]))
        }
        return findings
    }

    /// too-many-objectives, pointing at the first objective past the limit.
    static func objectiveCount(of set: OKRSet, options: CheckOptions, catalog: Catalog) -> Finding? {
        let count = set.objectives.count
        guard count > options.maxObjectives else { return nil }
        return catalog.finding(
            .tooManyObjectives, objective: nil, line: set.objectives[options.maxObjectives].line,
            values: ["count": String(count), "max": String(options.maxObjectives)])
    }

    /// The text duplicate-kr compares: lower-cased, spaces folded, trailing punctuation dropped.
    static func comparable(_ text: LoweredText) -> String {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.scalars.count)
        var pendingSpace = false
        for scalar in text.scalars {
            if scalar.isSpace {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.append(" ") }
                folded.append(scalar)
                pendingSpace = false
            }
        }
        var result = String(folded[...])
        while let last = result.last, last.isPunctuation {
            result.removeLast()
        }
        return result
    }
}

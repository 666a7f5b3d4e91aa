/// The rules that read an objective's own text.
enum ObjectiveRules {
    /// A word, for objective-too-long: a run between spaces that holds a letter or a digit.
    static let maxWords = 20

    /// - Parameters:
    ///   - title: the objective's title, trimmed and tokenized.
    ///   - linkedToParent: whether the objective links to one of the set's `parents`:
    ///     the objective it serves is its reason, so objective-no-purpose stays silent.
    static func findings(
        for objective: Objective, title read: SetTexts.Entry, number: Int, linkedToParent: Bool, catalog: Catalog
    ) -> [Finding] {
        let title = read.text
        func finding(_ rule: RuleID, _ values: [String: String] = [:]) -> Finding {
            catalog.finding(rule, objective: number, line: objective.line, values: values)
        }
        guard !title.isEmpty else { return [finding(.objectiveEmpty)] }
        let analysis = read.analysis(with: catalog.lexicon)
        var findings: [Finding] = []
        if let quantity = analysis.firstDigitQuantity {
            findings.append(finding(.objectiveHasMetric, ["quantity": analysis.quoteQuantity(quantity)]))
        }
        let words = wordCount(title)
        if words > maxWords {
            findings.append(finding(.objectiveTooLong, ["count": String(words)]))
        }
        if let verb = analysis.mainVerb, verb.classes.contains(.businessAsUsualVerb) {
            findings.append(finding(.objectiveBusinessAsUsual, ["word": analysis.quote(verb.index)]))
        }
        if !analysis.hasPurpose, !linkedToParent {
            findings.append(finding(.objectiveNoPurpose))
        }
        return findings
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isSpace {
                inWord = false
            } else if !inWord, scalar.isWordCharacter || scalar.properties.numericType != nil {
                count += 1
                inWord = true
            }
        }
        return count
    }
}

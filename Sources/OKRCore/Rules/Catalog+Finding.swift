extension Catalog {
    /// A finding of a rule, its message and hint written in this catalog's language.
    func finding(
        _ rule: RuleID, objective: Int?, keyResult: Int? = nil, line: Int?, values: [String: String] = [:]
    ) -> Finding {
        let texts = texts(for: rule)
        var finding = Finding(
            rule: rule, objective: objective, keyResult: keyResult, line: line,
            message: texts.messageTemplate.render(values), hint: texts.hintTemplate.render(values))
        finding.values = values
        return finding
    }

    /// The same finding said in this catalog's language: a set judged in its own language, told to
    /// someone who speaks another.
    public func translated(_ finding: Finding) -> Finding {
        var said = self.finding(
            finding.rule, objective: finding.objective, keyResult: finding.keyResult, line: finding.line,
            values: finding.values)
        said.severity = finding.severity
        said.objectiveID = finding.objectiveID
        return said
    }

    /// "O2" or "O2 KR3": where a finding points, as the report writes it.
    public func label(objective: Int?, keyResult: Int?) -> String? {
        guard let objective else { return nil }
        return format.findingLabel(objective: objective, keyResult: keyResult)
    }

    /// Where a finding points, as the report writes it: "O2 KR3", or "A2 KR3" where the file
    /// names the objective by its id.
    public func label(of finding: Finding) -> String? {
        guard let id = finding.objectiveID else {
            return label(objective: finding.objective, keyResult: finding.keyResult)
        }
        return format.findingLabel(objectiveLabel: id, keyResult: finding.keyResult)
    }
}

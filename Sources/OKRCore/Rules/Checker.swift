/// Runs every rule of the catalogue over a set and says what it found.
///
/// ```swift
/// let checker = Checker(languages: languages)
/// let report = checker.check(set)
/// print(report.summary.score)
/// ```
public struct Checker: Sendable {
    public let languages: Languages
    public var options: CheckOptions

    public init(languages: Languages, options: CheckOptions = CheckOptions()) {
        self.languages = languages
        self.options = options
    }

    /// The language a set is checked in: its `lang`, else the one its text is written in, else English.
    public func language(of set: OKRSet) -> LanguageCode {
        if let lang = set.lang { return lang }
        let text = set.objectives.flatMap { [$0.title] + $0.keyResults.map(\.text) }.joined(separator: "\n")
        return LanguageDetector(languages).detect(text) ?? .fallback
    }

    /// Every finding for a set, in reading order, with its summary.
    ///
    /// - Parameters:
    ///   - language: overrides the set's own language when given.
    ///   - suppressions: the rules the file's comments switch off, line by line.
    public func check(
        _ set: OKRSet, language: LanguageCode? = nil, suppressions: InlineSuppressions = InlineSuppressions()
    ) -> Report {
        let code = language ?? self.language(of: set)
        let catalog = languages.catalog(for: code)
        var findings: [Finding] = []
        if let tooMany = SetRules.objectiveCount(of: set, options: options, catalog: catalog) {
            findings.append(tooMany)
        }
        var firstSeen: [String: (objective: Int, keyResult: Int)] = [:]
        for (objectiveOffset, objective) in set.objectives.enumerated() {
            let number = objectiveOffset + 1
            let linked = objective.parent.map { parent in set.parents.contains { $0.id == parent } } ?? false
            let objectiveFindings = ObjectiveRules.findings(
                for: objective, number: number, linkedToParent: linked, catalog: catalog)
            findings += objectiveFindings
            if objectiveFindings.first?.rule != .objectiveEmpty {
                findings += SetRules.findings(for: objective, number: number, in: set, options: options, catalog: catalog)
            }
            for (keyResultOffset, keyResult) in objective.keyResults.enumerated() {
                let keyResultNumber = keyResultOffset + 1
                findings += KeyResultRules.findings(
                    for: keyResult, objective: number, number: keyResultNumber, setHasCycle: set.hasCycle,
                    catalog: catalog)
                let key = SetRules.comparable(keyResult.text)
                guard !key.isEmpty else { continue }
                if let first = firstSeen[key] {
                    let location = catalog.label(objective: first.objective, keyResult: first.keyResult) ?? ""
                    findings.append(
                        catalog.finding(
                            .duplicateKeyResult, objective: number, keyResult: keyResultNumber, line: keyResult.line,
                            values: ["location": location]))
                } else {
                    firstSeen[key] = (number, keyResultNumber)
                }
            }
        }
        let kept = options.settled(findings).filter { !suppressions.silences($0) }
        return Report(language: code, findings: kept, set: set)
    }
}

extension Checker {
    /// The findings of the objective rules on one objective, as the coach explains them while drafting.
    ///
    /// - Parameter linkedToParent: whether the objective serves a higher-level objective (its reason).
    public func review(objective title: String, language: LanguageCode, linkedToParent: Bool = false) -> [Finding] {
        ObjectiveRules.findings(
            for: Objective(title: title), number: 1, linkedToParent: linkedToParent, catalog: languages.catalog(for: language))
    }

    /// The findings of the key result rules on one key result of a set being drafted, already read.
    public func review(keyResult reading: KeyResultReading, setHasCycle: Bool, language: LanguageCode) -> [Finding] {
        let catalog = languages.catalog(for: language)
        guard !reading.text.trimmingWhitespace().isEmpty else {
            return [catalog.finding(.keyResultEmpty, objective: 1, keyResult: 1, line: nil)]
        }
        return KeyResultRules.findings(in: reading, setHasCycle: setHasCycle) { rule, values in
            catalog.finding(rule, objective: 1, keyResult: 1, line: nil, values: values)
        }
    }
}

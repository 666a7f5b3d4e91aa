extension KeyResult {
    /// Takes what its text tells where nothing is set yet: its kind and, for a kind with
    /// numbers, its baseline and target. The check-in and the report read key results
    /// this way, so they agree with `check` about every kind.
    public mutating func fillFromText(_ reading: KeyResultReading) {
        guard kind == nil else { return }
        kind = reading.kind
        guard reading.kind != .milestone else { return }
        baseline = baseline ?? reading.start?.number
        target = target ?? reading.target?.number
    }
}

extension OKRSet {
    /// The set with each key result's kind, baseline and target read from its text where
    /// none is set, in the set's language (or the one its text is written in).
    public func fillingKindsFromText(with checker: Checker) -> OKRSet {
        let lexicon = checker.languages.catalog(for: checker.language(of: self)).lexicon
        var set = self
        for objective in set.objectives.indices {
            for index in set.objectives[objective].keyResults.indices
            where set.objectives[objective].keyResults[index].kind == nil {
                let text = set.objectives[objective].keyResults[index].text
                set.objectives[objective].keyResults[index].fillFromText(KeyResultReading(text, lexicon: lexicon))
            }
        }
        return set
    }
}

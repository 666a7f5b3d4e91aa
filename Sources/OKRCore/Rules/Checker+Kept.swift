/// What the rules found in one objective's title or one key result's text on its own, with what
/// it was read from: kept while a set is drafted, so that checking the whole set at the end reads
/// again only what changed.
///
/// The findings point at objective 1 (and key result 1) with no line; `check(_:language:kept:)`
/// places them where the item stands.
public struct KeptReading: Sendable, Equatable {
    /// The text read, as the set holds it.
    let text: String
    /// The language it was judged in.
    let language: LanguageCode
    /// The one fact of the set the item's rules read: for a key result whether the set has a
    /// cycle, for an objective whether it serves one of the set's parents.
    let setFact: Bool
    /// The rules' findings, before any option settles them.
    public let findings: [Finding]
    /// The text duplicate-kr compares (key results only).
    let key: String

    /// Whether this reading is of the same text in the same language and circumstance.
    func fits(_ text: String, language: LanguageCode, setFact: Bool) -> Bool {
        self.language == language && self.setFact == setFact && self.text == text
    }

    /// The findings placed at an objective (and a key result) of a set, on its line.
    func findings(objective: Int, keyResult: Int?, line: Int?) -> [Finding] {
        findings.map { finding in
            var placed = finding
            placed.objective = objective
            placed.keyResult = keyResult
            placed.line = line
            return placed
        }
    }
}

/// The readings kept for a set's objectives and key results, by place (0-based). A reading is
/// used only while the text at its place is the one it was read from, so an edit, /back or a
/// moved key result makes it stale and it is read again.
public struct KeptReadings: Sendable, Equatable {
    private var titles: [KeptReading?] = []
    private var keyResults: [[KeptReading?]] = []

    public init() {}

    /// True when nothing is kept.
    public var isEmpty: Bool {
        titles.allSatisfy { $0 == nil } && keyResults.allSatisfy { $0.allSatisfy { $0 == nil } }
    }

    /// Keeps the reading of the title of the objective at `objective` of `set`; a place the set
    /// does not have keeps nothing.
    public mutating func keep(_ reading: KeptReading, objective: Int, of set: OKRSet) {
        guard set.objectives.indices.contains(objective) else { return }
        grow(to: objective)
        titles[objective] = reading
    }

    /// Keeps the reading of the key result at `keyResult` of the objective at `objective` of
    /// `set`; a place the set does not have keeps nothing.
    public mutating func keep(_ reading: KeptReading, objective: Int, keyResult: Int, of set: OKRSet) {
        guard set.objectives.indices.contains(objective),
            set.objectives[objective].keyResults.indices.contains(keyResult)
        else { return }
        grow(to: objective)
        if keyResults[objective].count <= keyResult {
            keyResults[objective] += Array(repeating: nil, count: keyResult + 1 - keyResults[objective].count)
        }
        keyResults[objective][keyResult] = reading
    }

    private mutating func grow(to objective: Int) {
        guard titles.count <= objective else { return }
        titles += Array(repeating: nil, count: objective + 1 - titles.count)
        keyResults += Array(repeating: [], count: objective + 1 - keyResults.count)
    }

    func title(_ objective: Int) -> KeptReading? {
        objective < titles.count ? titles[objective] : nil
    }

    func keyResult(_ keyResult: Int, of objective: Int) -> KeptReading? {
        guard objective < keyResults.count, keyResult < keyResults[objective].count else { return nil }
        return keyResults[objective][keyResult]
    }
}

extension Checker {
    /// An objective's title read by the objective rules, as `check` reads it in `language`.
    ///
    /// - Parameter linkedToParent: whether the objective serves one of the set's parents (its reason).
    public func reading(objective title: String, linkedToParent: Bool, language: LanguageCode) -> KeptReading {
        let catalog = languages.catalog(for: language)
        let findings = ObjectiveRules.findings(
            for: Objective(title: title), title: SetTexts.Entry(title, tokenizer: catalog.lexicon.tokenizer), number: 1,
            linkedToParent: linkedToParent, catalog: catalog)
        return KeptReading(text: title, language: language, setFact: linkedToParent, findings: findings, key: "")
    }

    /// A key result's text read by the key result rules, as `check` reads it in `language`.
    public func reading(keyResult text: String, setHasCycle: Bool, language: LanguageCode) -> KeptReading {
        let catalog = languages.catalog(for: language)
        let (findings, key) = Self.keyResultFindings(
            KeyResult(text), text: SetTexts.Entry(text, tokenizer: catalog.lexicon.tokenizer), objective: 1, number: 1,
            setHasCycle: setHasCycle, catalog: catalog)
        return KeptReading(text: text, language: language, setFact: setHasCycle, findings: findings, key: key)
    }

    /// Reads every objective and key result of `set` whose kept reading is missing or no longer
    /// fits, and keeps it: afterwards `check(_:language:kept:)` reads nothing again.
    public func keepReadings(of set: OKRSet, language: LanguageCode, in kept: inout KeptReadings) {
        let parents = set.parents.map(\.id)
        for offset in set.objectives.indices {
            kept.keep(
                titleReading(offset, of: set, parents: parents, language: language, kept: kept), objective: offset,
                of: set)
            for index in set.objectives[offset].keyResults.indices {
                kept.keep(
                    keyResultReading(index, of: offset, in: set, language: language, kept: kept), objective: offset,
                    keyResult: index, of: set)
            }
        }
    }

    /// Every finding for a set judged in `language`, the same report as `check(_:language:)`,
    /// with the readings kept for its objectives and key results used where they still fit and
    /// only the rest read: the set rules and duplicate-kr always run on the whole set.
    public func check(_ set: OKRSet, language: LanguageCode, kept: KeptReadings) -> Report {
        let catalog = languages.catalog(for: language)
        let suppressions = InlineSuppressions()
        func keep(_ finding: Finding) -> Finding? {
            self.kept(finding, suppressions)
        }
        let parents = set.parents.map(\.id)
        let read = set.objectives.indices.map { offset in
            let objective = set.objectives[offset]
            let number = offset + 1
            let title = titleReading(offset, of: set, parents: parents, language: language, kept: kept)
            let keyResults = objective.keyResults.indices.map { index in
                let reading = keyResultReading(index, of: offset, in: set, language: language, kept: kept)
                return (
                    reading.findings(objective: number, keyResult: index + 1, line: objective.keyResults[index].line),
                    reading.key
                )
            }
            return self.read(
                objective, number: number,
                title: title.findings(objective: number, keyResult: nil, line: objective.line),
                keyResults: keyResults, in: set, catalog: catalog, keep: keep)
        }
        return Report(
            language: language, findings: findings(of: set, read: read, catalog: catalog, keep: keep), set: set)
    }

    /// The reading of the title of the objective at `offset`: the one kept while it fits, else read now.
    private func titleReading(
        _ offset: Int, of set: OKRSet, parents: [String], language: LanguageCode, kept: KeptReadings
    ) -> KeptReading {
        let objective = set.objectives[offset]
        let linked = Self.isLinked(objective, to: parents)
        if let reading = kept.title(offset), reading.fits(objective.title, language: language, setFact: linked) {
            return reading
        }
        return reading(objective: objective.title, linkedToParent: linked, language: language)
    }

    /// The reading of a key result: the one kept while it fits, else read now.
    private func keyResultReading(
        _ index: Int, of offset: Int, in set: OKRSet, language: LanguageCode, kept: KeptReadings
    ) -> KeptReading {
        let text = set.objectives[offset].keyResults[index].text
        if let reading = kept.keyResult(index, of: offset),
            reading.fits(text, language: language, setFact: set.hasCycle)
        {
            return reading
        }
        return reading(keyResult: text, setHasCycle: set.hasCycle, language: language)
    }
}

import Dispatch

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

    /// The language a set is checked in: its `lang`, else the one its text is written in, else the fallback language.
    public func language(of set: OKRSet) -> LanguageCode {
        if let lang = set.lang { return lang }
        return texts(of: set, in: nil).language ?? languages.fallback
    }

    /// A finding settled by the options (its rule on, at its severity) unless a comment of the
    /// file silences it: every check keeps its findings this way.
    func kept(_ finding: Finding, _ suppressions: InlineSuppressions) -> Finding? {
        options.settled(finding).flatMap { suppressions.silences($0) ? nil : $0 }
    }

    /// Every finding for a set, in reading order, with its summary.
    ///
    /// Each text is tokenized once, for language detection and the rules alike. A large set is
    /// read on every core, a slice of objectives each; the findings are put together in reading
    /// order afterwards, so the report is the same either way.
    ///
    /// - Parameters:
    ///   - language: overrides the set's own language when given.
    ///   - suppressions: the rules the file's comments switch off, line by line.
    public func check(
        _ set: OKRSet, language: LanguageCode? = nil, suppressions: InlineSuppressions = InlineSuppressions()
    ) -> Report {
        let (texts, detected) = self.texts(of: set, in: language ?? set.lang)
        let code = language ?? set.lang ?? detected ?? languages.fallback
        let catalog = languages.catalog(for: code)
        // Each finding is settled (its rule on, at its severity) and held against the file's comments
        // as it is made, so the report is built in one pass.
        @Sendable func keep(_ finding: Finding) -> Finding? {
            kept(finding, suppressions)
        }
        let read = readObjectives(of: set, texts: texts, catalog: catalog, keep: keep)
        let found = findings(of: set, read: read, catalog: catalog, keep: keep)
        if freesElsewhere(set) {
            Self.freeElsewhere((consume texts, consume read))
        }
        return Report(language: code, findings: found, set: set)
    }

    /// A set's findings in reading order, from what the rules found in each objective on its own:
    /// too-many-objectives, then each objective's own findings, each of its key results' and
    /// duplicate-kr where a key result repeats an earlier one.
    func findings(
        of set: OKRSet, read: [ReadObjective], catalog: Catalog, keep: (Finding) -> Finding?
    ) -> [Finding] {
        var findings: [Finding] = []
        // Room for every finding read, and a duplicate-kr for each key result at most.
        findings.reserveCapacity(
            1 + read.reduce(0) { $0 + $1.ownFindings.count + $1.keyResults.reduce(0) { $0 + $1.findings.count + 1 } })
        if let tooMany = SetRules.objectiveCount(of: set, options: options, catalog: catalog).flatMap(keep) {
            findings.append(tooMany)
        }
        var firstSeen: [String: (objective: Int, keyResult: Int)] = [:]
        // By index, here and below: for-in loops would copy every objective and key result.
        for objectiveOffset in set.objectives.indices {
            let number = objectiveOffset + 1
            findings += read[objectiveOffset].ownFindings
            let keyResults = set.objectives[objectiveOffset].keyResults
            for keyResultOffset in keyResults.indices {
                let keyResultNumber = keyResultOffset + 1
                let (keyResultFindings, key) = read[objectiveOffset].keyResults[keyResultOffset]
                findings += keyResultFindings
                guard !key.isEmpty else { continue }
                if let first = firstSeen[key] {
                    let location = catalog.label(objective: first.objective, keyResult: first.keyResult) ?? ""
                    let duplicate = catalog.finding(
                        .duplicateKeyResult, objective: number, keyResult: keyResultNumber,
                        line: keyResults[keyResultOffset].line, values: ["location": location])
                    if let kept = keep(duplicate) { findings.append(kept) }
                } else {
                    firstSeen[key] = (number, keyResultNumber)
                }
            }
        }
        if freesElsewhere(set) {
            Self.freeElsewhere(consume firstSeen)
        }
        return findings
    }

    /// Whether a set is large enough that its texts and readings are freed on another thread.
    private func freesElsewhere(_ set: OKRSet) -> Bool {
        options.usesEveryCore && set.objectives.count >= Self.parallelFrom
    }

    /// Frees a large set's texts and readings on another thread: tens of thousands of small
    /// allocations, a sixth of `check` on 10,000 key results, which the caller need not wait for.
    private static func freeElsewhere<Value: Sendable>(_ value: consuming Value) {
        let held = Held(value)
        DispatchQueue.global().async { held.free() }
    }

    /// A value that whichever thread calls `free` frees, not the last to let go of its holder.
    private final class Held<Value: Sendable>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) {
            self.value = value
        }

        /// Called once, on one thread.
        func free() {
            value = nil
        }
    }

    /// A set's texts, tokenized once; with no language given, also the language they are written in.
    ///
    /// With a language, they are split as its tokenizer splits them; without, as the tokenizer
    /// most languages share, and only texts with digits are split again should the language
    /// found write numbers another way.
    private func texts(of set: OKRSet, in language: LanguageCode?) -> (texts: SetTexts, language: LanguageCode?) {
        let everyCore = options.usesEveryCore && set.objectives.count >= Self.parallelFrom
        if let language {
            let tokenizer = languages.catalog(for: language).lexicon.tokenizer
            return (SetTexts(set, tokenizer: tokenizer, countsWords: false, everyCore: everyCore), nil)
        }
        let detector = LanguageDetector(languages)
        let tokenizers = detector.tokenizers
        let shares = tokenizers.map { tokenizer in languages.catalogs.values.count { $0.lexicon.tokenizer == tokenizer }
        }
        let shared = tokenizers[
            shares.indices.max { shares[$0] < shares[$1] || (shares[$0] == shares[$1] && $0 > $1) } ?? 0]
        let texts = SetTexts(set, tokenizer: shared, countsWords: true, everyCore: everyCore)
        return (texts, texts.language(by: detector))
    }

    /// What the rules find in one objective on its own: its findings, and each key result's
    /// findings with the text duplicate-kr compares.
    struct ReadObjective: Sendable {
        var ownFindings: [Finding] = []
        var keyResults: [(findings: [Finding], key: String)] = []
    }

    /// Objectives from this many up are read on every core.
    private static let parallelFrom = 64

    /// - Parameter keep: a finding as the report keeps it, or nil where it is switched off.
    private func readObjectives(
        of set: OKRSet, texts: SetTexts, catalog: Catalog, keep: @Sendable (Finding) -> Finding?
    ) -> [ReadObjective] {
        let objectives = set.objectives
        let parents = set.parents.map(\.id)
        let everyCore = options.usesEveryCore && objectives.count >= Self.parallelFrom
        return SliceResults<[ReadObjective]>.perSlice(of: objectives.count, everyCore: everyCore) { range in
            range.map { offset in
                read(
                    objectives[offset], number: offset + 1, texts: texts.objectives[offset], parents: parents, in: set,
                    catalog: catalog, keep: keep)
            }
        }.flatMap { $0 }
    }

    /// - Parameter texts: the objective's title and then its key results, trimmed and tokenized.
    private func read(
        _ objective: Objective, number: Int, texts: [SetTexts.Entry], parents: [String], in set: OKRSet,
        catalog: Catalog,
        keep: (Finding) -> Finding?
    ) -> ReadObjective {
        let linked = Self.isLinked(objective, to: parents)
        let title = ObjectiveRules.findings(
            for: objective, title: texts[0], number: number, linkedToParent: linked, catalog: catalog)
        let keyResults = objective.keyResults.indices.map { offset in
            Self.keyResultFindings(
                objective.keyResults[offset], text: texts[offset + 1], objective: number, number: offset + 1,
                setHasCycle: set.hasCycle, catalog: catalog)
        }
        return read(
            objective, number: number, title: title, keyResults: keyResults, in: set, catalog: catalog, keep: keep)
    }

    /// The key result rules' findings on a key result, and the text duplicate-kr compares.
    static func keyResultFindings(
        _ keyResult: KeyResult, text: SetTexts.Entry, objective: Int, number: Int, setHasCycle: Bool, catalog: Catalog
    ) -> (findings: [Finding], key: String) {
        let findings = KeyResultRules.findings(
            for: keyResult, text: text, objective: objective, number: number, setHasCycle: setHasCycle,
            catalog: catalog)
        return (findings, SetRules.comparable(text.lowered))
    }

    /// Whether an objective serves one of the set's parents, which gives it its reason.
    static func isLinked(_ objective: Objective, to parents: [String]) -> Bool {
        objective.parent.map { parents.contains($0) } ?? false
    }

    /// An objective as the report reads it, from what its title's and its key results' own rules found:
    /// the set rules on the objective added, and every finding settled by `keep`.
    func read(
        _ objective: Objective, number: Int, title: [Finding], keyResults: [(findings: [Finding], key: String)],
        in set: OKRSet, catalog: Catalog, keep: (Finding) -> Finding?
    ) -> ReadObjective {
        var read = ReadObjective()
        read.ownFindings = title
        if read.ownFindings.first?.rule != .objectiveEmpty {
            read.ownFindings += SetRules.findings(
                for: objective, number: number, in: set, options: options, catalog: catalog)
        }
        read.ownFindings = read.ownFindings.compactMap(keep)
        read.keyResults = keyResults.map { ($0.findings.compactMap(keep), $0.key) }
        return read
    }
}

extension Checker {
    /// The findings of the objective rules on one objective, as the coach explains them while drafting.
    ///
    /// - Parameter linkedToParent: whether the objective serves a higher-level objective (its reason).
    public func review(objective title: String, language: LanguageCode, linkedToParent: Bool = false) -> [Finding] {
        reading(objective: title, linkedToParent: linkedToParent, language: language).findings
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

    /// The rules `review(keyResult:setHasCycle:language:)` finds broken, in the same order, without
    /// writing their messages: what the coach asks of a proposal before it offers it.
    public func rulesBroken(by reading: KeyResultReading, setHasCycle: Bool) -> [RuleID] {
        guard !reading.text.trimmingWhitespace().isEmpty else { return [.keyResultEmpty] }
        return KeyResultRules.findings(in: reading, setHasCycle: setHasCycle) { rule, _ in rule }
    }
}

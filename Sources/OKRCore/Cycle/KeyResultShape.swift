/// What a key result's text says about how it keeps score: its kind, baseline and target.
///
/// "Reduce time to triage from 24 h to 8 h" is a decrease from 24 to 8; "Keep
/// uptime at least 99.9 %" a threshold to stay at or above; "Get the ISO 27001
/// certificate by 30 June" a milestone. Where the text does not tell, `kind` is
/// nil and the coach asks.
public struct KeyResultShape: Sendable, Equatable {
    public var kind: KeyResultKind?
    public var baseline: Double?
    public var target: Double?

    public init(kind: KeyResultKind?, baseline: Double?, target: Double?) {
        self.kind = kind
        self.baseline = baseline
        self.target = target
    }

    /// Reads the shape of an analysed key result.
    public init(_ analysis: TextAnalysis) {
        var baseline: Double?
        var target: Double?
        var floor = false
        var ceiling = false
        let tokens = analysis.tokens
        for index in tokens.indices where !analysis.isInPurpose(index) {
            let classes = analysis.classes(at: index)
            if classes.contains(.atLeastWord) { floor = true }
            if classes.contains(.atMostWord) { ceiling = true }
            if baseline == nil, classes.contains(.baselinePreposition) {
                baseline = Self.number(after: index, in: analysis)
            } else if target == nil, classes.contains(.targetPreposition) || classes.contains(.atLeastWord)
                || classes.contains(.atMostWord)
            {
                target = Self.number(after: index, in: analysis)
            }
        }
        let numbers = tokens.indices.filter { Self.isValue($0, in: analysis) }
        // "Reach 600 clinics": the only number is the target. "By 20 %" is a change, not a target.
        if target == nil, baseline == nil, numbers.count == 1, !analysis.hasBaseline { target = tokens[numbers[0]].value }
        let verb = analysis.mainVerb
        var kind: KeyResultKind?
        let changes = verb?.classes.contains(.outcomeVerb) == true && analysis.isMeasurable
        let lowers = verb.map { analysis.classes(at: $0.index).contains(.decreaseVerb) } ?? false
        if let baseline, let target, baseline != target {
            kind = target < baseline ? .decrease : .increase
        } else if changes, lowers {
            kind = .decrease
        } else if changes {
            kind = .increase
        } else if ceiling || floor {
            // "Keep churn at or below 2 %", "Uptime at least 99.9 %": a line to hold, not a change.
            kind = ceiling ? .atMost : .atLeast
        } else if !analysis.isMeasurable {
            kind = analysis.namesTime || verb?.classes.contains(.activityVerb) == true ? .milestone : nil
        }
        self.init(kind: kind, baseline: kind == .milestone ? nil : baseline, target: kind == .milestone ? nil : target)
    }

    /// The first plain number a few words after a preposition: "from *24* h", "til *8* timer";
    /// none when another from or to comes first ("time to triage from 24 h").
    private static func number(after index: Int, in analysis: TextAnalysis) -> Double? {
        let end = min(index + 4, analysis.tokens.count)
        for next in index + 1..<end {
            if isValue(next, in: analysis) { return analysis.tokens[next].value }
            let classes = analysis.classes(at: next)
            if classes.contains(.baselinePreposition) || classes.contains(.targetPreposition) { return nil }
        }
        return nil
    }

    /// A number that is a quantity of the measure, not a date, an ordinal or a name.
    private static func isValue(_ index: Int, in analysis: TextAnalysis) -> Bool {
        analysis.tokens[index].kind == .number && analysis.roles[index] == .quantity && !analysis.isInPurpose(index)
    }
}

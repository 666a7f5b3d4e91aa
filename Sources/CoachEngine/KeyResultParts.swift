import OKRCore

/// A key result taken apart: what is measured, from what, to what, by when.
///
/// The coach reads these pieces from what the person wrote, asks for the ones
/// that are missing, and writes the key result again in the language's own
/// pattern ("Increase X from A to B by D").
public struct KeyResultParts: Codable, Sendable, Equatable {
    /// The key result as the person wrote it.
    public var text: String
    public var measure: String?
    public var from: String?
    public var to: String?
    public var deadline: String?
    /// The task verb, when the key result describes a task.
    public var task: String?
    /// "by 20 %", "double": a relative change that needs no from-to.
    public var relative: Bool
    /// Whether the text names a time of its own.
    public var namesTime: Bool
    /// Whether the person named the measure in answer to a question.
    public var measureGiven: Bool
    /// Pieces the person chose to skip.
    public var skipped: [String]

    /// Reads the pieces of a key result.
    init(_ text: String, lexicon: Lexicon) {
        self.init(TextAnalysis(text, lexicon: lexicon), text: text)
    }

    /// Reads the pieces of a key result already analysed.
    init(_ analysis: TextAnalysis, text: String) {
        self.text = text
        let reader = PartsReader(analysis: analysis)
        let verb = analysis.mainVerb
        task = verb.flatMap { $0.classes.contains(.activityVerb) ? analysis.written($0.index..<($0.index + 1)) : nil }
        (from, to) = reader.fromAndTo()
        measure = task == nil ? reader.measure(verb: verb?.index) : nil
        relative = analysis.hasBaseline && from == nil
        namesTime = analysis.namesTime
        deadline = nil
        measureGiven = false
        skipped = []
        if analysis.firstHedge != nil {
            // A hedged target is no target: ask for the number.
            relative = false
            to = nil
        }
        if !analysis.isMeasurable { to = nil }
    }

    /// The next piece to ask for, in the flow's order; nil when nothing is missing.
    func missing(order: [String]) -> String? {
        order.first { piece in
            guard !skipped.contains(piece) else { return false }
            switch piece {
            case "outcome": return task != nil && !measureGiven
            case "measure": return task == nil && !measureGiven && (measure == nil || to == nil && from == nil && !relative)
            case "target": return to == nil && !relative
            case "baseline": return from == nil && !relative
            case "deadline": return deadline == nil && !namesTime
            default: return false
            }
        }
    }
}

/// Finds the pieces of a key result in its analysed text.
private struct PartsReader {
    let analysis: TextAnalysis

    private var count: Int { analysis.tokens.count }

    /// The value after "from" and the value after "to" (or the only target: "Reach 6000 users").
    func fromAndTo() -> (String?, String?) {
        var from: Int?
        var to: Int?
        for index in 0..<count where !analysis.isInPurpose(index) {
            let classes = analysis.classes(at: index)
            if from == nil, classes.contains(.baselinePreposition), let value = countable(after: index) {
                from = value
            } else if to == nil, classes.contains(.targetPreposition), let value = countable(after: index),
                value > (from ?? -1)
            {
                to = value
            }
        }
        if to == nil, from == nil, let only = (0..<count).first(where: { analysis.counts($0) && isNumber($0) }) {
            to = only
        }
        return (from.map(value(at:)), to.map(value(at:)))
    }

    /// The measure: the words after the verb ("Increase *weekly active clinics* to 600"), or
    /// before it when none follow ("*Het aantal klinieken* verhogen van 420 naar 600").
    func measure(verb: Int?) -> String? {
        guard let verb else { return words(from: 0, to: count) }
        return words(from: verb + 1, to: count) ?? words(from: 0, to: verb)
    }

    /// The first run of measure words in a stretch of the text.
    private func words(from start: Int, to end: Int) -> String? {
        var start = start
        // Skip a leading number and its unit: "Reach *6000* paid subscriptions".
        while start < end, analysis.counts(start) || isUnit(start) || analysis.tokens[start].kind == .symbol {
            start += 1
        }
        while start < end, analysis.classes(at: start).contains(.hedge) { start += 1 }
        var stop = start
        while stop < end, !isStop(stop) { stop += 1 }
        while stop > start, analysis.tokens[stop - 1].kind == .symbol { stop -= 1 }
        guard stop > start else { return nil }
        return analysis.written(start..<stop)
    }

    private func countable(after index: Int) -> Int? {
        let end = min(index + 4, count)
        return (index + 1..<end).first { analysis.counts($0) && isNumber($0) }
    }

    private func isNumber(_ index: Int) -> Bool {
        analysis.tokens[index].kind == .number || analysis.classes(at: index).contains(.numberWord)
    }

    private func value(at index: Int) -> String {
        analysis.written(analysis.valueSpan(index))
    }

    private func isUnit(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.text == "%" || analysis.classes(at: index).contains(.currency)
            || analysis.classes(at: index).contains(.percentWord)
    }

    /// Where the measure ends: a from, to, by, a time, a number, a purpose.
    private func isStop(_ index: Int) -> Bool {
        if analysis.isInPurpose(index) || analysis.counts(index) { return true }
        // "sign-ups per week", "bestillinger i uka": a rate is part of the measure.
        let rate = analysis.classes(at: index).contains(.rateWord)
            || (index > 0 && analysis.classes(at: index - 1).contains(.rateWord))
        if rate { return false }
        if analysis.tokens[index].text == "," || analysis.tokens[index].text == ";" { return true }
        let classes = analysis.classes(at: index)
        // "i kundestøtte", "in support": a preposition that may name a time ends the measure only when one follows.
        if !classes.isDisjoint(with: [.deadlinePreposition, .durationPreposition]),
            classes.isDisjoint(with: [.baselinePreposition, .targetPreposition, .relativePreposition, .deadlineWord])
        {
            let end = min(index + 3, count)
            return (index + 1..<end).contains { analysis.roles[$0] != nil || !analysis.classes(at: $0).isDisjoint(with: .timeWord) }
        }
        // "reactietijd van de klantenservice": "van" ends the measure only before a number.
        if !classes.isDisjoint(with: [.baselinePreposition, .targetPreposition, .relativePreposition]) {
            return countable(after: index) != nil || !classes.isDisjoint(with: [.deadlineWord])
        }
        let stops: WordClass = [.deadlineWord, .month, .timeNoun, .verb]
        return !classes.isDisjoint(with: stops) || analysis.roles[index] == .time
    }
}

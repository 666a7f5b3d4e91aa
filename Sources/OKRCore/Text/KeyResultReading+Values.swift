/// Where a key result starts, where it goes, and whether it holds a level, as token positions.
///
/// A starting value is a number after from/fra/från (Dutch "van" only with a "naar" or
/// "tot", maybe after a counted word, and a number after it), the first of two numbers
/// joined by to/til/till/naar/tot ("68% to 75%"), or today's value ("today 40"). A level
/// to hold is a number right after a bound word ("at least 99.5%", "below 3 s") or before
/// "or more"/"+", with no change verb; or any number after a keep verb ("Maintain 40
/// active partners").
struct KeyResultValues {
    var start: Int?
    var target: Int?
    var bound: KeyResultReading.Bound?
    var isRelative = false
    var holdsLevel = false
}

extension TextAnalysis {
    /// Reads the values of a key result.
    func keyResultValues() -> KeyResultValues {
        var found = KeyResultValues()
        let changes = mainVerb?.classes.contains(.outcomeVerb) ?? false
        var levelIndex: Int?
        for index in tokens.indices where !isInPurpose(index) {
            let wordClass = classes(at: index)
            if found.start == nil, let value = startValue(at: index, classes: wordClass) {
                found.start = value
            } else if found.target == nil, wordClass.contains(.targetPreposition), let value = number(after: index),
                value > (found.start ?? -1)
            {
                found.target = value
                if found.start == nil, let paired = pairedStart(before: index, target: value) { found.start = paired }
            }
            if levelIndex == nil, let (value, side) = level(at: index) {
                levelIndex = value
                found.bound = side
            }
            if !found.isRelative { found.isRelative = relative(at: index, classes: wordClass, changes: changes) }
        }
        let keeps = keepsLevel
        if levelIndex == nil, !changes, let implied = impliedLevel() {
            levelIndex = implied.index
            found.bound = implied.bound
        }
        let firstValue = tokens.indices.first { isValue($0) }
        let onlyValue = firstValue.flatMap { first in
            tokens.indices[(first + 1)...].contains { isValue($0) } ? nil : first
        }
        found.holdsLevel = (levelIndex != nil && !changes) || (keeps && firstValue != nil)
        if found.target == nil { found.target = levelIndex }
        if found.target == nil, keeps { found.target = firstValue }
        // "Reach 600 clinics": the only number is the target. "By 20 %" is a change, not a target.
        if found.target == nil, found.start == nil, !found.isRelative { found.target = onlyValue }
        return found
    }

    /// The value at a number token, as written with its unit.
    func keyResultValue(at index: Int) -> KeyResultReading.Value {
        var span = valueSpan(index)
        // "40 a month", "40 per week": a rate goes with its value.
        let next = span.upperBound
        if next + 1 < tokens.count, classes(at: next).contains(.rateWord), !classes(at: next).contains(.frequencyWord),
            isRate(next + 1),
            !classes(at: next + 1).isDisjoint(with: [.timeNoun, .durationUnit])
        {
            span = span.lowerBound..<(next + 2)
        }
        return KeyResultReading.Value(number: tokens[index].value, text: written(span))
    }

    /// Keep, maintain, stay; or hold at a level ("Hold uptime at 99.9 %").
    private var keepsLevel: Bool {
        guard let verb = mainVerb else { return false }
        let wordClass = classes(at: verb.index)
        return wordClass.contains(.keepVerb)
            || (wordClass.contains(.holdVerb) && verb.classes.contains(.businessAsUsualVerb))
    }

    /// The start value a word brings: "from 40", "van 4 naar 5", "today 40", "40 today".
    private func startValue(at index: Int, classes wordClass: WordClass) -> Int? {
        if wordClass.contains(.baselinePreposition) { return number(after: index) }
        if wordClass.contains(.pairedBaselinePreposition), let value = number(after: index) {
            // "van 4 naar 5", "van 40 klanten naar 60": only with a "naar"/"tot" and a number after
            // the start value.
            guard let next = targetPreposition(from: valueSpan(value).upperBound), number(after: next) != nil
            else { return nil }
            return value
        }
        if wordClass.contains(.baselineWord) {
            if let value = number(after: index) { return value }
            let from = max(index - 2, 0)
            return (from..<index).last { isNumber($0) && isCountable($0) }
        }
        return nil
    }

    /// The "to" at `index`, or after at most two counted words ("40 klanten naar", "40 actieve
    /// klanten naar"); none when a number, a sign or a from comes first.
    private func targetPreposition(from index: Int) -> Int? {
        for next in index..<min(index + 3, tokens.count) {
            let wordClass = classes(at: next)
            if wordClass.contains(.targetPreposition) { return next }
            guard tokens[next].kind == .word,
                wordClass.isDisjoint(with: [.baselinePreposition, .pairedBaselinePreposition])
            else { return nil }
        }
        return nil
    }

    /// "68% to 75%", "van 4 uur naar 45 minuten": a number right before "to" whose unit fits
    /// the target's: the same unit, units of one kind, or none on the first.
    private func pairedStart(before preposition: Int, target: Int) -> Int? {
        guard preposition > 0,
            let first = (max(preposition - 4, 0)..<preposition).last(where: { isNumber($0) && isCountable($0) }),
            valueSpan(first).upperBound == preposition
        else { return nil }
        guard let startUnit = unit(of: first) else { return first }
        guard let targetUnit = unit(of: target) else { return nil }
        if tokens[startUnit].text == tokens[targetUnit].text { return first }
        let measures =
            classes(at: startUnit).contains(.measureUnit)
            && classes(at: targetUnit).contains(.measureUnit)
        return measures ? first : nil
    }

    /// The unit token of a value: its percent sign, currency or measure unit.
    private func unit(of index: Int) -> Int? {
        valueSpan(index).last { token in
            token != index && tokens[token].text != "." && !classes(at: token).contains(.magnitudeWord)
        }
    }

    /// A number with a bound word right before it, or "or more"/"+" right after it.
    private func level(at index: Int) -> (Int, KeyResultReading.Bound)? {
        guard isValue(index) || (isNumber(index) && isCountable(index)) else { return nil }
        let span = valueSpan(index)
        var before = span.lowerBound - 1
        while before >= 0, classes(at: before).contains(.numberHedge) { before -= 1 }
        if before >= 0, let side = side(of: before) { return (index, side) }
        let after = span.upperBound
        guard after < tokens.count, let side = side(of: after) else { return nil }
        // "or more", "eller mer", "+" close the value; "2 000 000 SEK under K3" is no bound.
        let end = phraseSpans[after]?.upperBound ?? after + 1
        guard end - after > 1 || tokens[after].text == "+" else { return nil }
        guard end >= tokens.count || !isCountable(end) else { return nil }
        return (index, side)
    }

    private func side(of index: Int) -> KeyResultReading.Bound? {
        let wordClass = classes(at: index)
        if wordClass.contains(.atLeastWord) { return .atLeast }
        if wordClass.contains(.atMostWord) { return .atMost }
        return nil
    }

    /// With no change verb, zero is a ceiling ("Zero critical incidents") and 100 % a floor.
    private func impliedLevel() -> (index: Int, bound: KeyResultReading.Bound)? {
        for index in tokens.indices where !isInPurpose(index) && isCountable(index) {
            if classes(at: index).contains(.zeroWord) || tokens[index].value == 0 {
                return (index, .atMost)
            }
            let next = index + 1
            if tokens[index].value == 100, next < tokens.count,
                tokens[next].text == "%" || classes(at: next).contains(.percentWord)
            {
                return (index, .atLeast)
            }
        }
        return nil
    }

    /// "double", "by 20 %" after a change verb, "3x", "20 % more".
    private func relative(at index: Int, classes wordClass: WordClass, changes: Bool) -> Bool {
        if wordClass.contains(.relativeChange) { return true }
        if wordClass.contains(.relativePreposition), changes {
            // Only a number right after it ("by about 20 %"): "by launching in two regions" is none.
            var next = index + 1
            while next < tokens.count, next <= index + 3,
                tokens[next].text == "."
                    || !classes(at: next).isDisjoint(with: [.currency, .numberHedge, .hedge, .determiner])
            {
                next += 1
            }
            if next < tokens.count, isCountable(next) { return true }
        }
        if roles[index] == .quantity, tokens[index].suffix == "x" || tokens[index].suffix == "×" {
            return true
        }
        return wordClass.contains(.comparative) && countable(before: index, within: 3)
    }

    /// The first countable number a few words after a preposition; none when another
    /// from or to comes first ("time to triage from 24 h").
    private func number(after index: Int) -> Int? {
        let end = min(index + 4, tokens.count)
        guard index + 1 < end else { return nil }
        for next in index + 1..<end {
            if isNumber(next), isCountable(next) { return next }
            let wordClass = classes(at: next)
            if wordClass.contains(.baselinePreposition) || wordClass.contains(.targetPreposition) { return nil }
        }
        return nil
    }

    private func isNumber(_ index: Int) -> Bool {
        tokens[index].kind == .number || classes(at: index).contains(.numberWord)
    }

    /// A number that is a quantity of the measure, not a date, an ordinal or a name.
    private func isValue(_ index: Int) -> Bool {
        tokens[index].kind == .number && roles[index] == .quantity && !isInPurpose(index)
    }

}

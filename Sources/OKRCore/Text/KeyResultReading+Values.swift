extension KeyResultReading {
    /// Finds a key result's values: where it starts, where it goes, and whether it holds a level.
    ///
    /// A starting value is a number after from/fra/från (Dutch "van" only with a "naar" or
    /// "tot" and a number after it), the first of two numbers joined by to/til/till/naar/tot
    /// ("68% to 75%"), or today's value ("today 40"). A level to hold is a number right after
    /// a bound word ("at least 99.5%", "below 3 s") or before "or more"/"+", with no change
    /// verb; or any number after a keep verb ("Maintain 40 active partners").
    struct ValueReader {
        let analysis: TextAnalysis
        private(set) var start: Value?
        private(set) var target: Value?
        private(set) var bound: Bound?
        private(set) var isRelative = false
        private(set) var holdsLevel = false

        init(analysis: TextAnalysis) {
            self.analysis = analysis
            let changes = analysis.mainVerb?.classes.contains(.outcomeVerb) ?? false
            var startIndex: Int?
            var targetIndex: Int?
            var levelIndex: Int?
            for index in analysis.tokens.indices where !analysis.isInPurpose(index) {
                let classes = analysis.classes(at: index)
                if startIndex == nil, let found = startValue(at: index, classes: classes) {
                    startIndex = found
                } else if targetIndex == nil, classes.contains(.targetPreposition), let value = number(after: index),
                    value > (startIndex ?? -1)
                {
                    targetIndex = value
                    if startIndex == nil, let paired = pairedStart(before: index, target: value) { startIndex = paired }
                }
                if levelIndex == nil, let (value, side) = level(at: index) {
                    levelIndex = value
                    bound = side
                }
                if !isRelative { isRelative = relative(at: index, classes: classes, changes: changes) }
            }
            let keeps = Self.keeps(analysis)
            if levelIndex == nil, !changes, let implied = impliedLevel() {
                levelIndex = implied.index
                bound = implied.bound
            }
            let values = analysis.tokens.indices.filter { isValue($0) }
            holdsLevel = (levelIndex != nil && !changes) || (keeps && !values.isEmpty)
            if targetIndex == nil { targetIndex = levelIndex }
            if targetIndex == nil, keeps { targetIndex = values.first }
            // "Reach 600 clinics": the only number is the target. "By 20 %" is a change, not a target.
            if targetIndex == nil, startIndex == nil, !isRelative, values.count == 1 { targetIndex = values[0] }
            start = startIndex.map(value(at:))
            target = targetIndex.map(value(at:))
        }

        /// Keep, maintain, stay; or hold at a level ("Hold uptime at 99.9 %").
        private static func keeps(_ analysis: TextAnalysis) -> Bool {
            guard let verb = analysis.mainVerb else { return false }
            let classes = analysis.classes(at: verb.index)
            return classes.contains(.keepVerb) || (classes.contains(.holdVerb) && verb.classes.contains(.businessAsUsualVerb))
        }

        /// The start value a word brings: "from 40", "van 4 naar 5", "today 40", "40 today".
        private func startValue(at index: Int, classes: WordClass) -> Int? {
            if classes.contains(.baselinePreposition) { return number(after: index) }
            if classes.contains(.pairedBaselinePreposition), let value = number(after: index) {
                // "van 4 naar 5": only with a "naar"/"tot" and a number after the start value.
                let next = analysis.valueSpan(value).upperBound
                guard next < analysis.tokens.count, analysis.classes(at: next).contains(.targetPreposition),
                    number(after: next) != nil
                else { return nil }
                return value
            }
            if classes.contains(.baselineWord) {
                if let value = number(after: index) { return value }
                let from = max(index - 2, 0)
                return (from..<index).last { isNumber($0) && analysis.isCountable($0) }
            }
            return nil
        }

        /// "68% to 75%", "van 4 uur naar 45 minuten": a number right before "to" whose unit fits
        /// the target's: the same unit, units of one kind, or none on the first.
        private func pairedStart(before preposition: Int, target: Int) -> Int? {
            guard preposition > 0,
                let first = (max(preposition - 4, 0)..<preposition).last(where: { isNumber($0) && analysis.isCountable($0) }),
                analysis.valueSpan(first).upperBound == preposition
            else { return nil }
            guard let startUnit = unit(of: first) else { return first }
            guard let targetUnit = unit(of: target) else { return nil }
            if analysis.tokens[startUnit].text == analysis.tokens[targetUnit].text { return first }
            let measures = analysis.classes(at: startUnit).contains(.measureUnit)
                && analysis.classes(at: targetUnit).contains(.measureUnit)
            return measures ? first : nil
        }

        /// The unit token of a value: its percent sign, currency or measure unit.
        private func unit(of index: Int) -> Int? {
            analysis.valueSpan(index).last { token in
                token != index && analysis.tokens[token].text != "." && !analysis.classes(at: token).contains(.magnitudeWord)
            }
        }

        /// A number with a bound word right before it, or "or more"/"+" right after it.
        private func level(at index: Int) -> (Int, Bound)? {
            guard isValue(index) || (isNumber(index) && analysis.isCountable(index)) else { return nil }
            let span = analysis.valueSpan(index)
            var before = span.lowerBound - 1
            while before >= 0, analysis.classes(at: before).contains(.numberHedge) { before -= 1 }
            if before >= 0, let side = side(of: before) { return (index, side) }
            let after = span.upperBound
            guard after < analysis.tokens.count, let side = side(of: after) else { return nil }
            // "or more", "eller mer", "+" close the value; "2 000 000 SEK under K3" is no bound.
            let end = analysis.phraseSpans[after]?.upperBound ?? after + 1
            guard end - after > 1 || analysis.tokens[after].text == "+" else { return nil }
            guard end >= analysis.tokens.count || !analysis.isCountable(end) else { return nil }
            return (index, side)
        }

        private func side(of index: Int) -> Bound? {
            let classes = analysis.classes(at: index)
            if classes.contains(.atLeastWord) { return .atLeast }
            if classes.contains(.atMostWord) { return .atMost }
            return nil
        }

        /// With no change verb, zero is a ceiling ("Zero critical incidents") and 100 % a floor.
        private func impliedLevel() -> (index: Int, bound: Bound)? {
            for index in analysis.tokens.indices where !analysis.isInPurpose(index) && analysis.isCountable(index) {
                if analysis.classes(at: index).contains(.zeroWord) || analysis.tokens[index].value == 0 {
                    return (index, .atMost)
                }
                let next = index + 1
                if analysis.tokens[index].value == 100, next < analysis.tokens.count,
                    analysis.tokens[next].text == "%" || analysis.classes(at: next).contains(.percentWord)
                {
                    return (index, .atLeast)
                }
            }
            return nil
        }

        /// "double", "by 20 %" after a change verb, "3x", "20 % more".
        private func relative(at index: Int, classes: WordClass, changes: Bool) -> Bool {
            if classes.contains(.relativeChange) { return true }
            if classes.contains(.relativePreposition), changes {
                // Only a number right after it ("by about 20 %"): "by launching in two regions" is none.
                var next = index + 1
                while next < analysis.tokens.count, next <= index + 3,
                    analysis.tokens[next].text == "."
                        || !analysis.classes(at: next).isDisjoint(with: [.currency, .numberHedge, .hedge, .determiner])
                {
                    next += 1
                }
                if next < analysis.tokens.count, analysis.isCountable(next) { return true }
            }
            if analysis.roles[index] == .quantity, analysis.tokens[index].suffix == "x" || analysis.tokens[index].suffix == "×" {
                return true
            }
            return classes.contains(.comparative) && analysis.countable(before: index, within: 3)
        }

        /// The first countable number a few words after a preposition; none when another
        /// from or to comes first ("time to triage from 24 h").
        private func number(after index: Int) -> Int? {
            let end = min(index + 4, analysis.tokens.count)
            guard index + 1 < end else { return nil }
            for next in index + 1..<end {
                if isNumber(next), analysis.isCountable(next) { return next }
                let classes = analysis.classes(at: next)
                if classes.contains(.baselinePreposition) || classes.contains(.targetPreposition) { return nil }
            }
            return nil
        }

        private func isNumber(_ index: Int) -> Bool {
            analysis.tokens[index].kind == .number || analysis.classes(at: index).contains(.numberWord)
        }

        /// A number that is a quantity of the measure, not a date, an ordinal or a name.
        private func isValue(_ index: Int) -> Bool {
            analysis.tokens[index].kind == .number && analysis.roles[index] == .quantity && !analysis.isInPurpose(index)
        }

        private func value(at index: Int) -> Value {
            Value(number: analysis.tokens[index].value, text: analysis.written(analysis.valueSpan(index)))
        }
    }
}

/// The phrases of a key result in the person's words: its measure and its deadline.
extension TextAnalysis {

    /// Where the measure begins, as a token position.
    public func measureStart(verb: Int?) -> Int? {
        measureSpan(verb: verb)?.lowerBound
    }

    /// The deadline `KeyResultReading` finds in a key result, without reading the rest of it.
    public var keyResultDeadline: KeyResultReading.Deadline? {
        deadlinePhrase(outside: measureSpan(verb: mainVerb?.index))
    }

    /// Where the measure lies, as token positions: the words after the verb ("Increase *weekly
    /// active clinics* to 600"), or before it when none follow ("*Het aantal klinieken* verhogen van 420 naar 600").
    func measureSpan(verb: Int?) -> Range<Int>? {
        guard let verb else { return words(from: 0, to: tokens.count) }
        let afterVerb = phraseSpans[verb]?.upperBound ?? verb + 1
        return words(from: afterVerb, to: tokens.count) ?? words(from: 0, to: verb, beforeVerb: true)
    }

    /// The time named, from the word that brings it to the end of the clause:
    /// "by 31 March", "innen utgangen av K1", "binnen zes weken".
    /// Time words inside the measure ("in their first seven days") name no deadline.
    func deadlinePhrase(outside measure: Range<Int>? = nil) -> KeyResultReading.Deadline? {
        let introducers: WordClass = [.deadlinePreposition, .durationPreposition, .deadlineWord]
        guard
            let first = tokens.indices.first(where: { index in
                guard !isInPurpose(index), !(measure?.contains(index) ?? false) else { return false }
                if isTime(index) { return true }
                // "by Q3", "by the end of", "innen 6 uker": a word that brings a time close by.
                guard !classes(at: index).isDisjoint(with: introducers) else { return false }
                // "i løpet av K1": the time comes after the whole phrase.
                let after = max(phraseSpans[index]?.upperBound ?? index + 1, index + 1)
                let end = min(after + 2, tokens.count)
                return (after..<end).contains { isTime($0) || classes(at: $0).contains(.deadlineWord) }
                    && !(after..<end).contains { isCountable($0) && roles[$0] != .time }
            })
        else { return nil }
        var end = first
        // It ends at a comma, a purpose, a verb or the values: "uiterlijk eind maart *verhogen naar 40*".
        let values = valueMarker(from: first + 1, to: tokens.count) ?? tokens.count
        while end < values, !isInPurpose(end), tokens[end].text != ",", tokens[end].text != ";",
            end == first || classes(at: end).isDisjoint(with: .verb) || isSpelledLikeVerb(phraseStart(end))
        {
            end += 1
        }
        while end > first, tokens[end - 1].kind == .symbol, tokens[end - 1].text != "%" {
            end -= 1
        }
        guard end > first else { return nil }
        let brings = !classes(at: first).isDisjoint(with: [.deadlinePreposition, .durationPreposition])
        // "i løpet av K1" brings "K1"; "innen utgangen av K1" brings "utgangen av K1".
        let phrase = classes(at: first).contains(.deadlineWord) ? nil : phraseSpans[first]?.upperBound
        let introducer = max(phrase ?? first + 1, first + 1)
        let timeStart = brings && introducer < end ? introducer : first
        return KeyResultReading.Deadline(
            phrase: written(first..<end),
            preposition: timeStart > first ? written(first..<timeStart).lowercased() : nil,
            time: written(timeStart..<end))
    }

    /// The first run of measure words in a stretch of the text.
    ///
    /// Numbers and time words inside the measure stay part of it: it runs up to the first value
    /// it is set to ("… in their first seven days *from 30 %*"), and before a verb that closes
    /// it (Dutch "… dat binnen een week boekt *verhogen*") up to that verb, unless a time reaches the verb.
    private func words(from start: Int, to end: Int, beforeVerb: Bool = false) -> Range<Int>? {
        var start = start
        // Skip a leading number and its unit: "Reach *6000* paid subscriptions".
        while start < end, isCountable(start) || isUnitOfNumber(start) || tokens[start].kind == .symbol {
            start += 1
        }
        // "Minst 600 aktive klinikker", "about 40 clinics": a bound or hedge and its number go too.
        while start < end,
            !classes(at: start).isDisjoint(with: [.hedge, .numberHedge, .atLeastWord, .atMostWord])
                || isCountable(start) || isUnitOfNumber(start)
        {
            start += 1
        }
        var stop = start
        while stop < end, !isStop(stop) { stop += 1 }
        // "på minst 99,5 %": the stop brings a value itself.
        let bringsValue =
            stop < end
            && (valueMarker(from: stop, to: end) == stop
                || !classes(at: stop).isDisjoint(with: [.relativeChange, .relativePreposition])
                || !classes(at: stop).isDisjoint(with: [.holdPreposition, .atLeastWord, .atMostWord])
                    && countable(after: stop, within: 3))
        if !bringsValue, let marker = valueMarker(from: stop, to: end), !holdsBreak(from: stop, to: marker),
            !namesCalendarTime(from: stop, to: marker)
        {
            stop = marker
        } else if beforeVerb, !bringsValue, stop < end, !holdsBreak(from: stop, to: end) {
            // Up to the verb, but a deadline right before it is none of the measure: "… binnen 6 weken verhogen".
            var tail = end
            while tail > stop, isTimeRelated(tail - 1) { tail -= 1 }
            stop = (tail..<end).first { namesDeadline(from: $0, to: end) } ?? end
        }
        while start < stop, !classes(at: start).isDisjoint(with: [.verbParticle, .indefiniteArticle]) { start += 1 }
        while stop > start, tokens[stop - 1].kind == .symbol || classes(at: stop - 1).contains(.verbParticle) {
            stop -= 1
        }
        guard stop > start else { return nil }
        // "Wekelijks verhogen van 25 naar 40": how often is no measure.
        if (start..<stop).allSatisfy({ !classes(at: $0).isDisjoint(with: [.frequencyWord, .rateWord]) }) { return nil }
        // "We will have 600 active clinics": a subject and a modal verb are no measure.
        if (start..<stop).contains(where: { classes(at: $0).contains(.modalVerb) }), stop < end {
            return words(from: stop, to: end, beforeVerb: beforeVerb)
        }
        return start..<stop
    }

    /// The first from, to, by or bound word with a number right after it: where the values begin.
    private func valueMarker(from start: Int, to end: Int) -> Int? {
        let markers: WordClass = [
            .baselinePreposition, .pairedBaselinePreposition, .targetPreposition, .relativePreposition, .atLeastWord,
            .atMostWord,
        ]
        return (start..<end).first { index in
            guard !classes(at: index).isDisjoint(with: markers) else { return false }
            let next = phraseSpans[index]?.upperBound ?? index + 1
            return (next..<min(next + 2, end)).contains { isCountable($0) && roles[$0] != .time }
        }
    }

    /// A comma, a purpose or a verb: the measure does not run past it.
    private func holdsBreak(from start: Int, to end: Int) -> Bool {
        (start..<end).contains { index in
            isInPurpose(index) || tokens[index].text == "," || tokens[index].text == ";"
                || (!classes(at: index).isDisjoint(with: .verb) && !isSpelledLikeVerb(phraseStart(index)))
        }
    }

    /// A month, a quarter, a date or a year: a time the deadline names, not a period the measure counts
    /// ("in Q1" ends the measure; "in their first seven days" does not).
    private func namesCalendarTime(from start: Int, to end: Int) -> Bool {
        (start..<end).contains { index in
            if classes(at: index).contains(.month) { return true }
            guard roles[index] == .time, classes(at: index).isDisjoint(with: [.timeNoun, .durationUnit, .numberWord])
            else {
                return false
            }
            let next = index + 1
            return next >= tokens.count || classes(at: next).isDisjoint(with: [.timeNoun, .durationUnit])
        }
    }

    /// Whether a stretch of time words names a deadline: a calendar time ("in Q1", "uiterlijk eind
    /// maart") or a number of periods ("binnen 6 weken"), not a period the measure counts ("in de eerste maand").
    private func namesDeadline(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        if namesCalendarTime(from: start, to: end) { return true }
        let introducers: WordClass = [.deadlinePreposition, .durationPreposition, .deadlineWord]
        guard !classes(at: start).isDisjoint(with: introducers) else { return false }
        let next = phraseSpans[start]?.upperBound ?? start + 1
        return next < end && tokens[next].kind == .number
    }

    /// A word of a time phrase: a time, a number, a deadline word or preposition, an article.
    private func isTimeRelated(_ index: Int) -> Bool {
        let related: WordClass = [
            .deadlineWord, .deadlinePreposition, .durationPreposition, .determiner, .durationUnit,
        ]
        return isTime(index) || isCountable(index) || tokens[index].kind == .symbol
            || !classes(at: index).isDisjoint(with: related.union(.timeWord))
    }

    /// A unit next to a number ("NOK 2 mill.", "45 %"); "Percentage klinieken" opens a measure.
    private func isUnitOfNumber(_ index: Int) -> Bool {
        guard isUnit(index) else { return false }
        return (index > 0 && isCountable(index - 1)) || (index + 1 < tokens.count && isCountable(index + 1))
            || (index > 0 && isUnit(index - 1))
    }

    private func isUnit(_ index: Int) -> Bool {
        tokens[index].text == "%"
            || !classes(at: index).isDisjoint(with: [.currency, .percentWord, .magnitudeWord])
    }

    /// Where the measure ends: a from, to, by, a time, a number, a purpose, a bound.
    private func isStop(_ index: Int) -> Bool {
        if isInPurpose(index) || isCountable(index) { return true }
        let wordClass = classes(at: index)
        // "sign-ups per week", "bestillinger i uka": a rate is part of the measure.
        let rate = wordClass.contains(.rateWord) || (index > 0 && classes(at: index - 1).contains(.rateWord))
        if rate { return false }
        if tokens[index].text == "," || tokens[index].text == ";" { return true }
        // "uptime at 99.9 %", "oppetid på minst 99,5 %", "NPS mellan 40 och 50": a bound, "at" or a
        // range before a number ends it.
        if !wordClass.isDisjoint(with: [.holdPreposition, .atLeastWord, .atMostWord, .rangeWord]),
            countable(after: index, within: 3)
        {
            return true
        }
        // "i kundestøtte", "in support": a preposition that may name a time ends the measure only when one follows.
        if !wordClass.isDisjoint(with: [.deadlinePreposition, .durationPreposition]),
            wordClass.isDisjoint(with: [.baselinePreposition, .targetPreposition, .relativePreposition, .deadlineWord])
        {
            let end = min(index + 3, tokens.count)
            return (index + 1..<end).contains { roles[$0] != nil || !classes(at: $0).isDisjoint(with: .timeWord) }
        }
        // "reactietijd van de klantenservice": "van" ends the measure only before a number.
        let fromOrTo: WordClass = [
            .baselinePreposition, .pairedBaselinePreposition, .targetPreposition, .relativePreposition,
        ]
        if !wordClass.isDisjoint(with: fromOrTo) {
            let end = min(index + 4, tokens.count)
            let time =
                wordClass.contains(.deadlinePreposition)
                && (index + 1..<min(index + 3, tokens.count)).contains(where: isTime)
            return (index + 1..<end).contains { isCountable($0) } || wordClass.contains(.deadlineWord) || time
        }
        // A verb ends it; a noun spelled like one ("sign-ups") does not.
        if !wordClass.isDisjoint(with: .verb), !isSpelledLikeVerb(phraseStart(index)) { return true }
        let stops: WordClass = [.deadlineWord, .month, .timeNoun]
        return !wordClass.isDisjoint(with: stops) || roles[index] == .time
    }
}

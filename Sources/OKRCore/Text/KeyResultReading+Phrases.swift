/// The phrases of a key result in the person's words: its measure and its deadline.
extension TextAnalysis {

    /// The measure: the words after the verb ("Increase *weekly active clinics* to 600"), or
    /// before it when none follow ("*Het aantal klinieken* verhogen van 420 naar 600").
    func measurePhrase(verb: Int?) -> String? {
        guard let verb else { return words(from: 0, to: tokens.count) }
        let afterVerb = phraseSpans[verb]?.upperBound ?? verb + 1
        return words(from: afterVerb, to: tokens.count) ?? words(from: 0, to: verb)
    }

    /// The time named, from the word that brings it to the end of the clause:
    /// "by 31 March", "innen utgangen av K1", "binnen zes weken".
    func deadlinePhrase() -> KeyResultReading.Deadline? {
        let introducers: WordClass = [.deadlinePreposition, .durationPreposition, .deadlineWord]
        guard
            let first = tokens.indices.first(where: { index in
                guard !isInPurpose(index) else { return false }
                if isTime(index) { return true }
                // "by Q3", "by the end of", "innen 6 uker": a word that brings a time close by.
                guard !classes(at: index).isDisjoint(with: introducers) else { return false }
                let end = min(index + 3, tokens.count)
                return (index + 1..<end).contains { isTime($0) || classes(at: $0).contains(.deadlineWord) }
                    && !(index + 1..<end).contains { isCountable($0) && roles[$0] != .time }
            })
        else { return nil }
        var end = first
        while end < tokens.count, !isInPurpose(end), tokens[end].text != ",", tokens[end].text != ";" {
            end += 1
        }
        while end > first, tokens[end - 1].kind == .symbol, tokens[end - 1].text != "%" {
            end -= 1
        }
        guard end > first else { return nil }
        let word = tokens[first].text
        let brings = !classes(at: first).isDisjoint(with: [.deadlinePreposition, .durationPreposition])
        let timeStart = brings && first + 1 < end ? first + 1 : first
        return KeyResultReading.Deadline(
            phrase: written(first..<end), preposition: timeStart > first ? word : nil,
            time: written(timeStart..<end))
    }

    /// The first run of measure words in a stretch of the text.
    private func words(from start: Int, to end: Int) -> String? {
        var start = start
        // Skip a leading number and its unit: "Reach *6000* paid subscriptions".
        while start < end, isCountable(start) || isUnit(start) || tokens[start].kind == .symbol {
            start += 1
        }
        while start < end, !classes(at: start).isDisjoint(with: [.hedge, .numberHedge]) { start += 1 }
        var stop = start
        while stop < end, !isStop(stop) { stop += 1 }
        while stop > start, tokens[stop - 1].kind == .symbol { stop -= 1 }
        guard stop > start else { return nil }
        return written(start..<stop)
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
        // "i kundestøtte", "in support": a preposition that may name a time ends the measure only when one follows.
        if !wordClass.isDisjoint(with: [.deadlinePreposition, .durationPreposition]),
            wordClass.isDisjoint(with: [.baselinePreposition, .targetPreposition, .relativePreposition, .deadlineWord])
        {
            let end = min(index + 3, tokens.count)
            return (index + 1..<end).contains { roles[$0] != nil || !classes(at: $0).isDisjoint(with: .timeWord) }
        }
        // "reactietijd van de klantenservice": "van" ends the measure only before a number.
        let fromOrTo: WordClass = [.baselinePreposition, .pairedBaselinePreposition, .targetPreposition, .relativePreposition]
        if !wordClass.isDisjoint(with: fromOrTo) {
            let end = min(index + 4, tokens.count)
            return (index + 1..<end).contains { isCountable($0) } || wordClass.contains(.deadlineWord)
        }
        // "uptime at 99.9 %", "uptime at least 99.5 %": a bound or "at" before a number ends it.
        if !wordClass.isDisjoint(with: [.holdPreposition, .atLeastWord, .atMostWord]) {
            return countable(after: index, within: 3)
        }
        // A verb ends it; a noun spelled like one ("sign-ups") does not.
        if !wordClass.isDisjoint(with: .verb), !isSpelledLikeVerb(phraseStart(index)) { return true }
        let stops: WordClass = [.deadlineWord, .month, .timeNoun]
        return !wordClass.isDisjoint(with: stops) || roles[index] == .time
    }
}

extension KeyResultReading.Deadline {
    /// The time without the word a sentence pattern brings itself: where the pattern says
    /// "senast D", "senast 31 mars" gives "31 mars".
    public func time(withoutLead lead: String?) -> String {
        guard preposition == nil, let lead, phrase.lowercased().hasPrefix(lead + " ") else { return time }
        return String(phrase.dropFirst(lead.count + 1))
    }

    /// An answer to "By when?" as written, without a leading "by", "innen" or the pattern's own
    /// word. Only such a word goes: "eind maart" and "medio maart" stay whole.
    public static func answer(_ answer: String, lead: String?, lexicon: Lexicon) -> String {
        let text = answer.trimmingWhitespace()
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return text }
        let first = words[0].lowercased()
        let preposition = !lexicon.classes(of: first).isDisjoint(with: [.deadlinePreposition, .durationPreposition])
        return preposition || first == lead ? String(words[1]) : text
    }
}

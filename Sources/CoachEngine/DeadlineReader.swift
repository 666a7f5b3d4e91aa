import OKRCore

/// Finds the time a key result names, as written: "by *31 March*", "innen *utgangen av K1*".
enum DeadlineReader {
    /// The time named in a text, without the word that introduces it; nil when none is named.
    static func deadline(in text: String, lead: String?, lexicon: Lexicon) -> String? {
        let analysis = TextAnalysis(text, lexicon: lexicon)
        let count = analysis.tokens.count
        let introducers: WordClass = [.deadlinePreposition, .durationPreposition, .deadlineWord]
        guard
            let first = analysis.tokens.indices.first(where: { index in
                guard !analysis.isInPurpose(index) else { return false }
                if isTime(analysis, index) { return true }
                // "by Q3", "by the end of", "innen 6 uker": a word that introduces a time close by.
                guard !analysis.classes(at: index).isDisjoint(with: introducers) else { return false }
                let end = min(index + 3, count)
                return (index + 1..<end).contains { isTime(analysis, $0) || analysis.classes(at: $0).contains(.deadlineWord) }
                    && !(index + 1..<end).contains { analysis.counts($0) && analysis.roles[$0] != .time }
            })
        else { return nil }
        var start = first
        // The pattern brings its own "by"/"innen"/"senast": leave out a preposition or that word.
        let word = analysis.tokens[start].text
        let preposition = !lexicon.classes(of: word).isDisjoint(with: [.deadlinePreposition, .durationPreposition])
        if start + 1 < count, preposition || word == lead {
            start += 1
        }
        var end = start
        while end < count, !analysis.isInPurpose(end), analysis.tokens[end].text != ",", analysis.tokens[end].text != ";" {
            end += 1
        }
        while end > start, analysis.tokens[end - 1].kind == .symbol, analysis.tokens[end - 1].text != "%" {
            end -= 1
        }
        guard end > start else { return nil }
        return analysis.written(start..<end)
    }

    /// An answer to "By when?" as written, without a leading "by", "innen", "senast".
    /// Only a preposition or the pattern's own word goes: "eind maart" and "medio maart" stay whole.
    static func withoutIntroducer(_ answer: String, lead: String?, lexicon: Lexicon) -> String {
        let text = answer.trimmingWhitespace()
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return text }
        let first = words[0].lowercased()
        let preposition = !lexicon.classes(of: first).isDisjoint(with: [.deadlinePreposition, .durationPreposition])
        return preposition || first == lead ? String(words[1]) : text
    }

    private static func isTime(_ analysis: TextAnalysis, _ index: Int) -> Bool {
        analysis.roles[index] == .time || !analysis.classes(at: index).isDisjoint(with: [.month, .timeNoun])
    }
}

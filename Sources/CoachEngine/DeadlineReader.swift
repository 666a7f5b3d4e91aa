import OKRCore

/// Finds the time a key result names, as written: "by *31 March*", "innen *utgangen av K1*".
enum DeadlineReader {
    /// The time named in a text, without the word that introduces it; nil when none is named.
    static func deadline(in text: String, lexicon: Lexicon) -> String? {
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
        // The pattern brings its own "by"/"innen"/"senast": leave out a single introducing word.
        let word = analysis.tokens[start].text
        if start + 1 < count, !lexicon.classes(of: word).isDisjoint(with: introducers) {
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
    static func withoutIntroducer(_ answer: String, lexicon: Lexicon) -> String {
        let text = answer.trimmingWhitespace()
        let words = text.split(separator: " ", maxSplits: 1)
        let introducers: WordClass = [.deadlinePreposition, .durationPreposition, .deadlineWord]
        guard words.count == 2, !lexicon.classes(of: words[0].lowercased()).isDisjoint(with: introducers) else {
            return text
        }
        return String(words[1])
    }

    private static func isTime(_ analysis: TextAnalysis, _ index: Int) -> Bool {
        analysis.roles[index] == .time || !analysis.classes(at: index).isDisjoint(with: [.month, .timeNoun])
    }
}

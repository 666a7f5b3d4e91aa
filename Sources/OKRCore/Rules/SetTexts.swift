/// The texts of a set as `check` reads them: each objective's title and key results, trimmed,
/// lower-cased once and split into tokens once. Language detection counts the words of these
/// tokens and the rules analyse the same tokens, so no text is tokenized twice where one
/// tokenizer serves both.
struct SetTexts: Sendable {
    /// One title or key result, trimmed, with its tokens as the set's tokenizer splits it.
    struct Entry: Sendable {
        let lowered: LoweredText
        let tokens: [Token]
        /// The tokenizer that made `tokens`.
        let tokenizer: Tokenizer

        /// Trims, lower-cases and tokenizes a text.
        init(_ text: String, tokenizer: Tokenizer) {
            lowered = LoweredText(text.trimmingWhitespace())
            tokens = tokenizer.tokens(lowercased: lowered.scalars)
            self.tokenizer = tokenizer
        }

        /// The text, trimmed.
        var text: String { lowered.text }

        /// The text analysed with a lexicon: with the tokens already made where the lexicon
        /// splits the text the same way (the same number format, or no digit in the text).
        func analysis(with lexicon: Lexicon) -> TextAnalysis {
            let same = lexicon.tokenizer == tokenizer || !lowered.hasDigit
            return TextAnalysis(
                lowered, tokens: same ? tokens : lexicon.tokenizer.tokens(lowercased: lowered.scalars), lexicon: lexicon
            )
        }
    }

    /// For each objective, its title and then its key results.
    let objectives: [[Entry]]
    /// The tokenizer that made every entry's tokens.
    let tokenizer: Tokenizer
    /// How often each word occurs in all the texts, as `tokenizer` splits them (when counted).
    let wordCounts: [String: Int]
    /// Where the texts are that another number format splits into other words (when counted): the
    /// objective's offset and the entry's.
    private let splitByFormat: [(objective: Int, entry: Int)]

    /// Reads a set's texts; a large set on every core, a slice of objectives each.
    ///
    /// - Parameter countsWords: whether to count the words, for language detection.
    init(_ set: OKRSet, tokenizer: Tokenizer, countsWords: Bool, everyCore: Bool) {
        let objectives = set.objectives
        let slices = SliceResults<
            (objectives: [[Entry]], wordCounts: [String: Int], splitByFormat: [(objective: Int, entry: Int)])
        >.perSlice(of: objectives.count, everyCore: everyCore) { range in
            var read: [[Entry]] = []
            read.reserveCapacity(range.count)
            var counts: [String: Int] = [:]
            var splitByFormat: [(objective: Int, entry: Int)] = []
            for offset in range {
                let objective = objectives[offset]
                let texts = [objective.title] + objective.keyResults.map(\.text)
                let entries = texts.map { Entry($0, tokenizer: tokenizer) }
                for (index, entry) in entries.enumerated() where countsWords {
                    for token in entry.tokens where token.kind == .word { counts[token.text, default: 0] += 1 }
                    if entry.lowered.hasDigitBeforeColon { splitByFormat.append((offset, index)) }
                }
                read.append(entries)
            }
            return (read, counts, splitByFormat)
        }
        self.objectives = slices.flatMap(\.objectives)
        self.tokenizer = tokenizer
        var wordCounts = slices.first?.wordCounts ?? [:]
        for slice in slices.dropFirst() { wordCounts.merge(slice.wordCounts, uniquingKeysWith: +) }
        self.wordCounts = wordCounts
        splitByFormat = slices.flatMap(\.splitByFormat)
    }

    /// The language the texts are written in, as `LanguageDetector.detect` finds it in the whole
    /// text: the words counted from the tokens already made. Words come out the same in every
    /// number format except after a digit and a colon ("31.03:a"), so only a text holding one is
    /// split again, for each other tokenizer.
    func language(by detector: LanguageDetector) -> LanguageCode? {
        detector.detect(wordCounts: wordCounts(for: detector.tokenizers))
    }

    /// How often each word occurs as each tokenizer splits the texts.
    func wordCounts(for tokenizers: [Tokenizer]) -> [[String: Int]] {
        tokenizers.map { other in
            guard other != tokenizer, !splitByFormat.isEmpty else { return wordCounts }
            var counts = wordCounts
            for (objective, index) in splitByFormat {
                let entry = objectives[objective][index]
                for token in entry.tokens where token.kind == .word {
                    counts[token.text, default: 0] -= 1
                    if counts[token.text] == 0 { counts[token.text] = nil }
                }
                for token in other.tokens(lowercased: entry.lowered.scalars) where token.kind == .word {
                    counts[token.text, default: 0] += 1
                }
            }
            return counts
        }
    }
}

import Dispatch
import Foundation

/// Tells which language a text is written in, from the common words of each catalog.
///
/// Each language scores a point for every distinct common word of its list
/// found in the text, and for every word holding one of its own letters (æ, ø;
/// ä, ö). The best score wins. A tie is decided, never left to a default: by the
/// languages the caller prefers (the set's or session's, then `--lang`), then by the
/// words only one of the tied languages knows, then by code. No sign at all says nil.
public struct LanguageDetector: Sendable {
    private let languages: Languages

    public init(_ languages: Languages) {
        self.languages = languages
    }

    /// The language of a text, or nil when the text gives no sign at all.
    ///
    /// When languages tie for the best score, the first rule that picks one decides:
    /// 1. the first of `preferring` among them (the set's or the session's language, then `--lang`);
    /// 2. the closest: the one that knows the most distinct words of the text that no other tied
    ///    language knows, its distinctive words (in any of its word lists: "øke" against "øge");
    /// 3. the first of them by code.
    ///
    /// The text is lower-cased once and tokenized once for each way of writing numbers
    /// (English apart, Norwegian, Swedish and Dutch alike), not once for each language; each
    /// distinct word is then looked up once a language, however often it occurs.
    public func detect(_ text: String, preferring: [LanguageCode] = []) -> LanguageCode? {
        let tokenizers = self.tokenizers
        return detect(
            wordCounts: Self.countWords(in: text.lowercasedScalars, with: tokenizers), preferring: preferring)
    }

    /// The distinct ways the languages split a text, one for each way of writing numbers, in the
    /// order of the language codes.
    var tokenizers: [Tokenizer] {
        var tokenizers: [Tokenizer] = []
        for code in languages.codes {
            guard let tokenizer = languages[code]?.lexicon.tokenizer, !tokenizers.contains(tokenizer) else { continue }
            tokenizers.append(tokenizer)
        }
        return tokenizers
    }

    /// The language of a text, from how often each word occurs in it as each of `tokenizers`
    /// splits it (in the same order); a tie is decided as `detect(_:preferring:)` says.
    func detect(wordCounts counted: [[String: Int]], preferring: [LanguageCode] = []) -> LanguageCode? {
        let tokenizers = self.tokenizers
        var scores: [(LanguageCode, Int)] = []
        var wordsOf: [LanguageCode: [String: Int]] = [:]
        for code in languages.codes {
            guard let lexicon = languages[code]?.lexicon, let group = tokenizers.firstIndex(of: lexicon.tokenizer)
            else {
                continue
            }
            var score = 0
            for (word, occurrences) in counted[group] {
                // A common word counts once; a word with one of the language's own letters, each time.
                if lexicon.classes(of: word).contains(.detection) { score += 1 }
                if word.unicodeScalars.contains(where: lexicon.detectionLetters.contains) { score += occurrences }
            }
            scores.append((code, score))
            wordsOf[code] = counted[group]
        }
        guard let best = scores.map(\.1).max(), best > 0 else { return nil }
        let tied = scores.filter { $0.1 == best }.map(\.0)
        guard tied.count > 1 else { return tied[0] }
        if let preferred = preferring.first(where: tied.contains) { return preferred }
        return closest(of: tied, wordsOf: wordsOf)
    }

    /// Of languages tied on score, the one with the most distinctive words in the text: words in
    /// one of its word lists and in none of another tied language's. Still tied, the first by code
    /// (`tied` is sorted).
    private func closest(of tied: [LanguageCode], wordsOf: [LanguageCode: [String: Int]]) -> LanguageCode {
        func knows(_ word: String, _ code: LanguageCode) -> Bool {
            !(languages[code]?.lexicon.classes(of: word).isEmpty ?? true)
        }
        var winner = tied[0]
        var most = -1
        for code in tied {
            let distinctive = (wordsOf[code] ?? [:]).keys.filter { word in
                knows(word, code) && !tied.contains { $0 != code && knows(word, $0) }
            }.count
            if distinctive > most {
                winner = code
                most = distinctive
            }
        }
        return winner
    }

    /// Texts shorter than this (in Unicode scalars) are split on the calling thread: for an answer
    /// in a chat or at the terminal, waking other threads costs more than splitting it at all.
    static let parallelFrom = 16_384

    /// How often each word occurs, as each tokenizer splits the text: on every core at once for a
    /// long text, one tokenizer after the other for a short one.
    private static func countWords(in lowered: [Unicode.Scalar], with tokenizers: [Tokenizer]) -> [[String: Int]] {
        guard lowered.count >= parallelFrom, tokenizers.count > 1 else {
            return tokenizers.map { countWords(in: lowered, with: $0) }
        }
        let results = SliceResults<[String: Int]>(count: tokenizers.count)
        DispatchQueue.concurrentPerform(iterations: tokenizers.count) { group in
            results.store([countWords(in: lowered, with: tokenizers[group])], at: group)
        }
        return results.joined()
    }

    private static func countWords(in lowered: [Unicode.Scalar], with tokenizer: Tokenizer) -> [String: Int] {
        var occurrences: [String: Int] = [:]
        for token in tokenizer.tokens(lowercased: lowered) where token.kind == .word {
            occurrences[token.text, default: 0] += 1
        }
        return occurrences
    }
}

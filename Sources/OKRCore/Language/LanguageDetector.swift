import Dispatch
import Foundation

/// Tells which language a text is written in, from the common words of each catalog.
///
/// Each language scores a point for every distinct common word of its list
/// found in the text, and for every word holding one of its own letters (æ, ø;
/// ä, ö). The best score wins when it is clear; a tie or no sign says nil.
public struct LanguageDetector: Sendable {
    private let languages: Languages

    public init(_ languages: Languages) {
        self.languages = languages
    }

    /// The language of a text, or nil when the text gives no clear sign.
    ///
    /// The text is lower-cased once and tokenized once for each way of writing numbers
    /// (English apart, Norwegian, Swedish and Dutch alike), not once for each language; each
    /// distinct word is then looked up once a language, however often it occurs.
    public func detect(_ text: String) -> LanguageCode? {
        let tokenizers = self.tokenizers
        return detect(wordCounts: Self.countWords(in: text.lowercasedScalars, with: tokenizers))
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
    /// splits it (in the same order).
    func detect(wordCounts counted: [[String: Int]]) -> LanguageCode? {
        let tokenizers = self.tokenizers
        var scores: [(LanguageCode, Int)] = []
        for code in languages.codes {
            guard let lexicon = languages[code]?.lexicon, let group = tokenizers.firstIndex(of: lexicon.tokenizer) else {
                continue
            }
            var score = 0
            for (word, occurrences) in counted[group] {
                // A common word counts once; a word with one of the language's own letters, each time.
                if lexicon.classes(of: word).contains(.detection) { score += 1 }
                if word.unicodeScalars.contains(where: lexicon.detectionLetters.contains) { score += occurrences }
            }
            scores.append((code, score))
        }
        let ranked = scores.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 > 0 else { return nil }
        if ranked.count > 1, ranked[1].1 == best.1 { return nil }
        return best.0
    }

    /// How often each word occurs, as each tokenizer splits the text: on every core at once.
    private static func countWords(in lowered: [Unicode.Scalar], with tokenizers: [Tokenizer]) -> [[String: Int]] {
        let results = SliceResults<[String: Int]>(count: tokenizers.count)
        DispatchQueue.concurrentPerform(iterations: tokenizers.count) { group in
            var occurrences: [String: Int] = [:]
            for token in tokenizers[group].tokens(lowercased: lowered) where token.kind == .word {
                occurrences[token.text, default: 0] += 1
            }
            results.store([occurrences], at: group)
        }
        return results.joined()
    }
}

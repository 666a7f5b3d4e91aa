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
    public func detect(_ text: String) -> LanguageCode? {
        var scores: [(LanguageCode, Int)] = []
        for code in languages.codes {
            guard let catalog = languages[code] else { continue }
            let lexicon = catalog.lexicon
            var seen = Set<String>()
            var score = 0
            for token in lexicon.tokenizer.tokens(text) where token.kind == .word {
                if seen.insert(token.text).inserted, lexicon.classes(of: token.text).contains(.detection) {
                    score += 1
                }
                if token.text.unicodeScalars.contains(where: lexicon.detectionLetters.contains) {
                    score += 1
                }
            }
            scores.append((code, score))
        }
        let ranked = scores.sorted { $0.1 > $1.1 }
        guard let best = ranked.first, best.1 > 0 else { return nil }
        if ranked.count > 1, ranked[1].1 == best.1 { return nil }
        return best.0
    }
}

/// The rules that read a mission statement: what the company is for, short and memorable.
///
/// A mission is said in a sentence or two that everybody can repeat. A number belongs in
/// the key results below it (mission-has-metric), a list of aims is no single purpose
/// anyone can remember (mission-is-list), and past two sentences or 25 words nobody
/// recalls it (mission-too-long).
enum MissionRules {
    /// The most words a mission may have before it is too long to remember.
    static let maxWords = 25
    /// The most sentences a mission may have: "one or two sentences".
    static let maxSentences = 2
    /// From this many commas followed by a space, the mission names a list of things.
    static let listCommas = 3

    static func findings(for mission: String, catalog: Catalog) -> [Finding] {
        func finding(_ rule: RuleID, _ values: [String: String] = [:]) -> Finding {
            catalog.finding(rule, objective: nil, line: nil, values: values)
        }
        let text = mission.trimmingWhitespace()
        guard !text.isEmpty else { return [] }
        var findings: [Finding] = []
        let analysis = TextAnalysis(text, lexicon: catalog.lexicon)
        if let quantity = analysis.firstDigitQuantity {
            findings.append(finding(.missionHasMetric, ["quantity": analysis.quoteQuantity(quantity)]))
        }
        if isList(text) {
            findings.append(finding(.missionIsList))
        }
        let words = ObjectiveRules.wordCount(text)
        let sentences = sentenceCount(text)
        if words > maxWords || sentences > maxSentences {
            findings.append(finding(.missionTooLong, ["count": String(words)]))
        }
        return findings
    }

    /// A list: items on lines of their own or behind bullets ("- ", "1."), parts split by
    /// semicolons, or `listCommas` commas or more ("fast, friendly, reliable, and cheap").
    static func isList(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if lines.count > 1 || lines.contains(where: startsWithBullet) { return true }
        if text.contains(";") { return true }
        var commas = 0
        var previous: Character?
        for character in text {
            if previous == ",", character.isWhitespace { commas += 1 }
            previous = character
        }
        return commas >= listCommas
    }

    /// "- item", "* item", "• item", "1. item", "2) item".
    private static func startsWithBullet(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "-*•–·".contains(first) { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first?.isWhitespace == true
    }

    /// Sentences end with ".", "!" or "?" followed by a space or the end; text after the last end counts too.
    static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var inSentence = false
        var ended = false
        for character in text {
            if ended, character.isWhitespace {
                count += 1
                inSentence = false
                ended = false
                continue
            }
            ended = ".!?".contains(character) && inSentence
            if character.isLetter || character.isNumber { inSentence = true }
        }
        return count + (inSentence ? 1 : 0)
    }
}

extension Checker {
    /// The findings of the mission rules on a mission statement, in a language: what `check`
    /// says of an organisation's mission and what the coach explains while drafting one.
    public func review(mission: String, language: LanguageCode) -> [Finding] {
        MissionRules.findings(for: mission, catalog: languages.catalog(for: language)).compactMap(options.settled)
    }
}

import OKRCore

/// Writes an objective with its reason, in the language's grammar.
///
/// A reason that opens with a verb goes after the purpose pattern ("… in order to keep every
/// clinic"), a clause after the clause pattern ("… so that clinics stay"). Where a subordinate
/// clause puts its verb last (Dutch, `verb_last` in the locale), the finite verb moves to the end
/// ("zodat ze bij ons blijven") and an infinitive phrase takes "om … te" ("om klanten te behouden").
struct PurposeComposer {
    let compose: CoachTexts.Compose
    let lexicon: Lexicon

    /// Verbs and the words that act as one in a reason: "blijven", "keep", "kunnen".
    private static let verbish: WordClass = WordClass.verb.union([
        .keepVerb, .holdVerb, .stateVerb, .modalVerb, .decreaseVerb,
    ])

    /// The objective with the reason given.
    func compose(objective: String, why: String) -> String {
        let objective = objective.trimmingTrailingPunctuation()
        var reason = why.trimmingTrailingPunctuation()
        // "to secure our lead" after "in order to": the person wrote the pattern's own word.
        if let lead = compose.purposeLead, reason.lowercased().hasPrefix(lead + " ") {
            reason = String(reason.dropFirst(lead.count + 1))
        }
        // "zodat ze blijven bij ons": the person wrote the clause's connector; the clause is still put right.
        let clauseLead = compose.purposeClauseLead
        // "at klinikkene blir værende" after "slik at": the person wrote the clause's last word.
        if !compose.verbLast, let that = clauseLead.split(separator: " ").last.map(String.init),
            that != compose.infinitiveMarker, reason.lowercased().hasPrefix(that + " ")
        {
            reason = String(reason.dropFirst(that.count + 1))
            return compose.purposeClause.render(["objective": objective, "why": reason.lowercasedFirst()])
        }
        if compose.verbLast, !clauseLead.isEmpty, reason.lowercased().hasPrefix(clauseLead + " ") {
            reason = String(reason.dropFirst(clauseLead.count + 1))
        }
        let analysis = TextAnalysis(reason, lexicon: lexicon)
        // "so that clinics stay": the person wrote the connector already.
        if analysis.hasPurpose { return objective + compose.purposeSeparator + reason }
        let count = analysis.tokens.count
        let isVerb: (Int) -> Bool = { !analysis.classes(at: $0).isDisjoint(with: Self.verbish) }
        guard compose.verbLast, count > 1 else {
            // "keep every clinic" reads after "in order to"; "clinics stay with us" after "so that".
            let startsWithVerb = count > 0 && isVerb(0)
            let template = startsWithVerb ? compose.purpose : compose.purposeClause
            return template.render(["objective": objective, "why": reason.lowercasedFirst()])
        }
        let first = analysis.tokens[0].text.lowercased()
        let hasSubject = compose.subjects.contains(first)
        let last = count - 1
        let finite = (1..<count).first(where: isVerb)
        let lastWord = analysis.tokens[last].text.lowercased()
        let isInfinitive =
            !compose.clauseVerbs.contains(lastWord)
            && (compose.infinitiveEndings.isEmpty || compose.infinitiveEndings.contains { lastWord.hasSuffix($0) })
        if !hasSubject, isVerb(last), finite == last, isInfinitive {
            // "klanten behouden" → "om klanten te behouden".
            let hasTe = analysis.tokens.contains { $0.text.lowercased() == compose.infinitiveMarker }
            let phrase =
                hasTe
                ? reason
                : analysis.written(0..<last) + " " + compose.infinitiveMarker + " " + analysis.tokens[last].text
            return compose.purpose.render(["objective": objective, "why": phrase.lowercasedFirst()])
        }
        guard let finite, finite < last else {
            return compose.purposeClause.render(["objective": objective, "why": reason.lowercasedFirst()])
        }
        // "ze blijven bij ons" → "ze bij ons blijven"; "ze kunnen sneller groeien" → "ze sneller kunnen groeien".
        let verb = analysis.tokens[finite].text
        var words = [analysis.written(0..<finite)]
        if isVerb(last), last > finite + 1 {
            words += [analysis.written((finite + 1)..<last), verb, analysis.tokens[last].text]
        } else {
            words += [analysis.written((finite + 1)..<count), verb]
        }
        let clause = words.joined(separator: " ")
        return compose.purposeClause.render(["objective": objective, "why": clause.lowercasedFirst()])
    }
}

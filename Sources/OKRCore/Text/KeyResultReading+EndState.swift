extension KeyResultReading {
    /// Decides whether a key result names a yes/no end state (for kr-milestone).
    ///
    /// An end state is (a) a main verb that makes or delivers something once ("Launch the new
    /// wizard"), (b) a state said to be reached ("The DHT is enabled", "Nytt system er på
    /// plass"), or (c) a certification, approval or status obtained ("ISO 14001 certification
    /// achieved"). Something done again and again ("weekly") names none, and neither does
    /// "make … faster": a change.
    struct EndStateReader {
        let analysis: TextAnalysis

        var namesEndState: Bool {
            if obtainsStatus { return true }
            guard !recurs else { return false }
            return deliversOnce || reachesState
        }

        /// (a) The main verb makes or delivers something once; "make the website faster" changes something.
        private var deliversOnce: Bool {
            guard let verb = analysis.mainVerb, verb.classes.contains(.milestoneVerb) else { return false }
            if analysis.classes(at: verb.index).contains(.makeVerb) {
                return !clause.contains { analysis.classes(at: $0).contains(.comparative) }
            }
            return true
        }

        /// (b) A form of "be" with a past participle or a word of readiness: "is published", "er klar".
        private var reachesState: Bool {
            let tokens = analysis.tokens
            return clause.contains { index in
                guard analysis.classes(at: index).contains(.stateVerb) else { return false }
                let next = analysis.phraseSpans[index]?.upperBound ?? index + 1
                // One word may come between: "is now live", "er nå på plass".
                return (next..<min(next + 2, tokens.count)).contains { word in
                    let classes = analysis.classes(at: word)
                    if classes.contains(.readinessWord) || classes.contains(.milestoneVerb) { return true }
                    return tokens[word].kind == .word && classes.isDisjoint(with: .outcomeVerb)
                        && analysis.lexicon.isParticiple(tokens[word].text)
                }
            }
        }

        /// (c) reach, achieve, get, oppnå, behalen with a certification, approval or status.
        private var obtainsStatus: Bool {
            clause.contains { analysis.classes(at: $0).contains(.attainmentVerb) }
                && clause.contains { analysis.classes(at: $0).contains(.statusWord) }
        }

        /// Weekly, every month, hver uke, elke maand: it happens again and again.
        private var recurs: Bool {
            let tokens = analysis.tokens
            return clause.contains { index in
                let classes = analysis.classes(at: index)
                if classes.contains(.frequencyWord) { return true }
                guard classes.contains(.rateWord), index + 1 < tokens.count else { return false }
                return !analysis.classes(at: index + 1).isDisjoint(with: [.timeNoun, .durationUnit])
            }
        }

        /// The main clause: every token outside a purpose clause.
        private var clause: [Int] {
            analysis.tokens.indices.filter { !analysis.isInPurpose($0) }
        }
    }
}

extension TextAnalysis {
    /// Whether a key result names a yes/no end state (for kr-milestone).
    ///
    /// An end state is (a) a main verb that makes or delivers something once ("Launch the new
    /// wizard"), (b) a state said to be reached ("The DHT is enabled", "Nytt system er på
    /// plass"), or (c) a certification, approval or status obtained ("ISO 14001 certification
    /// achieved"). Something done again and again ("weekly") names none, and neither does
    /// "make … faster": a change.
    var namesEndState: Bool {
        let clause = tokens.indices.filter { !isInPurpose($0) }
        if obtainsStatus(in: clause) { return true }
        guard !recurs(in: clause) else { return false }
        return deliversOnce(in: clause) || reachesState(in: clause)
    }

    /// (a) The main verb makes or delivers something once; "make the website faster" changes something.
    private func deliversOnce(in clause: [Int]) -> Bool {
        guard let verb = mainVerb, verb.classes.contains(.milestoneVerb) else { return false }
        if classes(at: verb.index).contains(.makeVerb) {
            return !clause.contains { classes(at: $0).contains(.comparative) }
        }
        return true
    }

    /// (b) A form of "be" with a past participle or a word of readiness: "is published", "er klar".
    private func reachesState(in clause: [Int]) -> Bool {
        clause.contains { index in
            guard classes(at: index).contains(.stateVerb) else { return false }
            let next = phraseSpans[index]?.upperBound ?? index + 1
            // One word may come between: "is now live", "er nå på plass".
            return (next..<min(next + 2, tokens.count)).contains { word in
                let wordClass = classes(at: word)
                if !wordClass.isDisjoint(with: [.readinessWord, .milestoneVerb]) { return true }
                return wordClass.contains(.participle) && !wordClass.contains(.outcomeVerb)
            }
        }
    }

    /// (c) reach, achieve, get, oppnå, behalen with a certification, approval or status.
    private func obtainsStatus(in clause: [Int]) -> Bool {
        clause.contains { classes(at: $0).contains(.attainmentVerb) }
            && clause.contains { classes(at: $0).contains(.statusWord) }
    }

    /// Weekly, every month, hver uke, elke maand: it happens again and again.
    private func recurs(in clause: [Int]) -> Bool {
        clause.contains { index in
            let wordClass = classes(at: index)
            if wordClass.contains(.frequencyWord) { return true }
            guard wordClass.contains(.rateWord), index + 1 < tokens.count else { return false }
            return !classes(at: index + 1).isDisjoint(with: [.timeNoun, .durationUnit])
        }
    }
}

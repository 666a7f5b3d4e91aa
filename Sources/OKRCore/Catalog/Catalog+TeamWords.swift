extension Catalog {
    /// This catalog with a team's own words (from `.okrcoach.yaml`) added to its lists.
    public func adding(_ words: [TeamWordList: [String]]) -> Catalog {
        guard !words.isEmpty else { return self }
        var catalog = self
        for (list, added) in words {
            switch list {
            case .activityVerbs: catalog.words.activityVerbs += added
            case .outcomeVerbs: catalog.words.outcomeVerbs += added
            case .businessAsUsualVerbs: catalog.words.businessAsUsualVerbs += added
            case .hedges: catalog.words.hedges += added
            }
        }
        catalog.lexicon = Lexicon(words: catalog.words, numbers: numbers)
        return catalog
    }
}

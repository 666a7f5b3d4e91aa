extension Catalog {
    /// This catalog with a team's own words (from `.okrcoach.yaml`) added to its lists.
    public func adding(_ words: [TeamWordList: [String]]) -> Catalog {
        guard !words.isEmpty else { return self }
        var lists = self.words
        for (list, added) in words {
            switch list {
            case .activityVerbs: lists.activityVerbs += added
            case .outcomeVerbs: lists.outcomeVerbs += added
            case .businessAsUsualVerbs: lists.businessAsUsualVerbs += added
            case .hedges: lists.hedges += added
            }
        }
        return Catalog(self, words: lists)
    }
}

import OKRCore

extension OKRSet {
    /// The set as it stood at the end of `day`, for a report dated then (`report --date`):
    /// check-ins of later days are left out, and so is a review made later, with what it
    /// brought (the grades, the post-mortems, the day of the review and the retrospective
    /// that follows it). What has no day (the texts, targets, weights) stays as it is now.
    public func asItStood(on day: Day) -> OKRSet {
        var set = self
        let reviewedLater = reviewed.map { $0 > day } ?? false
        if reviewedLater {
            set.reviewed = nil
            set.retro = []
        }
        for objective in set.objectives.indices {
            if reviewedLater { set.objectives[objective].postMortem = nil }
            for index in set.objectives[objective].keyResults.indices {
                set.objectives[objective].keyResults[index].checkIns.removeAll { $0.day > day }
                if reviewedLater { set.objectives[objective].keyResults[index].grade = nil }
            }
        }
        return set
    }
}

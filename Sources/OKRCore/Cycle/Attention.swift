/// Key results a check-in should point out: silent for two weeks, or losing confidence.
public enum Attention: Sendable, Equatable {
    /// No check-in for at least two weeks (or never, once the set's check-ins are that old).
    case stale(days: Int?)
    /// Confidence fell at each of the last two check-ins.
    case fallingConfidence([Int])

    /// Days without a check-in before a key result is stale.
    public static let staleAfter = 14

    /// What to point out about a key result today.
    ///
    /// - Parameters:
    ///   - keyResult: the key result with its check-ins.
    ///   - setStarted: the set's first check-in, from which one that never had any counts as silent.
    ///   - today: the day of the check-in.
    public static func of(_ keyResult: KeyResult, setStarted: Day?, today: Day) -> [Attention] {
        var found: [Attention] = []
        // A milestone once done needs no more check-ins.
        if keyResult.kind == .milestone, keyResult.checkIns.last(where: { $0.value != nil })?.value == 1 {
            return found
        }
        if let last = keyResult.checkIns.last {
            let days = today.days(since: last.day)
            if days >= staleAfter { found.append(.stale(days: days)) }
        } else if let setStarted, today.days(since: setStarted) >= staleAfter {
            found.append(.stale(days: nil))
        }
        let scores = keyResult.dailyConfidence.suffix(3)
        if scores.count == 3 {
            let three = Array(scores)
            if three[1] < three[0], three[2] < three[1] { found.append(.fallingConfidence(three)) }
        }
        return found
    }
}

extension OKRSet {
    /// The day of the set's first check-in, if any.
    public var firstCheckIn: Day? {
        objectives.flatMap(\.keyResults).flatMap(\.checkIns).map(\.day).min()
    }
}

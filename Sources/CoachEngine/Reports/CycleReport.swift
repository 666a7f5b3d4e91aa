import OKRCore

/// Where one or more OKR sets stand on a day: the figures every report form shows.
///
/// A report of one set has one section; a report of a cycle ("2026-Q4") has one
/// section per team's set. The figures are worked out once here (progress,
/// change, confidence trend, grades, what needs attention), so the Markdown, JSON
/// and terminal forms only differ in how they write them.
///
/// ```swift
/// let report = CycleReport(sets: [set], today: Day(iso: "2026-11-21")!)
/// print(CycleReportMarkdown.render(report, texts: texts, retroTopics: coach.retroTopics))
/// ```
public struct CycleReport: Sendable {
    /// The cycle the report covers when it is a cycle's report; nil for a single set.
    public let cycle: String?
    /// The day the figures are for: stale check-ins are counted up to it.
    public let today: Day
    public let sections: [Section]

    /// One team's set.
    public struct Section: Sendable {
        public let set: OKRSet
        public let objectives: [ObjectiveStatus]
    }

    /// A report of sets on a day.
    ///
    /// - Parameters:
    ///   - sets: the sets, one section each, in this order.
    ///   - cycle: the cycle when the report covers every set of one, which its title names.
    ///   - today: the day of the report.
    public init(sets: [OKRSet], cycle: String? = nil, today: Day) {
        self.cycle = cycle
        self.today = today
        sections = sets.map { set in
            // Once a set is reviewed its cycle is over: nothing needs attention any more.
            let watch = set.reviewed == nil ? Watch(setStarted: set.firstCheckIn, today: today) : nil
            return Section(set: set, objectives: set.objectives.map { ObjectiveStatus($0, watch: watch) })
        }
    }
}

/// What attention is counted from: the set's first check-in and the report's day.
struct Watch {
    let setStarted: Day?
    let today: Day
}

/// An objective with its grade and the status of each key result.
public struct ObjectiveStatus: Sendable {
    public let objective: Objective
    public let keyResults: [KeyResultStatus]
    /// The grade from the review: the (weighted) mean of its key results' grades; nil before.
    public let grade: Double?
    /// The (weighted) mean of its key results' progress, each held to 0...1; nil before any check-in.
    public let progress: Double?

    init(_ objective: Objective, watch: Watch?) {
        self.objective = objective
        keyResults = objective.keyResults.map { KeyResultStatus($0, watch: watch) }
        grade = Grade.objective(objective)
        let measured = keyResults.compactMap { status in
            status.progress.map { (Progress.clamped($0), max(0, status.keyResult.weight ?? 1)) }
        }
        let total = measured.reduce(0) { $0 + $1.1 }
        progress = total > 0 ? measured.reduce(0) { $0 + $1.0 * $1.1 } / total : nil
    }
}

/// A key result on the report's day: its progress, the last change, the confidence and what needs attention.
public struct KeyResultStatus: Sendable {
    /// Which way confidence went at the last check-in.
    public enum Trend: String, Sendable {
        case up, down, steady
    }

    public let keyResult: KeyResult
    /// The latest check-in with a value.
    public let latest: CheckIn?
    /// The progress at the latest check-in, not clamped (beyond the target it is more than 1).
    public let progress: Double?
    /// The value's change since the check-in before the latest.
    public let change: Double?
    /// The confidence of each day with a check-in, oldest first.
    public let confidences: [Int]
    /// Silence and falling confidence while the cycle runs; none once the set is reviewed.
    public let attention: [Attention]

    init(_ keyResult: KeyResult, watch: Watch?) {
        self.keyResult = keyResult
        latest = keyResult.latest
        progress = keyResult.progress
        if let now = keyResult.latest?.value, let before = keyResult.previous?.value {
            change = now - before
        } else {
            change = nil
        }
        confidences = keyResult.dailyConfidence
        attention = watch.map { Attention.of(keyResult, setStarted: $0.setStarted, today: $0.today) } ?? []
    }

    /// The level of the latest confidence score.
    public var level: ConfidenceLevel? {
        confidences.last.map(ConfidenceLevel.init(score:))
    }

    /// Up, down or steady since the score before; nil with fewer than two scores.
    public var trend: Trend? {
        guard confidences.count > 1 else { return nil }
        let (before, now) = (confidences[confidences.count - 2], confidences[confidences.count - 1])
        return now > before ? .up : now < before ? .down : .steady
    }

    /// True when the baseline was not set and the first check-in stands in for it.
    public var baselineFromFirstCheckIn: Bool {
        keyResult.baseline == nil && keyResult.effectiveBaseline != nil
            && [.increase, .decrease].contains(keyResult.kind ?? .increase)
    }
}

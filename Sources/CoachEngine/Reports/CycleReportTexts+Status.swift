import OKRCore

/// The words of a key result's status, shared by the Markdown and the terminal forms.
extension CycleReportTexts {
    /// "OKRs: Growth, 2026-Q4" for a set, "OKRs for 2026-Q4" for a cycle.
    public func title(of report: CycleReport) -> String {
        if let cycle = report.cycle { return text(.titleCycle, ["cycle": cycle]) }
        return text(
            .titleSet, ["team": team(of: report.sections.first?.set), "cycle": cycle(of: report.sections.first?.set)])
    }

    /// "As of 2026-11-21", and for a single set its review day: " · reviewed 2026-12-18".
    func dateLine(of report: CycleReport) -> String {
        let asOf = text(.asOf, ["day": report.today.description])
        guard report.cycle == nil, let reviewed = report.sections.first?.set.reviewed else { return asOf }
        return asOf + " · " + text(.reviewed, ["day": reviewed.description])
    }

    /// The set's team, or the words for none.
    public func team(of set: OKRSet?) -> String {
        let team = set?.team?.trimmingWhitespace() ?? ""
        return team.isEmpty ? text(.noTeam) : team
    }

    func cycle(of set: OKRSet?) -> String {
        let cycle = set?.cycle?.trimmingWhitespace() ?? ""
        return cycle.isEmpty ? text(.noCycle) : cycle
    }

    /// "700 → 900", "≥ 99,9", "≤ 2"; empty for a milestone. The baseline is the first
    /// check-in's value when none was set.
    func range(_ status: KeyResultStatus) -> (baseline: String?, target: String?) {
        let keyResult = status.keyResult
        switch keyResult.kind ?? .increase {
        case .milestone: return (nil, nil)
        case .atLeast: return (nil, keyResult.target.map { "≥ " + format.number($0) })
        case .atMost: return (nil, keyResult.target.map { "≤ " + format.number($0) })
        case .increase, .decrease:
            return (keyResult.effectiveBaseline.map(format.number), keyResult.target.map(format.number))
        }
    }

    /// The latest value; "done" or "not done" for a milestone; nil before any check-in.
    func latest(_ status: KeyResultStatus) -> String? {
        guard let value = status.latest?.value else { return nil }
        if status.keyResult.kind == .milestone { return text(value >= 1 ? .done : .notDone) }
        return format.number(value)
    }

    /// The progress in words: a percentage, or held / not held for a threshold.
    func state(_ status: KeyResultStatus) -> String? {
        guard let progress = status.progress else { return nil }
        switch status.keyResult.kind ?? .increase {
        case .atLeast, .atMost: return text(progress >= 1 ? .held : .notHeld)
        case .increase, .decrease, .milestone: return format.percent(progress)
        }
    }

    /// The change since the check-in before; nil for a milestone or without two values.
    func change(_ status: KeyResultStatus) -> String? {
        guard status.keyResult.kind != .milestone else { return nil }
        return status.change.map(format.change)
    }

    /// The last scores with an arrow for the trend: "8 → 6 → 5 ↓"; "… → " before older ones.
    func confidenceTrend(_ status: KeyResultStatus, last count: Int) -> String? {
        guard !status.confidences.isEmpty else { return nil }
        let shown = status.confidences.suffix(count).map(String.init)
        let lead = status.confidences.count > count ? "… → " : ""
        return lead + shown.joined(separator: " → ") + trendArrow(status)
    }

    /// The latest score with an arrow for the trend: "5 ↓", "7".
    func confidence(_ status: KeyResultStatus) -> String? {
        status.confidences.last.map { String($0) + trendArrow(status) }
    }

    private func trendArrow(_ status: KeyResultStatus) -> String {
        switch status.trend {
        case .up: " ↑"
        case .down: " ↓"
        case .steady, nil: ""
        }
    }

    /// What needs attention, in words: "no check-in for 18 days".
    func attention(_ attention: Attention) -> String {
        switch attention {
        case .stale(let days?): text(.stale, ["days": String(days)])
        case .stale(nil): text(.neverCheckedIn)
        case .fallingConfidence(let scores):
            text(.fallingConfidence, ["scores": scores.map(String.init).joined(separator: " → ")])
        }
    }

    /// "Grade 0.7 (green)".
    func gradeLine(_ grade: Double) -> String {
        text(.grade, ["grade": format.grade(grade), "band": format.band(Grade.Band(grade))])
    }
}

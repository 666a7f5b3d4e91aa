/// How far a key result has come, computed for its kind from baseline to target.
///
/// Progress is a fraction: 0 at the baseline, 1 at the target. It is not
/// clamped, so a value beyond the target gives more than 1 and one that went
/// the wrong way less than 0; `clamped` is what bars and grades show.
/// A decrease from 24 h to 8 h that stands at 12 h is 0.75.
public enum Progress {
    /// The progress of a value.
    ///
    /// - Parameters:
    ///   - kind: how the key result keeps score.
    ///   - baseline: where it started; increases and decreases need one.
    ///   - target: where it should end; thresholds need one.
    ///   - value: where it stands; for a milestone 1 is done.
    /// - Returns: the fraction, or nil when it cannot be told.
    public static func fraction(kind: KeyResultKind, baseline: Double?, target: Double?, value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        switch kind {
        case .milestone:
            return value >= 1 ? 1 : 0
        case .atLeast:
            guard let target else { return nil }
            return value >= target ? 1 : 0
        case .atMost:
            guard let target else { return nil }
            return value <= target ? 1 : 0
        case .increase, .decrease:
            guard let baseline, let target, baseline.isFinite, target.isFinite else { return nil }
            guard target != baseline else {
                let reached = kind == .increase ? value >= target : value <= target
                return reached ? 1 : 0
            }
            let fraction = (value - baseline) / (target - baseline)
            return fraction.isFinite ? fraction : nil
        }
    }

    /// A fraction held to 0...1, for bars and suggested grades.
    public static func clamped(_ fraction: Double) -> Double {
        fraction.isNaN ? 0 : min(1, max(0, fraction))
    }

    /// A bar of `width` cells for a fraction: "███████░░░".
    public static func bar(_ fraction: Double?, width: Int = 10) -> String {
        let filled = Int(saturating: (clamped(fraction ?? 0) * Double(max(0, width))).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    }
}

extension KeyResult {
    /// The latest check-in with a value.
    public var latest: CheckIn? {
        checkIns.last { $0.value != nil }
    }

    /// The latest check-in with a value from a day before the latest's: what "the change since last
    /// time" compares with, also when several team members checked in on the same day.
    public var previous: CheckIn? {
        guard let latest else { return nil }
        return checkIns.last { $0.value != nil && $0.day < latest.day }
    }

    /// The confidence of each day with a check-in, oldest first: the last score given that day.
    public var dailyConfidence: [Int] {
        var scores: [(day: Day, score: Int)] = []
        for checkIn in checkIns {
            guard let score = checkIn.confidence else { continue }
            if scores.last?.day == checkIn.day { scores.removeLast() }
            scores.append((checkIn.day, score))
        }
        return scores.map(\.score)
    }

    /// The baseline, or where the first check-in found it when none was set.
    public var effectiveBaseline: Double? {
        baseline ?? checkIns.first { $0.value != nil }?.value
    }

    /// The progress of a value, for the key result's kind (an increase when unknown).
    public func progress(at value: Double?) -> Double? {
        Progress.fraction(kind: kind ?? .increase, baseline: effectiveBaseline, target: target, value: value)
    }

    /// The progress at the latest check-in.
    public var progress: Double? {
        progress(at: latest?.value)
    }
}

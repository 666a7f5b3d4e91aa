import OKRCore

/// A key result taken apart: what is measured, from what, to what, by when.
///
/// The coach takes these pieces from the `KeyResultReading` of what the person
/// wrote (the reader `check` judges with), asks for the ones that are missing, and
/// writes the key result again in the language's own pattern ("Increase X from A
/// to B by D"). This is the draft's state, kept in the session.
public struct KeyResultParts: Codable, Sendable, Equatable {
    /// The key result as the person wrote it.
    public var text: String
    public var measure: String?
    public var from: String?
    public var to: String?
    public var deadline: String?
    /// The task verb, when the key result describes a task.
    public var task: String?
    /// "by 20 %", "double": a relative change that needs no from-to.
    public var relative: Bool
    /// Whether the text names a time of its own.
    public var namesTime: Bool
    /// Whether the person named the measure in answer to a question.
    public var measureGiven: Bool
    /// Pieces the person chose to skip.
    public var skipped: [String]
    /// How the key result keeps score, as read: a milestone is drafted as a milestone and a
    /// level to hold asks for no starting value. Nil in sessions saved before it was kept.
    public var kind: KeyResultKind?

    /// Takes the pieces of a key result already read.
    init(_ reading: KeyResultReading) {
        text = reading.text
        task = reading.task == nil ? nil : reading.verb
        from = reading.start?.text
        to = reading.target?.text
        measure = task == nil ? reading.measure : nil
        relative = reading.isRelative && from == nil
        // A time inside the measure ("in their first seven days") is no deadline.
        namesTime = reading.deadline != nil
        deadline = nil
        measureGiven = false
        skipped = []
        kind = reading.kind
        if reading.hedge != nil {
            // A hedged target is no target: ask for the number.
            relative = false
            to = nil
        }
        if !reading.isMeasurable { to = nil }
    }

    /// The pieces a key result can miss, as a flow's `refine` names them.
    static let pieces = ["milestone", "outcome", "measure", "target", "baseline", "deadline"]

    /// The next piece to ask for, in the flow's order; nil when nothing is missing.
    func missing(order: [String]) -> String? {
        order.first { piece in
            guard !skipped.contains(piece) else { return false }
            // A yes/no milestone is asked once whether a number would show it worked; kept, it needs only its time.
            let milestone = kind == .milestone && !measureGiven
            let level = kind == .atLeast || kind == .atMost
            switch piece {
            case "milestone": return milestone
            case "outcome": return !milestone && task != nil && !measureGiven
            case "measure":
                return !milestone && task == nil && !measureGiven
                    && (measure == nil || to == nil && from == nil && !relative)
            case "target": return !milestone && to == nil && !relative
            case "baseline": return !milestone && !level && from == nil && !relative
            case "deadline": return deadline == nil && !namesTime
            default: return false
            }
        }
    }
}

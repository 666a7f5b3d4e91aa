/// The limits a check applies; the defaults are the rule catalogue's.
public struct CheckOptions: Sendable, Equatable {
    /// An objective with more key results than this gets too-many-krs.
    public var maxKeyResults: Int
    /// A set with more objectives than this gets too-many-objectives.
    public var maxObjectives: Int
    /// Whether a large set may be read on every core (the report is the same either way).
    public var usesEveryCore: Bool

    public init(maxKeyResults: Int = 3, maxObjectives: Int = 5, usesEveryCore: Bool = true) {
        self.maxKeyResults = maxKeyResults
        self.maxObjectives = maxObjectives
        self.usesEveryCore = usesEveryCore
    }
}

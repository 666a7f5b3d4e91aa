/// The limits a check applies; the defaults are the rule catalogue's.
public struct CheckOptions: Sendable, Equatable {
    /// An objective with more key results than this gets too-many-krs.
    public var maxKeyResults: Int
    /// A set with more objectives than this gets too-many-objectives.
    public var maxObjectives: Int

    public init(maxKeyResults: Int = 3, maxObjectives: Int = 5) {
        self.maxKeyResults = maxKeyResults
        self.maxObjectives = maxObjectives
    }
}

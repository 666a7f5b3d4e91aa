/// An objective: what we want and why, with the key results that keep score.
public struct Objective: Sendable, Equatable, Codable {
    public var title: String
    /// The id of the higher-level objective this one serves.
    public var parent: String?
    public var keyResults: [KeyResult]
    /// The line of the source file the objective was read from, 1-based.
    public var line: Int?

    public init(title: String, parent: String? = nil, keyResults: [KeyResult] = [], line: Int? = nil) {
        self.title = title
        self.parent = parent
        self.keyResults = keyResults
        self.line = line
    }
}

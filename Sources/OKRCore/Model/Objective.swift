/// An objective: what we want and why, with the key results that keep score.
public struct Objective: Sendable, Equatable, Codable {
    public var title: String
    /// The id of the higher-level objective this one serves.
    public var parent: String?
    public var keyResults: [KeyResult]
    /// The line of the source file the objective was read from, 1-based.
    public var line: Int?
    /// Committed or aspirational; nil until someone says.
    public var commitment: Commitment?
    /// For a committed objective that fell short: what got in the way, as said at the review.
    public var postMortem: String?

    public init(
        title: String, parent: String? = nil, keyResults: [KeyResult] = [], line: Int? = nil,
        commitment: Commitment? = nil, postMortem: String? = nil
    ) {
        self.title = title
        self.parent = parent
        self.keyResults = keyResults
        self.line = line
        self.commitment = commitment
        self.postMortem = postMortem
    }

    private enum CodingKeys: String, CodingKey {
        case title, parent, keyResults, line, commitment, postMortem
    }

    /// Reads sessions saved before objectives had a commitment.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        keyResults = try container.decodeIfPresent([KeyResult].self, forKey: .keyResults) ?? []
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        commitment = try container.decodeIfPresent(Commitment.self, forKey: .commitment)
        postMortem = try container.decodeIfPresent(String.self, forKey: .postMortem)
    }
}

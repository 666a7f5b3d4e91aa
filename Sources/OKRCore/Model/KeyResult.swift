/// A key result: how we keep score, ideally "from X to Y by when".
///
/// Besides the text, a key result may carry what the coach needs across the
/// cycle: how it keeps score (`kind`), its baseline and target as numbers, a
/// weight for the objective's grade, its check-ins and its final grade.
public struct KeyResult: Sendable, Equatable, Codable {
    public var text: String
    public var owner: String?
    /// The line of the source file the key result was read from, 1-based.
    public var line: Int?
    /// How it keeps score; nil until the text tells or the person says.
    public var kind: KeyResultKind?
    /// The starting value; nil when unknown (the first check-in then stands in).
    public var baseline: Double?
    /// The value aimed for; for thresholds the value to stay at or beyond.
    public var target: Double?
    /// Its weight in the objective's grade; nil counts as 1.
    public var weight: Double?
    /// Every check-in, oldest first.
    public var checkIns: [CheckIn]
    /// The grade given at the review, 0.0 to 1.0.
    public var grade: Double?

    public init(
        _ text: String, owner: String? = nil, line: Int? = nil, kind: KeyResultKind? = nil, baseline: Double? = nil,
        target: Double? = nil, weight: Double? = nil, checkIns: [CheckIn] = [], grade: Double? = nil
    ) {
        self.text = text
        self.owner = owner
        self.line = line
        self.kind = kind
        self.baseline = baseline
        self.target = target
        self.weight = weight
        self.checkIns = checkIns
        self.grade = grade
    }

    private enum CodingKeys: String, CodingKey {
        case text, owner, line, kind, baseline, target, weight, checkIns, grade
    }

    /// Reads sessions saved before key results had kinds and check-ins.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        kind = try container.decodeIfPresent(KeyResultKind.self, forKey: .kind)
        baseline = try container.decodeIfPresent(Double.self, forKey: .baseline)
        target = try container.decodeIfPresent(Double.self, forKey: .target)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight)
        checkIns = try container.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        grade = try container.decodeIfPresent(Double.self, forKey: .grade)
    }
}

/// A key result: how we keep score, ideally "from X to Y by when".
public struct KeyResult: Sendable, Equatable, Codable {
    public var text: String
    public var owner: String?
    /// The line of the source file the key result was read from, 1-based.
    public var line: Int?

    public init(_ text: String, owner: String? = nil, line: Int? = nil) {
        self.text = text
        self.owner = owner
        self.line = line
    }
}

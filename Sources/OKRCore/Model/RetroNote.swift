/// One answer of a retrospective, saved against the cycle.
public struct RetroNote: Sendable, Equatable, Codable {
    /// The question it answers: `went_well`, `went_badly`, `learned` or `change`.
    public var topic: String
    public var text: String

    public init(topic: String, text: String) {
        self.topic = topic
        self.text = text
    }

    /// The questions of a retrospective, in the order they are asked.
    public static let topics = ["went_well", "went_badly", "learned", "change"]
}

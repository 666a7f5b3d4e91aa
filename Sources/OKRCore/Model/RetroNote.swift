/// One answer of a retrospective, saved against the cycle.
public struct RetroNote: Sendable, Equatable, Codable {
    /// The question it answers: the id of its step in `prompts/retro.yaml` (`went_well`, `change`…).
    public var topic: String
    public var text: String

    public init(topic: String, text: String) {
        self.topic = topic
        self.text = text
    }
}

/// Lines that relay bots post for people on other chats, in matterbridge's form:
/// `[slack] <alice> okrcoach: hi`. The speaker is taken from the line; the bridge
/// becomes part of who they are, and the relay bot's own identity gives them nothing.
enum RelayLine {
    /// The bridge, the speaker and the text of a relayed line; nil when the line is not in that form.
    static func parse(_ text: String) -> (bridge: String, speaker: String, text: String)? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let bridge = text[text.index(after: text.startIndex)..<close]
        var rest = text[text.index(after: close)...].drop { $0 == " " }
        guard rest.hasPrefix("<"), let end = rest.firstIndex(of: ">") else { return nil }
        let speaker = rest[rest.index(after: rest.startIndex)..<end]
        rest = rest[rest.index(after: end)...].drop { $0 == " " }
        guard !bridge.isEmpty, !speaker.isEmpty, !speaker.contains(" ") else { return nil }
        return (String(bridge), String(speaker), String(rest))
    }
}

/// Lines that relay bots post for people on other chats, in matterbridge's form:
/// `[slack] <alice> okrcoach: hi`. The speaker is taken from the line; the bridge
/// becomes part of who they are, and the relay bot's own identity gives them nothing.
///
/// A relayed name is only a display name inside its bridge's namespace (`slack/alice`): it is
/// never an IRC target, a channel or a service, whatever it looks like (`<NickServ>`, `<#growth>`).
enum RelayLine {
    /// The longest bridge or speaker name taken, in bytes; a longer one is no relay line.
    static let maximumNameLength = 64

    /// The bridge, the speaker and the text of a relayed line; nil when the line is not in that form,
    /// or when the bridge or speaker is empty, too long, or holds a space or a control character.
    static func parse(_ text: String) -> (bridge: String, speaker: String, text: String)? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let bridge = text[text.index(after: text.startIndex)..<close]
        var rest = text[text.index(after: close)...].drop { $0 == " " }
        guard rest.hasPrefix("<"), let end = rest.firstIndex(of: ">") else { return nil }
        let speaker = rest[rest.index(after: rest.startIndex)..<end]
        rest = rest[rest.index(after: end)...].drop { $0 == " " }
        guard isName(bridge), isName(speaker) else { return nil }
        return (String(bridge), String(speaker), String(rest))
    }

    /// The name a relayed person goes by in replies and check-ins: `slack/alice`.
    static func displayName(bridge: String, speaker: String) -> String {
        "\(bridge)/\(speaker)"
    }

    /// Whether a bridge or speaker name can be shown as it is: not empty, not too long, no space or control character.
    private static func isName(_ name: Substring) -> Bool {
        !name.isEmpty && name.utf8.count <= maximumNameLength
            && !name.unicodeScalars.contains {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
                    || $0.properties.generalCategory == .format
            }
    }
}

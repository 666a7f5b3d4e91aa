import CoachEngine
import Foundation

/// A person's saved copies in chat: the sets `!new` put aside and those imported for them
/// (`okrcoach import --for nick@network`). Each has an id of its own, the person's key, "#" and a
/// UUID, so no copy ever overwrites another; "list" shows them after the set under way, and "open"
/// brings one back, putting the set under way aside in its place.
extension ChatCoach {
    /// Whether a line lists or opens sets, so the adapter loads the speaker's copies for `handle`.
    public func asksForCopies(_ speech: Speech) -> Bool {
        speech.drafts && isWord(commandWord(speech.text), of: { $0.words(for: .list) + $0.words(for: .open) })
    }

    /// Whether a saved session is one of the speaker's copies.
    public func isCopy(_ id: String, of speech: Speech) -> Bool {
        id.hasPrefix(speech.key + "#")
    }

    /// The id of a person's copy of a set, in chat or imported for them: theirs, and no other copy's.
    public static func copyID(ofKey key: String) -> String {
        "\(key)#\(UUID().uuidString.lowercased())"
    }

    func copyID(of speech: Speech) -> String {
        Self.copyID(ofKey: speech.key)
    }

    /// Opening a copy: it becomes the set under way, and the set under way takes its place as a copy.
    /// Each is saved over the row it now goes to, at that row's revision.
    func opening(_ copy: Session, instead current: Session) -> (opened: Session, save: [Session]) {
        var opened = copy
        opened.id = current.id
        opened.revision = current.revision
        var aside = current
        aside.id = copy.id
        aside.revision = copy.revision
        return (opened, [aside, opened])
    }
}

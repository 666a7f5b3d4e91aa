import CoachEngine
import CoachStore
import Foundation

/// The session a person works on at the terminal, and how each turn of it reaches the store.
///
/// - A new session is stored only once something is answered: starting and leaving creates nothing.
/// - A save refused because another window, the bot or an import saved the set since it was read
///   keeps both copies: this one is stored as a new set, and the person is told.
/// - A save that fails (a full disk) keeps the answers in memory, tells the person, and is tried
///   again with the next answer and on leaving.
final class KeptSession {
    private(set) var session: Session
    /// Whether the session is in the store, or should be: once answered, it always is.
    private var stored: Bool
    /// Why the last save failed, while the answers since are only in memory.
    private(set) var unsaved: StoreFailure?
    private let coach: Coach
    private let store: any SessionStore

    init(_ session: Session, stored: Bool, coach: Coach, store: any SessionStore) {
        self.session = session
        self.stored = stored
        self.coach = coach
        self.store = store
    }

    /// Takes the session as a turn left it and saves it.
    ///
    /// - Returns: what to tell the person about saving; nothing when all went well.
    func keep(_ next: Session) -> [Reply] {
        guard stored || next != session else { return [] }
        session = next
        stored = true
        return save()
    }

    /// Whether the session is in the store: something was answered.
    var isStored: Bool {
        stored
    }

    /// Saves what is still unsaved before leaving.
    ///
    /// - Returns: what to tell the person, and false when answers could not be saved.
    func leave() -> (replies: [Reply], saved: Bool) {
        guard unsaved != nil else { return ([], true) }
        var replies = save()
        if let failure = unsaved {
            replies.append(Reply(.say, texts.message("unsaved_at_exit", ["reason": reason(failure)])))
            return (replies, false)
        }
        return (replies, true)
    }

    /// Saves the session; what went wrong is told once, when it starts going wrong, and again
    /// when it goes right.
    private func save() -> [Reply] {
        let failing = unsaved != nil
        do {
            try store.save(&session)
            unsaved = nil
            return failing ? [Reply(.say, texts.message("saved_again"))] : []
        } catch is StaleSessionError {
            session.id = UUID().uuidString
            session.revision = 0
            let failed = save()
            return [Reply(.say, texts.message("changed_elsewhere"))] + failed
        } catch {
            let failure = error as? StoreFailure ?? StoreFailure.describing(error)
            unsaved = failure
            return failing ? [] : [Reply(.say, texts.message("not_saved", ["reason": reason(failure)]))]
        }
    }

    private var texts: CoachTexts {
        coach.texts(for: session)
    }

    /// Why saving failed, in the person's language where okrcoach knows the cause.
    private func reason(_ failure: StoreFailure) -> String {
        switch failure.kind {
        case .diskFull: texts.message("disk_full")
        case .readOnly: texts.message("read_only")
        default: failure.description
        }
    }
}

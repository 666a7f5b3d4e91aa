import CoachEngine
import Foundation

/// The sessions the chat desk keeps in memory: saved ones as they were stored, and greetings.
///
/// Only what is stored is kept among the saved ones (a turn's changes enter once its batch is
/// committed), so any of them can be evicted at any time: the least recently used go once there
/// are more than `limit`. That a session is not stored is remembered too, so that a person's
/// every line does not ask the database for a check-in they never started. What is kept may be
/// out of date when another process saves; every turn's batch checks the revisions it read, and
/// a refused turn forgets what it read and is answered again on what is stored.
///
/// A conversation started with nothing answered yet is kept apart, never stored, the most
/// recent `greetedLimit`, so that people who only say hi leave nothing behind.
final class DeskSessions: @unchecked Sendable {
    private struct Entry {
        /// The stored session; nil when none is stored under the id.
        var session: Session?
        var used: UInt64
    }

    let limit: Int
    let greetedLimit: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private var greeted: [String: Session] = [:]
    private var greetedOrder: [String] = []

    init(limit: Int, greetedLimit: Int) {
        self.limit = max(1, limit)
        self.greetedLimit = greetedLimit
    }

    /// What is known of an id: `.some(nil)` when it is known not to be stored, nil when not known.
    func stored(_ id: String) -> Session?? {
        lock.withLock {
            guard var entry = entries[id] else { return nil }
            clock += 1
            entry.used = clock
            entries[id] = entry
            return .some(entry.session)
        }
    }

    /// The conversation a greeting started under an id, if it is still kept.
    func greeting(_ id: String) -> Session? {
        lock.withLock { greeted[id] }
    }

    /// Keeps what the store holds under an id (nil: nothing), unless a newer revision is kept already.
    func keep(_ id: String, _ session: Session?) {
        lock.withLock { keepLocked(id, session) }
    }

    /// Keeps the sessions a committed turn saved, and lets go of greetings they continue.
    func keepSaved(_ sessions: [Session]) {
        lock.withLock {
            for session in sessions {
                keepLocked(session.id, session)
                greeted[session.id] = nil
            }
        }
    }

    /// Forgets what is kept under these ids, so that they are read again from the store.
    func forget<Ids: Sequence<String>>(_ ids: Ids) {
        lock.withLock {
            for id in ids { entries[id] = nil }
        }
    }

    /// Keeps a greeted conversation, forgetting the oldest past `greetedLimit`.
    func remember(greeting session: Session) {
        lock.withLock {
            if greeted.updateValue(session, forKey: session.id) == nil { greetedOrder.append(session.id) }
            while greetedOrder.count > greetedLimit {
                greeted[greetedOrder.removeFirst()] = nil
            }
            if greetedOrder.count > greeted.count * 2 { greetedOrder.removeAll { greeted[$0] == nil } }
        }
    }

    /// How many saved sessions (and ids known not to be stored) are kept.
    var count: Int {
        lock.withLock { entries.count }
    }

    private func keepLocked(_ id: String, _ session: Session?) {
        if let kept = entries[id]?.session, kept.revision > session?.revision ?? 0 { return }
        clock += 1
        entries[id] = Entry(session: session, used: clock)
        if entries.count > limit { evictLocked() }
    }

    /// Lets go of the least recently used quarter (at least one), so eviction costs little per session kept.
    private func evictLocked() {
        let surplus = entries.count - limit + limit / 4
        let oldest = entries.map { ($0.key, $0.value.used) }.sorted { $0.1 < $1.1 }.prefix(max(1, surplus))
        for (id, _) in oldest { entries[id] = nil }
    }
}

import Foundation

/// Where sessions are kept between runs: the boundary between the coach and storage.
///
/// Adapters save the session after every turn, before they show the replies, so
/// an accepted answer is never lost.
public protocol SessionStore: Sendable {
    /// Saves a session, replacing the one with the same id.
    func save(_ session: Session) throws
    /// Every saved session, the most recently saved first.
    func sessions() throws -> [Session]
    /// The saved session with an id, if any.
    func session(id: String) throws -> Session?
}

extension SessionStore {
    /// The most recently saved session that was not finished, if any.
    public func latestUnfinished() throws -> Session? {
        try sessions().first { !$0.finished }
    }

    /// Every saved set, the most recently saved first, as /list numbers them: every session but a
    /// chat member's check-in of a team's set, which holds only a working copy of that set.
    public func sets() throws -> [Session] {
        try sessions().filter { $0.sharedSet == nil }
    }
}

/// A store in memory, for tests and for trying the coach without a file.
public final class InMemorySessionStore: SessionStore, @unchecked Sendable {
    private let lock = NSLock()
    private var saved: [Session] = []

    public init() {}

    public func save(_ session: Session) {
        lock.withLock {
            saved.removeAll { $0.id == session.id }
            saved.insert(session, at: 0)
        }
    }

    public func sessions() -> [Session] {
        lock.withLock { saved }
    }

    public func session(id: String) -> Session? {
        lock.withLock { saved.first { $0.id == id } }
    }
}

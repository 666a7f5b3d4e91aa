import Foundation

/// Where sessions are kept between runs: the boundary between the coach and storage.
///
/// Adapters save the session after every turn, before they show the replies, so
/// an accepted answer is never lost. Several processes may share one store: every
/// save checks the session's revision, so a save from a copy read before someone
/// else's save is refused (`StaleSessionError`) instead of wiping their answers.
public protocol SessionStore: Sendable {
    /// Saves sessions together, all or none, each replacing the one with its id, and sets their
    /// revisions to the stored ones.
    ///
    /// - Throws: `StaleSessionError` when a stored session is newer than the one saved over it
    ///   (or one with its id exists while the saved one was never saved); the store is then unchanged.
    func save(_ sessions: inout [Session]) throws
    /// Saves the turns of a batch in order, each all or none, in one transaction where the store
    /// has them, so that many people's answers cost one write.
    ///
    /// A turn is refused (`StaleSessionError`) when a session it read or saves is stored at another
    /// revision than it read (someone else saved it meanwhile), and so is a later turn of the batch
    /// that touches a session a refused turn touched, since it may have built on that turn.
    /// - Returns: per turn, its saved sessions at their new revisions, or why it was not saved.
    func save(batch turns: [TurnSave]) -> [Result<[Session], any Error>]
    /// Every saved session that can be read, the most recently saved first.
    func sessions() throws -> [Session]
    /// The saved session with an id, if any.
    ///
    /// - Throws: `UnreadableSession` when the session is stored but cannot be read.
    func session(id: String) throws -> Session?
    /// The stored sessions that cannot be read, with why: never dropped without a word.
    func unreadable() throws -> [UnreadableSession]
}

/// One turn's part of a batch save: the sessions it read and those it saves.
public struct TurnSave: Sendable {
    /// The revision each session it read had then, by id; 0 for one that was not stored.
    public var read: [String: Int]
    /// The sessions it saves, each at the revision it was read at.
    public var saves: [Session]

    public init(read: [String: Int] = [:], saves: [Session]) {
        self.read = read
        self.saves = saves
    }

    /// Every session it touches.
    public var ids: Set<String> {
        Set(read.keys).union(saves.map(\.id))
    }

    /// The refusal of this turn when a session it read or saves is stored at another revision than
    /// it has (`stored` gives the stored revision, 0 for none), or when it touches one of `refused`.
    public func staleness(refused: Set<String>, stored: (String) throws -> Int) rethrows -> StaleSessionError? {
        var expected = read
        for session in saves { expected[session.id] = session.revision }
        if let id = expected.keys.first(where: refused.contains) {
            return StaleSessionError(id: id, revision: expected[id] ?? 0, stored: expected[id] ?? 0)
        }
        for (id, revision) in expected {
            let now = try stored(id)
            if now != revision { return StaleSessionError(id: id, revision: revision, stored: now) }
        }
        return nil
    }
}

extension SessionStore {
    /// Saves the turns one `save(_:)` after another: for stores without transactions of their own.
    public func save(batch turns: [TurnSave]) -> [Result<[Session], any Error>] {
        var refused: Set<String> = []
        return turns.map { turn in
            do {
                if let stale = try turn.staleness(refused: refused, stored: { try session(id: $0)?.revision ?? 0 }) {
                    throw stale
                }
                var saving = turn.saves
                try save(&saving)
                return .success(saving)
            } catch {
                refused.formUnion(turn.ids)
                return .failure(error)
            }
        }
    }

    /// Saves one session, as `save(_:)` saves several.
    public func save(_ session: inout Session) throws {
        var sessions = [session]
        try save(&sessions)
        session = sessions[0]
    }

    /// The most recently saved session that is not finished and has an answer in it, if any: a
    /// team, an objective, or the year or cycle of one-year or company objectives not yet named by a mission.
    public func latestUnfinished() throws -> Session? {
        try sessions().first {
            !$0.finished && (!$0.set.objectives.isEmpty || $0.set.team != nil || $0.set.cycle != nil)
        }
    }

    /// Every saved set, the most recently saved first, as /list numbers them: every session but a
    /// chat member's check-in of a team's set, which holds only a working copy of that set, and the
    /// drafting of a level of the organisation (/mission, /yearly, /company), kept in the organisation.
    public func sets() throws -> [Session] {
        try sessions().filter { $0.sharedSet == nil && ($0.level ?? .team) == .team }
    }
}

/// A save refused because someone else saved the session since this copy was read.
public struct StaleSessionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The session's id.
    public let id: String
    /// The revision the refused copy was read at.
    public let revision: Int
    /// The revision stored now.
    public let stored: Int

    public init(id: String, revision: Int, stored: Int) {
        self.id = id
        self.revision = revision
        self.stored = stored
    }

    public var description: String {
        "session \(id) was saved elsewhere (version \(stored)) since this copy was read (version \(revision))"
    }
}

/// A stored session that cannot be read: its id, when it was saved, and why it cannot be read.
public struct UnreadableSession: Error, Sendable, Equatable, CustomStringConvertible {
    public let id: String
    /// The title stored beside the state ("Growth, 2027-Q1"), which may be empty.
    public let title: String
    public let savedAt: Date
    /// Why: which field is wrong, or that a newer okrcoach wrote it.
    public let reason: String

    public init(id: String, title: String, savedAt: Date, reason: String) {
        self.id = id
        self.title = title
        self.savedAt = savedAt
        self.reason = reason
    }

    public var description: String {
        "session \(id) cannot be read: \(reason)"
    }
}

/// A store in memory, for tests and for trying the coach without a file.
public final class InMemorySessionStore: SessionStore, @unchecked Sendable {
    private let lock = NSLock()
    private var saved: [Session] = []

    public init() {}

    public func save(_ sessions: inout [Session]) throws {
        try lock.withLock {
            for session in sessions {
                let stored = saved.first { $0.id == session.id }?.revision ?? 0
                guard stored == session.revision else {
                    throw StaleSessionError(id: session.id, revision: session.revision, stored: stored)
                }
            }
            for index in sessions.indices {
                sessions[index].revision += 1
                saved.removeAll { $0.id == sessions[index].id }
                saved.insert(sessions[index], at: 0)
            }
        }
    }

    public func sessions() -> [Session] {
        lock.withLock { saved }
    }

    public func session(id: String) -> Session? {
        lock.withLock { saved.first { $0.id == id } }
    }

    public func unreadable() -> [UnreadableSession] {
        []
    }
}

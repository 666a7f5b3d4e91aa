import ChatCoach
import CoachEngine
import Foundation

/// One line on its way through a lane: who said what, and where its answer goes.
struct DeskLine: Sendable {
    let speech: ChatCoach.Speech
    let members: ChannelMembers
    /// How many times it was answered on sessions that turned out to be saved elsewhere meanwhile.
    var attempt = 0
    let done: @Sendable (DeskAnswer) -> Void
}

/// What became of a line: its turn, stored; or the key of the message that tells the speaker why
/// it was not taken, with their session where it was read.
enum DeskAnswer: Sendable {
    case turn(ChatTurn)
    case trouble(String, Session?)
}

/// How the desk's lanes answer a batch of lines: on the sessions kept in memory, with the
/// turns' changes seen by the later lines of the batch, then stored in one transaction, and
/// only then handed back.
struct DeskWork: Sendable {
    /// How many times a line is answered again when its sessions were saved elsewhere meanwhile.
    static let staleRetries = 5

    let chat: ChatCoach
    let store: any SessionStore
    let network: String
    let clock: CoachClock
    let sessions: DeskSessions
    /// Each person's inbound allowance, by session key.
    let buckets: Locked<[String: InboundLimit.Bucket]>

    /// A line's turn, before its batch is stored.
    private struct Prepared {
        var line: DeskLine
        var turn: ChatTurn
        var save: TurnSave
        var spoken: Session?
        var allowance: InboundLimit.Bucket?
    }

    /// Answers a batch: each line's `done` is called once the batch is stored, with its turn or
    /// its trouble. Returns the lines to answer again, in order, since a session they read was
    /// saved elsewhere meanwhile.
    func answer(_ lines: [DeskLine]) -> [DeskLine] {
        let now = clock.elapsed
        let time = clock.moment
        // What the batch's turns so far saved (at the revisions they will have) and greeted.
        var saving: [String: Session] = [:]
        var greeting: [String: Session] = [:]
        var prepared: [Prepared] = []
        var answered: [(DeskLine, DeskAnswer)] = []
        for line in lines {
            let speech = line.speech
            var read: [String: Int] = [:]
            var loaded: [String: Session] = [:]
            do {
                func load(_ id: String) throws {
                    if let session = saving[id] {
                        read[id] = session.revision
                        loaded[id] = session
                        return
                    }
                    let stored = try self.stored(id)
                    read[id] = stored?.revision ?? 0
                    loaded[id] = stored ?? greeting[id] ?? sessions.greeting(id)
                }
                for id in chat.keys(for: speech, network: network) { try load(id) }
                for id in chat.followingKeys(for: speech, loaded: loaded) { try load(id) }
                let copies =
                    chat.asksForCopies(speech) ? try store.sets().filter { chat.isCopy($0.id, of: speech) } : []
                let allowance = buckets.withLock { $0[speech.key] }
                var bucket = [speech.key: allowance].compactMapValues { $0 }
                let turn = chat.handle(
                    speech, network: network, sessions: loaded, members: line.members, buckets: &bucket, now: now,
                    time: time, copies: copies)
                buckets.withLock { $0[speech.key] = bucket[speech.key] }
                for session in turn.save {
                    var stored = session
                    stored.revision += 1
                    saving[session.id] = stored
                }
                if let greeted = turn.greeted { greeting[greeted.id] = greeted }
                prepared.append(
                    Prepared(
                        line: line, turn: turn, save: TurnSave(read: read, saves: turn.save),
                        spoken: loaded[speech.key],
                        allowance: allowance))
            } catch is UnreadableSession {
                answered.append((line, .trouble("chat_unreadable", nil)))
            } catch {
                answered.append((line, .trouble("chat_not_saved", loaded[speech.key])))
            }
        }
        let results = prepared.isEmpty ? [] : store.save(batch: prepared.map(\.save))
        var again: [DeskLine] = []
        for (turn, result) in zip(prepared, results) {
            switch result {
            case .success(let saved):
                sessions.keepSaved(saved)
                if let greeted = turn.turn.greeted { sessions.remember(greeting: greeted) }
                answered.append((turn.line, .turn(turn.turn)))
            case .failure(let error):
                sessions.forget(turn.save.ids)
                if error is StaleSessionError, turn.line.attempt < Self.staleRetries {
                    buckets.withLock { $0[turn.line.speech.key] = turn.allowance }
                    var line = turn.line
                    line.attempt += 1
                    again.append(line)
                } else {
                    answered.append((turn.line, .trouble("chat_not_saved", turn.spoken)))
                }
            }
        }
        for (line, answer) in answered { line.done(answer) }
        return again
    }

    /// The stored session under an id, as kept in memory or else read and kept; nil when none is stored.
    func stored(_ id: String) throws -> Session? {
        if let known = sessions.stored(id) { return known }
        let session = try store.session(id: id)
        sessions.keep(id, session)
        return session
    }
}

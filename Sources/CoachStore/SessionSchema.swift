import CoachEngine
import Foundation

/// The version of a stored session's state, and how an older state is brought up to date.
///
/// Every row records the version of the state it holds. A row written by an older okrcoach is
/// upgraded step by step when it is read (and stored in the current form at its next save); a
/// row written by a newer okrcoach is reported as unreadable, never guessed at. When the shape
/// of `Session` changes, raise `current` and add the step that turns the old shape into the new.
public struct SessionSchema: Sendable {
    /// One step: turns a state of version n (the key) into version n + 1, as a JSON object.
    public typealias Upgrade = @Sendable (inout [String: Any]) throws -> Void

    /// The version this okrcoach writes.
    public let current: Int
    /// The step from each older version to the next.
    public let upgrades: [Int: Upgrade]

    public init(current: Int, upgrades: [Int: Upgrade] = [:]) {
        self.current = current
        self.upgrades = upgrades
    }

    /// The state as okrcoach stores it today: version 2, the session's JSON with its /back history
    /// written compactly (`UndoHistory`). Version 1 wrote every state of the history whole; it reads
    /// as it is, so its step changes nothing.
    public static let sessions = SessionSchema(current: 2, upgrades: [1: { _ in }])

    /// A stored state as a session, or why it cannot be one.
    func decode(_ state: String, version: Int) -> Result<Session, ReadFailure> {
        guard version <= current else {
            return .failure(
                ReadFailure("saved by a newer okrcoach (state version \(version); this one reads up to \(current))"))
        }
        var data = Data(state.utf8)
        if version < current {
            guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                return .failure(ReadFailure("the state is not a JSON object"))
            }
            for step in version..<current {
                guard let upgrade = upgrades[step] else {
                    return .failure(ReadFailure("no way known from state version \(step) to \(step + 1)"))
                }
                do {
                    try upgrade(&object)
                } catch {
                    return .failure(ReadFailure("upgrading from state version \(step): \(error)"))
                }
            }
            guard let upgraded = try? JSONSerialization.data(withJSONObject: object) else {
                return .failure(ReadFailure("the upgraded state is not JSON"))
            }
            data = upgraded
        }
        do {
            return .success(try JSONDecoder().decode(Session.self, from: data))
        } catch let error as DecodingError {
            return .failure(ReadFailure(Self.reason(error)))
        } catch {
            return .failure(ReadFailure("\(error)"))
        }
    }

    /// A decoding error in one line: where in the state, and what is wrong there.
    static func reason(_ error: DecodingError) -> String {
        let (path, what): ([any CodingKey], String) =
            switch error {
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            case .keyNotFound(let key, let context): (context.codingPath + [key], "missing")
            case .typeMismatch(_, let context): (context.codingPath, context.debugDescription)
            case .valueNotFound(_, let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "\(error)")
            }
        let place = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let field = place.hasPrefix(".") ? String(place.dropFirst()) : place
        return field.isEmpty ? what : "\(field): \(what)"
    }

    /// Why a stored state cannot be read.
    struct ReadFailure: Error {
        let reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}

import OKRCore

/// A named piece of coaching a flow step does with an answer, registered once with the
/// outcomes it can return, the messages it says in each medium and the flow settings it
/// reads.
///
/// Like GRDB's `DatabaseMigrator`, the registry is the one list of names: a flow that
/// names any other action is refused when it is read, and a step holds the registered
/// action itself rather than its name, so no step can run an action nobody wrote.
public struct CoachAction: Sendable {
    public let name: String
    /// The outcomes it returns; the flow's routes say where each leads.
    let fixedOutcomes: Set<String>
    /// Whether it also returns the piece of a key result to ask for next, one of the flow's `refine`.
    let asksForPieces: Bool
    /// The message keys it says, by medium.
    let messages: [Medium: Set<String>]
    /// The flow settings it decides by.
    let needs: [Flow.Setting]
    let perform: @Sendable (Coach, String?, inout Output) -> String

    /// The outcomes it can return in a flow.
    public func outcomes(in flow: Flow) -> Set<String> {
        asksForPieces ? fixedOutcomes.union(flow.settings.refine ?? []) : fixedOutcomes
    }

    /// The registered actions. Each is registered where it is written (`Coach+Actions.swift`,
    /// `Coach+CheckIn.swift`, `Coach+Review.swift`).
    static let registry = ActionRegistry.coach

    /// Every registered action, by name.
    public static var all: [CoachAction] {
        registry.all
    }

    /// The action that saves a retrospective answer under its step's id: its steps are the retro's topics.
    static let recordRetroName = "record_retro"
}

/// Where the coach's replies are read: each needs some messages of its own.
public enum Medium: String, Sendable, CaseIterable {
    case terminal
    case chat
}

/// The actions by name, each registered once.
struct ActionRegistry: Sendable {
    private var actions: [String: CoachAction] = [:]

    /// Registers an action.
    ///
    /// - Parameters:
    ///   - outcomes: what it returns.
    ///   - asksForPieces: whether it also returns a piece of `refine` to ask for.
    ///   - says: the messages it says in every medium.
    ///   - needs: the flow settings it reads.
    /// - Precondition: the name is not registered yet (a second registration is a programming error).
    mutating func register(
        _ name: String, outcomes: Set<String>, asksForPieces: Bool = false, says: Set<String> = [],
        needs: [Flow.Setting] = [], perform: @escaping @Sendable (Coach, String?, inout Output) -> String
    ) {
        precondition(actions[name] == nil, "the action '\(name)' is registered twice")
        let messages = Dictionary(uniqueKeysWithValues: Medium.allCases.map { ($0, says) })
        actions[name] = CoachAction(
            name: name, fixedOutcomes: outcomes, asksForPieces: asksForPieces, messages: messages, needs: needs,
            perform: perform)
    }

    subscript(name: String) -> CoachAction? {
        actions[name]
    }

    /// The registered names, sorted.
    var names: [String] {
        actions.keys.sorted()
    }

    /// Every registered action.
    var all: [CoachAction] {
        names.compactMap { actions[$0] }
    }

    /// The coach's actions: drafting, check-in, review and retrospective.
    static let coach: ActionRegistry = {
        var registry = ActionRegistry()
        Coach.registerDraftingActions(in: &registry)
        Coach.registerCheckInActions(in: &registry)
        Coach.registerReviewActions(in: &registry)
        Coach.registerLevelActions(in: &registry)
        return registry
    }()
}

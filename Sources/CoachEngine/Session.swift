import OKRCore

/// One person's coaching conversation: where it stands and what has been said.
///
/// A session is a value: the engine takes one and an input line and gives back
/// a new one, so the terminal, the chat bot and the tests all drive it the same
/// way, and storing it is storing this value.
public struct Session: Codable, Sendable, Equatable {
    /// A stable id, for storage.
    public var id: String
    /// The language the coach speaks; nil until it is chosen or detected.
    public var language: LanguageCode?
    /// True once the person (or `--lang`, or the locale) chose the language: no more detection.
    public var languageChosen: Bool
    /// The set drafted so far: saved objectives and key results only.
    public var set: OKRSet
    /// The step of the flow the conversation is at.
    public var step: String
    /// Work in progress: the objective or key result being drafted.
    public var draft: Draft
    /// Earlier states, for /back.
    var undo: UndoHistory
    /// True once the set has been summed up.
    public var finished: Bool
    /// A check-in, review or retrospective under way; nil while drafting.
    public var activity: Activity?
    /// What the cycle before this set left: its retro notes, for the new set's drafting.
    public var previousCycle: PreviousCycle?
    /// In chat, the key of the team session whose set this session checks in; nil for its own set.
    public var sharedSet: String?
    /// In chat, a team's weekly check-in reminder in its channel; nil when it has none.
    public var reminder: WeeklyReminder?
    /// In chat, the key of the person who shared a team's set with its channel: they may replace it.
    public var sharedBy: String?
    /// The level of the pyramid being drafted; nil for a team's set.
    public var level: DraftLevel?
    /// The organisation's mission statement, once drafted (the mission level).
    public var mission: String?
    /// The ids a drafted level's objectives were kept under in the organisation, once finished:
    /// finishing again after /back replaces them instead of adding them twice. Not undone by /back.
    public var levelIDs: [String]?
    /// In chat, how many sets a team's channel has had replaced and archived (`team…#archived-N`).
    public var archived: Int?
    /// The stored version this value was read or last saved at; 0 for a session never saved.
    ///
    /// It is not part of the stored state: the store keeps it beside the state, counts it up at
    /// every save, and refuses a save from a value read before someone else's save, so two
    /// processes working on one session cannot silently wipe each other's answers.
    public var revision = 0
    /// What the rules found in each objective and key result saved so far, for the summary.
    var readings = DraftReadings()

    /// The stored state: everything but the revision, which the store keeps itself.
    enum CodingKeys: String, CodingKey {
        case id, language, languageChosen, set, step, draft, undo, finished, activity, previousCycle, sharedSet,
            reminder, sharedBy, archived, level, mission, levelIDs
    }

    public init(id: String, language: LanguageCode? = nil, languageChosen: Bool = false, step: String) {
        self.id = id
        self.language = language
        self.languageChosen = languageChosen
        set = OKRSet()
        self.step = step
        draft = Draft()
        undo = []
        finished = false
    }

    /// The most states /back can go back through.
    static let undoDepth = 100

    mutating func remember() {
        undo.append(
            Snapshot(set: set, step: step, draft: draft, finished: finished, activity: activity, mission: mission))
        if undo.count > Self.undoDepth { undo.removeFirst(undo.count - Self.undoDepth) }
    }

    /// Whether the session drafts a team's set (not a level of the organisation) and has an answer in it:
    /// a set worth keeping and listing.
    public var holdsASet: Bool {
        (level ?? .team) == .team && (!set.objectives.isEmpty || set.team != nil)
    }

    /// A short name for lists: the team and the cycle.
    public var title: String {
        [set.team, set.cycle].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// The objective or key result being drafted, piece by piece.
public struct Draft: Codable, Sendable, Equatable {
    /// The objective as the person wrote it, or as proposed.
    public var objective: String?
    /// The key result being drafted.
    public var keyResult: KeyResultParts?
    /// What the coach proposes: an objective with its reason, or a key result written out.
    public var proposal: String?
    /// Objectives whose leading/lagging question was asked (1-based).
    public var leadingLaggingAsked: [Int] = []
    /// The language the objective or key result being drafted is written in; nil before it is
    /// written (and in sessions saved before it was kept, which then use the set's language).
    public var language: LanguageCode?
    /// The organisation's objective the objective being drafted serves, picked before it is written.
    public var parent: String?
}

/// A state /back returns to.
struct Snapshot: Codable, Sendable, Equatable {
    var set: OKRSet
    var step: String
    var draft: Draft
    var finished: Bool
    var activity: Activity?
    var mission: String?
}

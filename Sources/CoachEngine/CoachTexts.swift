import OKRCore

/// What the coach says in one language: its messages, the words it understands
/// as answers and commands, and the patterns it writes key results with.
///
/// Read from the `coach:` section of the language's locale file.
public struct CoachTexts: Sendable {
    public let language: LanguageCode
    public let prompt: String
    private let messages: [String: Template]
    let compose: Compose
    /// Answer words, lower-cased.
    let yes: Set<String>
    let no: Set<String>
    let done: Set<String>
    /// The other answer words by meaning: key result kinds, confidence levels, commitments.
    let choices: [String: Set<String>]
    /// Command words by command, the main word first.
    let commands: [CoachCommand: [String]]
    /// The words that share a set with a team's channel (chat only).
    public let shareWords: Set<String>
    /// The words that ask for the rest of a long reply (chat only).
    public let moreWords: Set<String>
    /// The words that set, show or stop a channel's check-in reminder (chat only).
    public let remindWords: Set<String>
    /// The words that turn something off ("remind off"), lower-cased.
    public let offWords: Set<String>
    /// The names of the weekdays, Monday first, each as written first and then its other forms ("man").
    public let weekdays: [[String]]

    /// The patterns a key result and an objective are written with.
    struct Compose: Sendable {
        let increase: Template
        let decrease: Template
        /// "{objective} in order to {why}", for a reason that starts with a verb.
        let purpose: Template
        /// The word the purpose pattern puts before the reason ("to" in "in order to {why}").
        let purposeLead: String?
        /// "{objective} so that {why}", for a reason written as a clause.
        let purposeClause: Template
        /// The word the key result patterns put before the deadline ("by", "innen", "senast").
        let deadlineLead: String?
        /// Whether the patterns open with the measure (Dutch: "{measure} verhogen …").
        let measureFirst: Bool
        let endOfCycle: Template
        let withDeadline: Template
        let untitled: String
    }

    /// Reads the `coach:` section of a locale file.
    ///
    /// - Throws: `InputError` naming the file and the missing or malformed key.
    public init(yaml: String, source: String) throws(InputError) {
        try self.init(fields: YAMLFields.root(of: yaml, source: source))
    }

    /// Reads the `coach:` section of a locale file already parsed (the catalog shares the parse).
    public init(fields root: YAMLFields) throws(InputError) {
        language = LanguageCode(try root.fields("language").string("code"))
        let coach = try root.fields("coach")
        prompt = try coach.string("prompt")
        let messageFields = try coach.fields("messages")
        var messages: [String: Template] = [:]
        for key in messageFields.keys {
            messages[key] = Template(try messageFields.string(key))
        }
        self.messages = messages
        let compose = try coach.fields("compose")
        let purpose = try compose.string("purpose")
        let lead = purpose.components(separatedBy: "{why}").first?.split(separator: " ").last.map(String.init)
        let increase = try compose.string("increase")
        let deadlineLead = increase.components(separatedBy: "{deadline}").first?.split(separator: " ").last.map(String.init)
        self.compose = Compose(
            increase: Template(increase), decrease: Template(try compose.string("decrease")),
            purpose: Template(purpose), purposeLead: lead?.lowercased(),
            purposeClause: Template(try compose.string("purpose_clause")), deadlineLead: deadlineLead?.lowercased(),
            measureFirst: increase.hasPrefix("{measure}"), endOfCycle: Template(try compose.string("end_of_cycle")),
            withDeadline: Template(try compose.string("with_deadline")), untitled: try compose.string("untitled"))
        let answers = try coach.fields("answers")
        yes = Set(try answers.strings("yes").map { $0.lowercased() })
        no = Set(try answers.strings("no").map { $0.lowercased() })
        done = Set(try answers.strings("done").map { $0.lowercased() })
        var choices: [String: Set<String>] = [:]
        for meaning in Self.choiceMeanings {
            choices[meaning] = Set(try answers.strings(meaning).map { $0.lowercased() })
        }
        self.choices = choices
        let commandFields = try coach.fields("commands")
        var commands: [CoachCommand: [String]] = [:]
        for command in CoachCommand.allCases {
            commands[command] = try commandFields.strings(command.rawValue).map { $0.lowercased() }
        }
        self.commands = commands
        shareWords = Set(try commandFields.strings("share").map { $0.lowercased() })
        moreWords = Set(try commandFields.strings("more").map { $0.lowercased() })
        remindWords = Set(try commandFields.strings("remind").map { $0.lowercased() })
        offWords = Set(try answers.strings("off").map { $0.lowercased() })
        let weekdayFields = try coach.fields("weekdays")
        var weekdays: [[String]] = []
        for name in Self.weekdayKeys {
            weekdays.append(try weekdayFields.strings(name))
        }
        self.weekdays = weekdays
    }

    /// The keys of `coach.weekdays`, Monday first.
    static let weekdayKeys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The meanings of answer words besides yes, no and done, as keyed under `coach.answers`.
    static let choiceMeanings = KeyResultKind.allCases.map(\.rawValue) + ConfidenceLevel.allCases.map(\.rawValue)
        + Commitment.allCases.map(\.rawValue)

    /// The words of a command in this language.
    public func words(for command: CoachCommand) -> [String] {
        commands[command] ?? []
    }

    /// Whether the texts have a message.
    func has(_ key: String) -> Bool {
        messages[key] != nil
    }

    /// A message with its placeholders filled; the key itself when it is missing.
    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        messages[key]?.render(values) ?? key
    }
}

/// The slash commands, by their stable names (the keys of `coach.commands`).
public enum CoachCommand: String, CaseIterable, Sendable {
    case help, show, check, back, skip, lang, new, list, open, export, quit
    case checkIn = "checkin"
    case review, retro
}

import OKRCore

/// What the coach says in one language: its messages, the words it understands
/// as answers and commands, and the patterns it writes key results with.
///
/// Read from the `coach:` section of the language's locale file. A class, so that the coach
/// looking up a language's texts on every turn copies one reference, not every list it holds.
public final class CoachTexts: Sendable {
    public let language: LanguageCode
    public let prompt: String
    /// How the language writes numbers, grades, percentages, changes and labels.
    public let format: LanguageFormatter
    private let messages: [String: Template]
    let compose: Compose
    /// Answer words, lower-cased.
    let yes: Set<String>
    let no: Set<String>
    let done: Set<String>
    /// Answers that ask what the question means ("?", "help"), lower-cased: never taken as content.
    let help: Set<String>
    /// Answers that say the person does not know ("don't know", "vet ikke"), lower-cased.
    let unknown: Set<String>
    /// The other answer words by meaning: key result kinds, confidence levels, commitments.
    let choices: [String: Set<String>]
    /// Command words by command, the main word first.
    let commands: [CoachCommand: [String]]
    /// The words that share a set with a team's channel (chat only).
    public let shareWords: Set<String>
    /// The words that show the company's objectives and the teams serving each (chat only).
    public let treeWords: Set<String>
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
        /// "Increase {measure} from {from} to {to} {deadline}"; {deadline} comes with its preposition.
        let increase: Template
        let decrease: Template
        /// "Increase {measure} to {to} by {deadline}": a key result whose starting value is not known yet.
        let increaseTo: Template
        let decreaseTo: Template
        /// A floor to hold: "Keep {measure} at or above {to} {deadline}".
        let atLeast: Template
        /// A ceiling to hold: "Keep {measure} at or below {to} {deadline}".
        let atMost: Template
        /// The pattern's word before a time that brings none: "by {time}", "uiterlijk {time}".
        let deadline: Template
        /// Words that open a deadline phrase of its own, lower-cased: "within", "i løpet av", "senast".
        let deadlineOpeners: [String]
        /// "{objective} in order to {why}", for a reason that starts with a verb.
        let purpose: Template
        /// The word the purpose pattern puts before the reason ("to" in "in order to {why}").
        let purposeLead: String?
        /// "{objective} so that {why}", for a reason written as a clause.
        let purposeClause: Template
        /// What comes between the objective and a reason that brings its own connector: " ", ", ".
        let purposeSeparator: String
        /// The connector the clause pattern puts before the reason, lower-cased: "so that", "zodat".
        let purposeClauseLead: String
        /// Whether a subordinate clause puts its verb last and an infinitive takes its marker
        /// before the verb (Dutch: "zodat ze bij ons blijven", "om klanten te behouden").
        let verbLast: Bool
        /// Words that open a reason as its subject ("ze", "we"), lower-cased.
        let subjects: Set<String>
        /// The infinitive marker: "te", "to", "å", "att".
        let infinitiveMarker: String
        /// How an infinitive ends where a reason may be one ("behouden"), so that "de churn daalt"
        /// is a clause; empty where any verb may be.
        let infinitiveEndings: [String]
        /// Verbs that close a clause with a subject, not an infinitive phrase: "klanten blijven".
        let clauseVerbs: Set<String>
        /// Whether the patterns open with the measure (Dutch: "{measure} verhogen …").
        let measureFirst: Bool
        let endOfCycle: Template
        /// A key result kept as written, with its deadline: "{text} {deadline}".
        let withDeadline: Template
        let untitled: String
        /// A quarter as the language names it: "{year}-Q{quarter}", "{year}-K{quarter}".
        let quarter: Template
        /// The id the coach gives a one-year objective it drafted: "Y{number}", "A{number}" for årsmål.
        let yearlyID: Template
        /// The id the coach gives a company objective it drafted: "C{number}", "S{number}" for selskapsmål.
        let companyID: Template
    }

    /// Reads the `coach:` section of a locale file already parsed, writing numbers and labels with
    /// the language's formatter (`LocaleCatalogue` shares one parse and one formatter).
    public init(fields root: YAMLFields, format: LanguageFormatter) throws(InputError) {
        language = LanguageCode(try root.fields("language").string("code"))
        self.format = format
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
        let purposeClause = try compose.string("purpose_clause")
        self.compose = Compose(
            increase: Template(increase), decrease: Template(try compose.string("decrease")),
            increaseTo: Template(try compose.string("increase_to")),
            decreaseTo: Template(try compose.string("decrease_to")),
            atLeast: Template(try compose.string("at_least")), atMost: Template(try compose.string("at_most")),
            deadline: Template(try compose.string("deadline")),
            deadlineOpeners: try compose.strings("deadline_openers").map { $0.lowercased() },
            purpose: Template(purpose), purposeLead: lead?.lowercased(),
            purposeClause: Template(purposeClause),
            purposeSeparator: Self.separator(after: "{objective}", in: purposeClause),
            purposeClauseLead: Self.lead(before: "{why}", in: purposeClause),
            verbLast: try compose.string("verb_last") == "true",
            subjects: Set(try compose.strings("subjects").map { $0.lowercased() }),
            infinitiveMarker: try compose.string("infinitive_marker"),
            infinitiveEndings: try compose.strings("infinitive_endings").map { $0.lowercased() },
            clauseVerbs: Set(try compose.strings("clause_verbs").map { $0.lowercased() }),
            measureFirst: increase.hasPrefix("{measure}"), endOfCycle: Template(try compose.string("end_of_cycle")),
            withDeadline: Template(try compose.string("with_deadline")), untitled: try compose.string("untitled"),
            quarter: Template(try compose.string("quarter")), yearlyID: Template(try compose.string("yearly_id")),
            companyID: Template(try compose.string("company_id")))
        let answers = try coach.fields("answers")
        yes = Set(try answers.strings("yes").map { $0.lowercased() })
        no = Set(try answers.strings("no").map { $0.lowercased() })
        done = Set(try answers.strings("done").map { $0.lowercased() })
        help = Set(try answers.strings("help").map { $0.lowercased() })
        unknown = Set(try answers.strings("unknown").map { $0.lowercased() })
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
        treeWords = Set(try commandFields.strings("tree").map { $0.lowercased() })
        remindWords = Set(try commandFields.strings("remind").map { $0.lowercased() })
        offWords = Set(try answers.strings("off").map { $0.lowercased() })
        let weekdayFields = try coach.fields("weekdays")
        var weekdays: [[String]] = []
        for name in Self.weekdayKeys {
            weekdays.append(try weekdayFields.strings(name))
        }
        self.weekdays = weekdays
    }

    /// The spaces and punctuation after a placeholder in a pattern, up to the next word: ", ".
    private static func separator(after placeholder: String, in pattern: String) -> String {
        guard let range = pattern.range(of: placeholder) else { return " " }
        let rest = pattern[range.upperBound...].prefix { !$0.isLetter }
        return rest.isEmpty ? " " : String(rest)
    }

    /// The words of a pattern between its first placeholder and `placeholder`, lower-cased: "so that".
    private static func lead(before placeholder: String, in pattern: String) -> String {
        let head = pattern.components(separatedBy: placeholder).first ?? ""
        let afterFirst = head.split(separator: "}", maxSplits: 1).last.map(String.init) ?? head
        return afterFirst.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).lowercased()
    }

    /// The keys of `coach.weekdays`, Monday first.
    static let weekdayKeys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The meanings of answer words besides yes, no and done, as keyed under `coach.answers`.
    static let choiceMeanings =
        KeyResultKind.allCases.map(\.rawValue) + ConfidenceLevel.allCases.map(\.rawValue)
        + Commitment.allCases.map(\.rawValue)

    /// The words of a command in this language.
    public func words(for command: CoachCommand) -> [String] {
        commands[command] ?? []
    }

    /// Whether the texts have a message.
    func has(_ key: String) -> Bool {
        messages[key] != nil
    }

    /// The list of commands as a medium writes it: each command with the medium's `prefix`
    /// ("/" at a terminal, "!" in chat), and at a terminal only `help_file` and `help_eof`,
    /// since only there can a file be written and Ctrl-D leave. `languages` fills `{languages}`:
    /// the codes of the loaded locales, which only the coach knows ("en, nb, nl, sv").
    public func help(prefix: String, atTerminal: Bool, languages: String) -> String {
        let file = atTerminal ? message("help_file") : ""
        let eof = atTerminal ? message("help_eof") : ""
        return message("help", ["c": prefix, "file": file, "eof": eof, "languages": languages])
    }

    /// A message with its placeholders filled, and what it names written as the terminal writes it
    /// (see `reply(_:_:_:mentions:)`); the key itself when it is missing.
    public func message(_ key: String, _ values: [String: String] = [:]) -> String {
        reply(.say, key, values).text
    }

    /// The template of a message.
    func template(_ key: String) -> Template? {
        messages[key]
    }
}

/// The slash commands, by their stable names (the keys of `coach.commands`).
public enum CoachCommand: String, CaseIterable, Sendable {
    case help, show, check, back, skip, lang, new, list, open, export, quit
    case checkIn = "checkin"
    case review, retro
    case mission, yearly, company
}

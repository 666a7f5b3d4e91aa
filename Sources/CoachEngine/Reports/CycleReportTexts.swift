import OKRCore

/// The words of a cycle report in one language: headings, column names, the names of
/// kinds, confidence levels and retrospective questions; numbers and labels are written by `format`.
///
/// Read from the `cycle_report:` section of a locale file, so a coach can reword a
/// report without touching code. Every key is required: a missing one is named when
/// the file is read, not discovered in the middle of a report.
public struct CycleReportTexts: Sendable {
    /// The sentences and labels of a report, by their key under `cycle_report:`.
    public enum Key: String, CaseIterable, Sendable {
        case titleSet = "title_set"
        case titleCycle = "title_cycle"
        case noTeam = "no_team"
        case noCycle = "no_cycle"
        case asOf = "as_of"
        case reviewed
        case grade
        case progress
        case held
        case notHeld = "not_held"
        case done
        case notDone = "not_done"
        case weight
        case noObjectives = "no_objectives"
        case noKeyResults = "no_key_results"
        case baselineFromFirst = "baseline_from_first"
        case notes
        case note
        case noteBy = "note_by"
        case postMortem = "post_mortem"
        case attention
        case stale
        case neverCheckedIn = "never_checked_in"
        case fallingConfidence = "falling_confidence"
        case retro
        case treeTitle = "tree_title"
        case treeMission = "tree_mission"
        case treeNoMission = "tree_no_mission"
        case treeCompanyUnaligned = "tree_company_unaligned"
        case treeTeamUnaligned = "tree_team_unaligned"
    }

    /// The columns of a key result table, by their key under `cycle_report.columns`.
    public enum Column: String, CaseIterable, Sendable {
        case keyResult = "key_result"
        case kind
        case range
        case latest
        case progress
        case change
        case confidence
        case grade
    }

    public let language: LanguageCode
    /// How the language writes numbers, grades, percentages, changes and labels.
    public let format: LanguageFormatter
    private let sentences: [Key: Template]
    private let columns: [Column: String]
    private let kinds: [KeyResultKind: String]
    private let levels: [ConfidenceLevel: String]
    private let commitments: [Commitment: String]
    private let questions: [String: String]

    /// Reads the `cycle_report:` section of a locale file already parsed, writing numbers and
    /// labels with the language's formatter (`LocaleCatalogue` shares one parse and one formatter).
    public init(fields root: YAMLFields, format: LanguageFormatter) throws(InputError) {
        language = LanguageCode(try root.fields("language").string("code"))
        self.format = format
        let section = try root.fields("cycle_report")
        var sentences: [Key: Template] = [:]
        for key in Key.allCases {
            sentences[key] = Template(try section.string(key.rawValue))
        }
        self.sentences = sentences
        columns = try Self.names(Column.allCases, in: section.fields("columns"))
        kinds = try Self.names(KeyResultKind.allCases, in: section.fields("kinds"))
        levels = try Self.names(ConfidenceLevel.allCases, in: section.fields("levels"))
        commitments = try Self.names(Commitment.allCases, in: section.fields("commitments"))
        let questionFields = try section.fields("questions")
        var questions: [String: String] = [:]
        // Every title the locale gives: a question added to prompts/retro.yaml brings its own.
        for topic in questionFields.keys {
            questions[topic] = try questionFields.string(topic)
        }
        self.questions = questions
    }

    /// A sentence with its placeholders filled.
    public func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        // Every key is read by the initializer.
        sentences[key]!.render(values)
    }

    public func name(of column: Column) -> String { columns[column]! }
    public func name(of kind: KeyResultKind) -> String { kinds[kind]! }
    public func name(of level: ConfidenceLevel) -> String { levels[level]! }
    public func name(of commitment: Commitment) -> String { commitments[commitment]! }

    /// The title of a retrospective question; a topic the locale does not know is shown as it is.
    public func question(_ topic: String) -> String {
        questions[topic] ?? topic
    }

    private static func names<Name: RawRepresentable & Hashable>(
        _ cases: [Name], in fields: YAMLFields
    ) throws(InputError) -> [Name: String] where Name.RawValue == String {
        var names: [Name: String] = [:]
        for name in cases {
            names[name] = try fields.string(name.rawValue)
        }
        return names
    }
}

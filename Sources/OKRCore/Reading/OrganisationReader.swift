import Yams

/// Reads an organisation file (the format `Organisation` documents) into an organisation,
/// refusing, with the file and line, whatever would leave the pyramid unsound: a year or cycle
/// that is no year, an objective without a well-formed id, an id used twice, a company objective
/// whose `parent` names no one-year objective of its year.
public enum OrganisationReader {
    /// The top-level keys of an organisation file; a check file has `objectives:` instead.
    static let keys: Set<String> = ["organisation", "mission", "years", "cycles"]

    /// - Parameters:
    ///   - text: the file's text.
    ///   - source: its name, for messages.
    ///   - languages: the codes `lang:` may name.
    ///   - retroTopics: the topics a retro note may have (key results carry check-ins as in a check file).
    /// - Throws: `InputError` naming the line of the first problem.
    public static func read(
        _ text: String, source: String, languages: Set<LanguageCode>, retroTopics: [String]
    ) throws(InputError) -> OrganisationReadResult {
        try InputLimits.check(text, source: source)
        let text = ChatIndentation.restored(text)
        guard let root = try YAMLDocument.compose(text, source: source, resolver: .basic) else {
            throw InputError(source: source, .organisationEmpty)
        }
        var reader = NodeReader<Node>(source: source, retroTopics: retroTopics)
        let organisation = try reader.readOrganisation(root, languages: languages)
        return OrganisationReadResult(
            organisation: organisation, warnings: reader.warnings,
            suppressions: InlineSuppressions(text, format: .checkFile, source: source))
    }

    /// Whether a text is an organisation file: a top-level key of one (`mission:`, `years:`,
    /// `cycles:`, `organisation:`) and no `objectives:`, which makes it a check file.
    ///
    /// Read line by line up to the first `objectives:`, so a check file of any size is told after
    /// its first lines (splitting all of a 10,000-key-result file first was a tenth of `check`).
    public static func isOrganisation(_ text: String) -> Bool {
        var found = false
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            guard let first = line.first, first != " ", first != "\t", first != "#", first != "-" else { continue }
            let key = line.prefix { $0 != ":" }
            guard key.count < line.count else { continue }
            if key == "objectives" { return false }
            if keys.contains(String(key)) { found = true }
        }
        return found
    }
}

/// An organisation as read, with the problems that did not stop the reading (unknown keys).
public struct OrganisationReadResult: Sendable, Equatable {
    public var organisation: Organisation
    public var warnings: [InputError]
    /// The rules the file's comments switch off (`# okrcoach: ignore yearly-objective-idle`).
    public var suppressions: InlineSuppressions
}

extension NodeReader {
    mutating func readOrganisation(_ root: YAMLNode, languages: Set<LanguageCode>) throws(InputError) -> Organisation {
        guard let mapping = root.members else {
            throw error(at: root, .organisationShape, found: root)
        }
        var organisation = Organisation()
        for (key, value) in mapping {
            switch key.keyName ?? "" {
            case "organisation": organisation.name = try text(value, "organisation")
            case "lang": organisation.lang = try language(value, languages: languages)
            case "mission":
                organisation.mission = try text(value, "mission").map { Mission($0, line: value.line) }
            case "years":
                organisation.years = try list(value, "years").map { node throws(InputError) in try readYear(node) }
            case "cycles":
                organisation.cycles = try list(value, "cycles").map { node throws(InputError) in try readCycle(node) }
            default: warnUnknown(key)
            }
        }
        try checkLinks(of: organisation)
        return organisation
    }

    private mutating func readYear(_ node: YAMLNode) throws(InputError) -> OrganisationYear {
        let (period, objectives) = try readLevel(node, key: "year", shape: .yearShape)
        return OrganisationYear(year: try wholeYear(period), objectives: objectives, line: node.line)
    }

    private mutating func readCycle(_ node: YAMLNode) throws(InputError) -> CompanyCycle {
        let (period, objectives) = try readLevel(node, key: "cycle", shape: .cycleShape)
        guard let cycle = try text(period, "cycle"), CyclePeriod(cycle) != nil else {
            throw error(at: period, .shouldBeCycle, yearRange, found: period)
        }
        return CompanyCycle(cycle: cycle, objectives: objectives, line: node.line)
    }

    /// A year or a cycle: the value under `key` (its period, read by the caller) and its objectives.
    private mutating func readLevel(_ node: YAMLNode, key: String, shape: CLIText) throws(InputError) -> (
        period: YAMLNode, objectives: [OrganisationObjective]
    ) {
        guard let mapping = node.members else { throw error(at: node, shape, found: node) }
        var period: YAMLNode?
        var objectives: [OrganisationObjective] = []
        for (name, value) in mapping {
            switch name.keyName ?? "" {
            case key: period = value
            case "objectives":
                objectives = try list(value, "objectives").map { node throws(InputError) in
                    try readOrganisationObjective(node)
                }
            default: warnUnknown(name)
            }
        }
        guard let period else { throw error(at: node, .keyMissing, ["key": key]) }
        return (period, objectives)
    }

    private mutating func readOrganisationObjective(_ node: YAMLNode) throws(InputError) -> OrganisationObjective {
        guard let mapping = node.members else { throw error(at: node, .organisationObjectiveShape, found: node) }
        var objective = OrganisationObjective(id: "", title: "", line: node.line)
        var hasID = false
        for (key, value) in mapping {
            let name = key.keyName ?? ""
            if try readObjectiveMember(name, value, into: &objective) { continue }
            switch name {
            case "id":
                let id = try text(value, "id") ?? ""
                guard OrganisationObjective.isValidID(id) else {
                    throw error(
                        at: value, .idMalformed, ["count": "\(OrganisationObjective.maximumIDLength)"], found: value)
                }
                objective.id = id
                hasID = true
            default: warnUnknown(key)
            }
        }
        guard hasID else { throw error(at: node, .idMissing) }
        return objective
    }

    /// Refuses an id used twice, a year or cycle written twice, and a company objective whose
    /// `parent` names no one-year objective of its cycle's year.
    private func checkLinks(of organisation: Organisation) throws(InputError) {
        var firstLines: [String: Int] = [:]
        for objective in organisation.yearlyObjectives + organisation.companyObjectives {
            if let first = firstLines[objective.id] {
                throw InputError(
                    source: source, line: objective.line, .idTwice, ["id": objective.id, "line": "\(first)"])
            }
            firstLines[objective.id] = objective.line ?? 0
        }
        var years: [Int: Int] = [:]
        for year in organisation.years {
            if let first = years[year.year] {
                throw InputError(
                    source: source, line: year.line, .periodTwice, ["period": "\(year.year)", "line": "\(first)"])
            }
            years[year.year] = year.line ?? 0
        }
        var periods: [CyclePeriod: Int] = [:]
        for cycle in organisation.cycles {
            guard let period = CyclePeriod(cycle.cycle) else { continue }
            if let first = periods[period] {
                throw InputError(
                    source: source, line: cycle.line, .periodTwice, ["period": cycle.cycle, "line": "\(first)"])
            }
            periods[period] = cycle.line ?? 0
            let yearly = organisation.objectives(ofYear: period.year).map(\.id)
            for objective in cycle.objectives {
                guard let parent = objective.parent, !yearly.contains(parent) else { continue }
                let known = yearly.isEmpty ? "–" : yearly.joined(separator: ", ")
                throw InputError(
                    source: source, line: objective.line, .parentNamesNothing,
                    ["parent": parent, "year": "\(period.year)", "ids": known])
            }
        }
    }

    /// `lang:`, one of the languages taken; nil for a null value.
    func language(_ value: YAMLNode, languages: Set<LanguageCode>) throws(InputError) -> LanguageCode? {
        guard let written = try text(value, "lang") else { return nil }
        let code = LanguageCode(written)
        guard languages.contains(code) else {
            let known = languages.sorted().map(\.rawValue).joined(separator: ", ")
            throw error(at: value, .unknownLanguage, ["code": written, "known": known])
        }
        return code
    }

    /// A year such as 2027, within `Day.years`.
    private func wholeYear(_ node: YAMLNode) throws(InputError) -> Int {
        guard let written = try text(node, "year") else { throw error(at: node, .shouldBeYear, yearRange) }
        guard written.utf8.count == 4, written.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(written),
            Day.years.contains(year)
        else {
            throw error(at: node, .shouldBeYear, yearRange, found: node)
        }
        return year
    }

    private var yearRange: [String: String] {
        ["from": "\(Day.years.lowerBound)", "to": "\(Day.years.upperBound)"]
    }
}

/// A check file's `parents_from:`: the organisation file whose company objectives the set serves,
/// as written (relative to the check file's folder), and the line it was written on.
public struct ParentsFrom: Sendable, Equatable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}

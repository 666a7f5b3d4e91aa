import OKRCore
import Testing

/// One example for one rule in one language: a set, and whether the rule fires on it.
///
/// The language tables (`RuleCases+en.swift`…) list these so that every rule
/// is shown firing and staying silent in every language.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: RuleID
    let language: LanguageCode
    let fires: Bool
    let set: OKRSet
    /// What the example is, for the test's name.
    let example: String
    /// Where the finding must point when it fires (objective, key result).
    let place: (objective: Int?, keyResult: Int?)
    /// Whether only findings at `place` count (the other entries are filler).
    var onlyAtPlace = false
    /// For a mission rule, the mission statement the rule reads, in an organisation with nothing else.
    var mission: String?
    /// For a rule across the levels: the organisation and team sets it is checked with.
    var pyramid: PyramidCase?

    /// The report the rule's findings are looked for in: the set's, or for a rule across the
    /// levels the organisation's or the last team set's, checked with the others.
    func report(_ checker: Checker) -> Report {
        if let mission {
            return checker.check(Organisation(lang: language, mission: Mission(mission)), teams: [])
        }
        guard let pyramid else { return checker.check(set) }
        switch pyramid.checked {
        case .organisation:
            return checker.check(pyramid.organisation, teams: pyramid.teams)
        case .lastTeam:
            return checker.check(set, alignedAfter: Array(pyramid.teams.dropLast()))
        }
    }

    var testDescription: String {
        "\(language) \(rule.rawValue) \(fires ? "fires" : "silent"): \(example)"
    }

    /// An objective rule on an objective's title (the objective has two key results).
    static func objective(_ language: String, _ rule: RuleID, fires: Bool, _ title: String) -> RuleCase {
        let set = OKRSet(
            lang: LanguageCode(language), cycle: "2027-Q1",
            objectives: [Objective(title: title, keyResults: [KeyResult("A"), KeyResult("B")])])
        return RuleCase(
            rule: rule, language: LanguageCode(language), fires: fires, set: set, example: title, place: (1, nil),
            onlyAtPlace: true)
    }

    /// A key result rule on a key result's text; `cycle` gives the set a cycle.
    static func keyResult(_ language: String, _ rule: RuleID, fires: Bool, _ text: String, cycle: String? = nil)
        -> RuleCase
    {
        let set = OKRSet(
            lang: LanguageCode(language), cycle: cycle,
            objectives: [Objective(title: "O", keyResults: [KeyResult(text), KeyResult("B")])])
        return RuleCase(
            rule: rule, language: LanguageCode(language), fires: fires, set: set, example: text, place: (1, 1),
            onlyAtPlace: true)
    }

    /// A set rule on a whole set.
    static func set(
        _ language: String, _ rule: RuleID, fires: Bool, _ example: String, at place: (Int?, Int?) = (1, nil),
        _ build: (inout OKRSet) -> Void
    ) -> RuleCase {
        var set = OKRSet(lang: LanguageCode(language), cycle: "2027-Q1")
        build(&set)
        return RuleCase(
            rule: rule, language: LanguageCode(language), fires: fires, set: set, example: example, place: place)
    }

    /// A mission rule on a mission statement.
    static func mission(_ language: String, _ rule: RuleID, fires: Bool, _ mission: String) -> RuleCase {
        RuleCase(
            rule: rule, language: LanguageCode(language), fires: fires, set: OKRSet(lang: LanguageCode(language)),
            example: mission, place: (nil, nil), mission: mission)
    }

    static let all: [RuleCase] =
        english + norwegian + swedish + dutch + englishVersion2 + norwegianVersion2 + swedishVersion2 + dutchVersion2
        + PyramidCase.cases + missions
}

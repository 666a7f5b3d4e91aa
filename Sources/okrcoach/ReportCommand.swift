import ArgumentParser
import CoachEngine
import Foundation
import OKRCore

/// `okrcoach report`: where a saved set, or every team's set of a cycle, stands.
struct ReportCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a saved set or a whole cycle: progress, confidence, grades and the retrospective.",
        discussion: """
            Markdown for a wiki or a git repository, JSON for scripts, and at the terminal a compact \
            view with bars. Without --format the form follows the --output file's extension (.md, \
            .json), else text. Examples: okrcoach report; okrcoach report --cycle 2026-Q4 --output \
            okrs.md; okrcoach report --set 2 --format json. --team names one team's most recent set instead of a \
            number; with --cycle, its set of that cycle: okrcoach report --team Platform --cycle 2026-Q4. With --tree, the cycle's whole pyramid: \
            the saved organisation's mission, the one-year objectives of the cycle's year, its \
            company objectives and the teams' objectives serving each, every level rolling up its \
            children's progress and grades: okrcoach report --cycle 2027-Q1 --tree. --date shows a report \
            as it stood on a past day, leaving out later check-ins and a later review: okrcoach report \
            --cycle 2027-Q1 --date 2027-02-15
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    /// `--set` or `--team`.
    @OptionGroup var choice: SetChoice
    var set: Int? { choice.set }
    var team: String? { choice.team }

    @Option(help: ArgumentHelp("Every saved set of a cycle, one section per team.", valueName: "cycle"))
    var cycle: String?

    @Flag(
        help: """
            With --cycle: the pyramid from the mission down to the teams' objectives, each level rolling up \
            progress and grades.
            """)
    var tree = false

    @Option(
        help: ArgumentHelp(
            """
            The day the report is for, as YYYY-MM-DD: the sets as they stood at its end, without the \
            check-ins of later days or a review made later; default: today.
            """, valueName: "day"))
    var date: String?

    @Option(help: "Output format; default: from the --output file's extension, else text.")
    var format: Format?

    @OptionGroup var output: OutputOption

    /// The language of the report; default: the set's.
    @OptionGroup var language: LanguageOption
    @OptionGroup var database: DatabaseOption

    @OptionGroup var data: DataOptions

    var messageLanguage: String? { language.lang }
    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        if set != nil, cycle != nil { throw CommandFailure(.setOrCycle) }
        if tree, cycle == nil { throw CommandFailure(.treeNeedsCycle) }
        if tree, team != nil { throw CommandFailure(.treeOrTeam) }
        try OptionRange.checkSet(set)
        try SavedSets.checkTeam(team, set: set)
        _ = try Day.option(date)
    }

    func run() throws {
        let locales: [DataDirectories.LocaleFile]
        let clock: CoachClock
        let retroTopics: [String]
        do {
            let folders = DataDirectories(override: data.dataDirectory)
            locales = try folders.localeFiles()
            retroTopics = try folders.retroTopics()
            clock = try CoachClock.program()
        } catch {
            throw CommandFailure.program(error)
        }
        let chosen = try language.language(among: locales.map { LanguageCode($0.code) })
        let catalogues: [LocaleCatalogue]
        do {
            catalogues = try DataDirectories(override: data.dataDirectory).catalogues(from: locales)
        } catch {
            throw CommandFailure.program(error)
        }
        // A key result never checked in shows the kind its text tells, as `check` reads it.
        let languages = Languages(catalogues.map(\.rules))
        let checker = Checker(languages: languages)
        let cutOff = try Day.option(date)
        let sets = try chosenSets(in: try database.saved.all(allowingNone: tree)).map { set in
            (cutOff.map(set.asItStood) ?? set).fillingKindsFromText(with: checker)
        }
        let organisation = tree ? try database.saved.store().organisations().first : nil
        let language = chosen ?? sets.first?.lang ?? organisation?.lang ?? languages.fallback
        let catalogue =
            catalogues.first { $0.language == language } ?? catalogues.first { $0.language == languages.fallback }
        guard let texts = catalogue?.report else {
            throw CommandFailure.program(InputError(source: "okrcoach", .noLocaleFile, ["code": language.rawValue]))
        }
        let today = cutOff ?? clock.today
        if tree, let cycle {
            guard let organisation else {
                throw CommandFailure(.noOrganisation, ["path": database.saved.path], status: ExitCode(1))
            }
            let pyramid = PyramidTree(organisation: organisation, sets: sets, cycle: cycle, today: today)
            return try output.write(render(pyramid, texts: texts, today: today))
        }
        let title = cycle.map { sets.first?.cycle?.trimmingWhitespace() ?? $0 }
        let report = CycleReport(sets: sets, cycle: title, today: today)
        try output.write(render(report, texts: texts, retroTopics: retroTopics))
    }

    /// The set --set or --team names (with --cycle, the team's set of that cycle), every set of --cycle
    /// sorted by team, or the most recent set with key results;
    /// each with its language filled in from its session.
    private func chosenSets(in sessions: [Session]) throws -> [OKRSet] {
        // The organisation's levels drafted with /mission, /yearly and /company are no team's set.
        let sets = sessions.filter { ($0.level ?? .team) == .team }.map(Self.withLanguage)
        if let cycle {
            let wanted = cycle.trimmingWhitespace().lowercased()
            let period = CyclePeriod(cycle)
            // 2027-K1 and 2027-Q1 name the same quarter, as the organisation's cycles match them.
            let matching = sets.filter {
                let own = ($0.cycle ?? "").trimmingWhitespace()
                return (own.lowercased() == wanted || (period != nil && CyclePeriod(own) == period))
                    && !$0.objectives.isEmpty
            }
            // The tree draws the organisation's levels even before any team has a set for the cycle.
            guard !matching.isEmpty || tree else {
                let known = Set(sets.compactMap { $0.cycle?.trimmingWhitespace() }.filter { !$0.isEmpty }).sorted()
                throw known.isEmpty
                    ? CommandFailure(.noCycleYet, ["cycle": cycle], status: ExitCode(1))
                    : CommandFailure(
                        .noSuchCycle, ["cycle": cycle, "cycles": known.joined(separator: ", ")], status: ExitCode(1))
            }
            if let team { return [matching[try SavedSets.newest(ofTeam: team, in: matching)]] }
            return matching.sorted { ($0.team ?? "").lowercased() < ($1.team ?? "").lowercased() }
        }
        return [
            Self.withLanguage(
                try database.saved.session(number: set, team: team, needsKeyResults: true, in: sessions))
        ]
    }

    /// The session's set, in the language the coach spoke when the set names none.
    private static func withLanguage(_ session: Session) -> OKRSet {
        var set = session.set
        set.lang = set.lang ?? session.language
        return set
    }

    private func render(_ report: CycleReport, texts: CycleReportTexts, retroTopics: [String]) -> String {
        switch format ?? Self.format(of: output.fileFormat) ?? .text {
        case .md: CycleReportMarkdown.render(report, texts: texts, retroTopics: retroTopics)
        case .json: CycleReportJSON.render(report)
        case .text:
            CycleReportCompact(colour: output.output == nil && Terminal.wantsColour()).render(report, texts: texts)
        }
    }

    private func render(_ tree: PyramidTree, texts: CycleReportTexts, today: Day) -> String {
        switch format ?? Self.format(of: output.fileFormat) ?? .text {
        case .md: PyramidTreeReport.markdown(tree, texts: texts, today: today)
        case .json: PyramidTreeReport.json(tree, today: today)
        case .text: PyramidTreeReport.text(tree, texts: texts, today: today)
        }
    }

    /// The report format of the form the `--output` file's extension names.
    private static func format(of file: OutputOption.FileFormat?) -> Format? {
        switch file {
        case .markdown: .md
        case .json: .json
        case nil: nil
        }
    }
}

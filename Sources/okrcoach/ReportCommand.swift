import ArgumentParser
import CoachEngine
import Foundation
import OKRCore

/// `okrcoach report`: where a saved set, or every team's set of a cycle, stands.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a saved set or a whole cycle: progress, confidence, grades and the retrospective.",
        discussion: """
            Markdown for a wiki or a git repository, JSON for scripts, and at the terminal a compact \
            view with bars. Without --format the form follows the --output file's extension (.md, \
            .json), else text. Examples: okrcoach report; okrcoach report --cycle 2026-Q4 --output \
            okrs.md; okrcoach report --set 2 --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    @Option(help: ArgumentHelp("The saved set, numbered as /list shows them (most recent first); default: the most recent set with key results.", valueName: "number"))
    var set: Int?

    @Option(help: ArgumentHelp("Every saved set of a cycle, one section per team.", valueName: "cycle"))
    var cycle: String?

    @Option(help: ArgumentHelp("The day the report is for, as YYYY-MM-DD; default: today.", valueName: "day"))
    var date: String?

    @Option(help: "Output format; default: from the --output file's extension, else text.")
    var format: Format?

    @Option(help: ArgumentHelp(
            "Write the report to a file instead of the screen; a new file is private (0600), an existing one keeps its mode and links.",
            valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The language of the report (en, nb, sv, nl); default: the set's.", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The SQLite file the sets are kept in.", valueName: "file"))
    var db: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        if set != nil, cycle != nil { throw ValidationError("Give --set or --cycle, not both.") }
        if let set, set < 1 { throw ValidationError("--set counts from 1, as /list does.") }
        _ = try Day.option(date)
    }

    func run() throws {
        let locales: [DataDirectories.LocaleFile]
        do {
            locales = try DataDirectories(override: data.dataDirectory).localeFiles()
        } catch {
            throw CommandFailure("okrcoach: \(error)")
        }
        if let lang, !locales.contains(where: { $0.code == lang.lowercased() }) {
            let names = locales.map(\.code).joined(separator: ", ")
            throw CommandFailure("okrcoach: --lang: unknown language '\(lang)'; okrcoach speaks \(names)")
        }
        let catalogues: [LocaleCatalogue]
        do {
            catalogues = try DataDirectories(override: data.dataDirectory).catalogues(from: locales)
        } catch {
            Terminal.printError("okrcoach: \(error)")
            throw ExitCode(2)
        }
        // A key result never checked in shows the kind its text tells, as `check` reads it.
        let checker = Checker(languages: Languages(catalogues.map(\.rules)))
        let sets = try chosenSets(in: try SavedSets(db: db).all()).map { $0.fillingKindsFromText(with: checker) }
        let language = LanguageCode(lang?.lowercased() ?? sets.first?.lang?.rawValue ?? LanguageCode.fallback.rawValue)
        let catalogue = catalogues.first { $0.language == language } ?? catalogues.first { $0.language == .fallback }
        guard let texts = catalogue?.report else { throw CommandFailure("okrcoach: no locale file for '\(language)'") }
        let title = cycle.map { sets.first?.cycle?.trimmingWhitespace() ?? $0 }
        let report = CycleReport(sets: sets, cycle: title, today: try Day.option(date) ?? Self.today())
        try OutputFile.write(render(report, texts: texts), toOutput: output)
    }

    /// The set --set names, every set of --cycle sorted by team, or the most recent set with key results;
    /// each with its language filled in from its session.
    private func chosenSets(in sessions: [Session]) throws -> [OKRSet] {
        let sets = sessions.map(Self.withLanguage)
        if let cycle {
            let wanted = cycle.trimmingWhitespace().lowercased()
            let matching = sets.filter { ($0.cycle ?? "").trimmingWhitespace().lowercased() == wanted && !$0.objectives.isEmpty }
            guard !matching.isEmpty else {
                let known = Set(sets.compactMap { $0.cycle?.trimmingWhitespace() }.filter { !$0.isEmpty }).sorted()
                let cycles = known.isEmpty ? "no set names a cycle yet" : "the saved sets are for " + known.joined(separator: ", ")
                throw CommandFailure("okrcoach: no saved set is for cycle '\(cycle)'; \(cycles)", status: ExitCode(1))
            }
            return matching.sorted { ($0.team ?? "").lowercased() < ($1.team ?? "").lowercased() }
        }
        return [Self.withLanguage(try SavedSets(db: db).session(number: set, needsKeyResults: true, in: sessions))]
    }

    /// The session's set, in the language the coach spoke when the set names none.
    private static func withLanguage(_ session: Session) -> OKRSet {
        var set = session.set
        set.lang = set.lang ?? session.language
        return set
    }

    private func render(_ report: CycleReport, texts: CycleReportTexts) -> String {
        switch format ?? output.flatMap(Self.format(ofFile:)) ?? .text {
        case .md: CycleReportMarkdown.render(report, texts: texts)
        case .json: CycleReportJSON.render(report)
        case .text: CycleReportCompact(colour: output == nil && Terminal.wantsColour()).render(report, texts: texts)
        }
    }

    /// The format a file's extension names: .md and .markdown, .json.
    private static func format(ofFile path: String) -> Format? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "md", "markdown": .md
        case "json": .json
        default: nil
        }
    }

    /// Today in the local calendar.
    private static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

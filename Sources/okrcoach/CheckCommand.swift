import ArgumentParser
import Foundation
import OKRCore

/// `okrcoach check`: runs the OKR rules over check files or outlines and prints the findings.
struct CheckCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check OKR sets against the rules and print what to improve.",
        discussion: """
            Reads YAML check files (.yaml, .yml) and Markdown outlines (.md, .txt); other names \
            and standard input are recognised by their content. Exit status: 0 when no error was \
            found, 1 when one was (or a warning, with --strict), 2 when an input could not be read. \
            Files and standard input are read up to 1 MiB, lines up to 16 KiB, and YAML up to \
            100,000 values (aliases expanded); a larger input is refused with exit status 2.

            The pyramid: name an organisation file (mission:, years:, cycles:) with the teams' \
            files, as in 'okrcoach check company.yaml team-a.yaml team-b.yaml', and each team \
            file without parents of its own serves the company objectives of its cycle; a team \
            file may instead say 'parents_from: ../company/okrs-2027.yaml' (relative to itself). \
            Checked together, the rules look across the levels: a team objective that serves no \
            company objective, a company objective no team serves (when the organisation file is \
            named), a one-year objective with no company objective in a cycle, too many company \
            objectives in one cycle, and the same key result in two teams' sets.

            Settings a team shares go in .okrcoach.yaml, found from each checked file's folder \
            upward: lang, max-key-results, max-objectives, strict, rules (switched off or \
            re-levelled by id) and words; options given here win. A comment \
            '# okrcoach: ignore RULE-ID' (YAML) or '<!-- okrcoach: ignore RULE-ID -->' (Markdown) \
            on or above an entry's line switches those rules off for it.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        /// SARIF 2.1.0, for code scanning.
        case sarif
        /// GitHub Actions workflow commands: annotations on the pull request.
        case github
        /// A GitLab Code Quality report.
        case gitlab
    }

    @Argument(help: ArgumentHelp("Files to check; '-' or nothing reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(
        help: "Output format; sarif is SARIF 2.1.0, github writes Actions annotations, gitlab a Code Quality report.")
    var format: OutputFormat = .text

    /// The language of the sets; detected when absent.
    @OptionGroup var language: LanguageOption

    @Flag(inversion: .prefixedNo, help: "Fail (exit 1) on warnings too (default: no, or .okrcoach.yaml's 'strict').")
    var strict: Bool?

    @Option(help: ArgumentHelp("The most key results an objective should have (default: 3).", valueName: "n"))
    var maxKeyResults: Int?

    @Option(help: ArgumentHelp("The most objectives a set should have (default: 5).", valueName: "n"))
    var maxObjectives: Int?

    @OptionGroup var data: DataOptions

    var messageLanguage: String? { language.lang }
    var dataDirectory: String? { data.dataDirectory }

    func checkOptions() throws(CommandFailure) {
        try OptionRange.check(maxKeyResults, "--max-key-results", in: 1...Int.max)
        try OptionRange.check(maxObjectives, "--max-objectives", in: 1...Int.max)
    }

    func run() throws {
        HeapGrowth.inLargeSteps()
        let languages = try data.languages()
        let retroTopics = try data.retroTopics()
        let language = try self.language.language(among: languages.codes)
        let messages = MessageLanguage(lang: language, languages: languages)
        if files.isEmpty, Terminal.standardInputIsTerminal {
            throw CommandFailure(.noInput)
        }
        var configurations = ConfigurationFiles(languages: Set(languages.codes))
        var settingsByConfiguration: [String?: Settings] = [:]
        var organisations = Organisations(languages: languages, retroTopics: retroTopics)
        var inputs: [Input] = []
        var unreadable = false
        for file in files.isEmpty ? ["-"] : files {
            do {
                let found = try configurations.configuration(for: file)
                let applying =
                    settingsByConfiguration[found.path] ?? settings(found, language: language, languages: languages)
                settingsByConfiguration[found.path] = applying
                let read = try PyramidFile.read(file, languages: languages, retroTopics: retroTopics)
                for warning in read.warnings { Terminal.printError(messages.warning(warning)) }
                inputs.append(Input(file: file, settings: applying, read: read, organisation: nil))
                if case .organisation(let result) = read {
                    inputs[inputs.count - 1].organisation = organisations.add(result, file: file)
                }
            } catch {
                Terminal.printError(messages.line(error))
                unreadable = true
            }
        }
        let aligned = align(inputs, organisations: &organisations, messages: messages)
        unreadable = unreadable || aligned.count < inputs.count
        let reports = check(aligned)
        let failed = zip(aligned, reports).contains { input, entry in
            entry.report.fails(strict: input.settings.strict)
        }
        if !reports.isEmpty { try output(reports, languages: languages, language: language) }
        // Everything is written (straight to the descriptors, nothing is buffered): exit here rather
        // than free the sets and reports one allocation at a time, which on a big file takes longer
        // than writing them out.
        withExtendedLifetime((inputs, aligned, reports)) {
            Foundation.exit(unreadable ? 2 : failed ? 1 : 0)
        }
    }

    /// Prints the reports; JSON goes out in pieces as it is written.
    private func output(
        _ reports: [(file: String, report: Report)], languages: Languages, language: LanguageCode?
    ) throws(CommandFailure) {
        switch format {
        case .sarif:
            let catalog = languages.catalog(for: language ?? reports.first?.report.language ?? languages.fallback)
            try Terminal.print(SARIFReport.render(reports, catalog: catalog, version: OKRCoachVersion.current))
        case .github:
            try Terminal.print(GitHubReport.render(reports, languages: languages))
        case .gitlab:
            try Terminal.print(CodeQualityReport.render(reports, languages: languages))
        case .json:
            let asArray = !(reports.count == 1 && files.count <= 1)
            do {
                try JSONReport.write(reports, asArray: asArray) { bytes in try Terminal.writeSafe(bytes) }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure.program(error)
            }
        case .text:
            let writer = TextReport(colour: Terminal.wantsColour())
            try Terminal.print(
                reports.map {
                    writer.render($0.report, file: $0.file, catalog: languages.catalog(for: $0.report.language))
                }
                .joined(separator: "\n"))
        }
    }
}

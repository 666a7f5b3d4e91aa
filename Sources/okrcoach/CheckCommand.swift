import ArgumentParser
import Foundation
import OKRCore

/// `okrcoach check`: runs the OKR rules over check files or outlines and prints the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check OKR sets against the rules and print what to improve.",
        discussion: """
            Reads YAML check files (.yaml, .yml) and Markdown outlines (.md, .txt); other names \
            and standard input are recognised by their content. Exit status: 0 when no error was \
            found, 1 when one was (or a warning, with --strict), 2 when an input could not be read.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: ArgumentHelp("Files to check; '-' or nothing reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The language of the sets (en, nb, sv, nl); detected when absent.", valueName: "code"))
    var lang: String?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: ArgumentHelp("The most key results an objective should have.", valueName: "n"))
    var maxKeyResults = 3

    @Option(help: ArgumentHelp("The most objectives a set should have.", valueName: "n"))
    var maxObjectives = 5

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard maxKeyResults >= 1 else { throw ValidationError("--max-key-results must be 1 or more.") }
        guard maxObjectives >= 1 else { throw ValidationError("--max-objectives must be 1 or more.") }
    }

    func run() throws {
        let languages: Languages
        let language: LanguageCode?
        do {
            languages = try DataDirectories(override: data.dataDirectory).languages()
            language = try lang.map { code throws(InputError) in try Self.known(code, in: languages) }
        } catch {
            throw CommandFailure("okrcoach: \(error)")
        }
        if files.isEmpty, Terminal.standardInputIsTerminal {
            throw CommandFailure("okrcoach: no input: name a file, or '-' to read standard input (see --help)")
        }
        let checker = Checker(
            languages: languages, options: CheckOptions(maxKeyResults: maxKeyResults, maxObjectives: maxObjectives))
        var reports: [(file: String, report: Report)] = []
        var unreadable = false
        for file in files.isEmpty ? ["-"] : files {
            do {
                let result = try SetFile.read(file, languages: languages)
                SetFile.printWarnings(result)
                reports.append((SetFile.displayName(file), checker.check(result.set, language: language)))
            } catch {
                Terminal.printError(error.description)
                unreadable = true
            }
        }
        if !reports.isEmpty { try output(reports, languages: languages) }
        if unreadable { throw ExitCode(2) }
        if reports.contains(where: { $0.report.fails(strict: strict) }) { throw ExitCode(1) }
    }

    /// Prints the reports; JSON goes out in pieces as it is written.
    private func output(_ reports: [(file: String, report: Report)], languages: Languages) throws(CommandFailure) {
        switch format {
        case .json:
            let asArray = !(reports.count == 1 && files.count <= 1)
            do {
                try JSONReport.write(reports, asArray: asArray) { bytes in try Terminal.writeSafe(bytes) }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("okrcoach: \(error)")
            }
        case .text:
            let writer = TextReport(colour: Terminal.wantsColour())
            try Terminal.print(
                reports.map { writer.render($0.report, file: $0.file, catalog: languages.catalog(for: $0.report.language)) }
                    .joined(separator: "\n"))
        }
    }

    private static func known(_ code: String, in languages: Languages) throws(InputError) -> LanguageCode {
        let language = LanguageCode(code.lowercased())
        guard languages[language] != nil else {
            let known = languages.codes.map(\.rawValue).joined(separator: ", ")
            throw InputError(source: "--lang", message: "unknown language '\(code)'; okrcoach speaks \(known)")
        }
        return language
    }
}

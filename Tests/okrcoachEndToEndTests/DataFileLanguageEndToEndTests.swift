import Foundation
import Testing

/// Errors in the data files themselves (a flow in `prompts/`, a locale in `locales/`) are said
/// in the person's language like any other, and the locale settings choose it by a locale's
/// code or one of the aliases it claims, whatever else they hold.
struct DataFileLanguageEndToEndTests {
    /// A flow with a route that is no outcome of its action, under `--data-dir`.
    private func brokenFlow(_ scratch: Scratch) throws -> (data: String, file: String, line: Int) {
        let shipped = try String(
            contentsOf: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/prompts/checkin.yaml"),
            encoding: .utf8)
        let line = try #require(
            shipped.components(separatedBy: "\n").firstIndex { $0.contains("{recorded: confidence, unclear: value}") })
        let file = try scratch.write(
            "data/prompts/checkin.yaml",
            shipped.replacingOccurrences(
                of: "{recorded: confidence, unclear: value}", with: "{recordd: confidence, unclear: value}"))
        return (scratch.folder.appendingPathComponent("data").path, file, line + 1)
    }

    @Test(arguments: [
        ("nb_NO.UTF-8", "steps.value.routes.recordd: 'recordd' er ikke et utfall av record_value; den gir "),
        ("sv_SE.UTF-8", "steps.value.routes.recordd: 'recordd' är inget utfall av record_value; den ger "),
        ("nl_NL.UTF-8", "steps.value.routes.recordd: 'recordd' is geen uitkomst van record_value; die geeft "),
        ("C.UTF-8", "steps.value.routes.recordd: 'recordd' is no outcome of record_value; it returns "),
    ])
    func aFlowErrorIsSaidInTheLocaleSettingsLanguage(_ lang: String, _ said: String) throws {
        let scratch = try Scratch()
        let flow = try brokenFlow(scratch)
        let run = try Okrcoach.run(
            ["checkin", "--db", scratch.folder.appendingPathComponent("x.sqlite").path, "--data-dir", flow.data],
            environment: ["LANG": lang])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: \(flow.file):\(flow.line): \(said)"), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    /// A locale file lacking a key is named in the language the person reads, from the locales that can be read.
    @Test func aLocaleErrorIsSaidInTheLocaleSettingsLanguage() throws {
        let scratch = try Scratch()
        let broken = try Okrcoach.locale("sv").replacingOccurrences(of: "\n  hedges:", with: "\n  hedgez:")
        let file = try scratch.write("data/locales/sv.yaml", broken)
        let run = try Okrcoach.run(
            ["check", "--data-dir", scratch.folder.appendingPathComponent("data").path, "-"], input: "objectives: []\n",
            environment: ["LANG": "nl_NL.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors == "okrcoach: \(file): de sleutel 'words.hedges' ontbreekt\n", "\(run.errors)")
    }

    /// Hostile locale settings: escape sequences before or after the code, a 100,000-letter code,
    /// a path, a number, an alias in capitals, an unknown code. Only the letters a–z that open
    /// the setting name a language; anything else is the fallback language.
    @Test(arguments: [
        ("\u{1b}]0;title\u{7}nb_NO.UTF-8", "missing.yaml: no such file\n"),
        ("nb\u{1b}[31m_NO", "missing.yaml: filen finnes ikke\n"),
        (String(repeating: "n", count: 100_000), "missing.yaml: no such file\n"),
        ("../../nb", "missing.yaml: no such file\n"),
        ("-1", "missing.yaml: no such file\n"),
        ("1e999", "missing.yaml: no such file\n"),
        ("NN_NO.UTF-8", "missing.yaml: filen finnes ikke\n"),
        ("nn_NO.UTF-8", "missing.yaml: filen finnes ikke\n"),
        ("zz_ZZ.UTF-8", "missing.yaml: no such file\n"),
        ("nø_NO", "missing.yaml: no such file\n"),
    ])
    func hostileLocaleSettingsChooseByCodeOrAliasOnly(_ lang: String, _ said: String) throws {
        let run = try Okrcoach.run(["check", "missing.yaml"], environment: ["LANG": lang])
        #expect(run.status == 2)
        #expect(run.errors == said)
    }
}

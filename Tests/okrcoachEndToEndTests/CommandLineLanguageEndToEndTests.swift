import Foundation
import Testing

/// okrcoach's own messages (option errors, file and reader errors, warnings) in the person's
/// language: `--lang`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English; one wording for each.
struct CommandLineLanguageEndToEndTests {
    @Test(arguments: [
        (["LANG": "nb_NO.UTF-8"], "missing.yaml: filen finnes ikke\n"),
        (["LANG": "sv_SE.UTF-8"], "missing.yaml: filen finns inte\n"),
        (["LANG": "nl_NL.UTF-8"], "missing.yaml: dit bestand bestaat niet\n"),
        (["LANG": "no_NO.UTF-8"], "missing.yaml: filen finnes ikke\n"),
        (["LANG": "nb_NO.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"], "missing.yaml: filen finns inte\n"),
        (["LANG": "nb_NO.UTF-8", "LC_ALL": "nl_NL.UTF-8"], "missing.yaml: dit bestand bestaat niet\n"),
        (["LANG": "C.UTF-8"], "missing.yaml: no such file\n"),
        (["LANG": "de_DE.UTF-8"], "missing.yaml: no such file\n"),
    ])
    func aFileThatIsNotThereIsSaidInTheLocaleSettingsLanguage(_ environment: [String: String], _ said: String) throws {
        let run = try Okrcoach.run(["check", "missing.yaml"], environment: environment)
        #expect(run.status == 2)
        #expect(run.errors == said)
        #expect(run.output.isEmpty)
    }

    @Test func langChoosesTheLanguageOfTheMessagesOverLANG() throws {
        let run = try Okrcoach.run(["check", "--lang", "sv", "missing.yaml"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors == "missing.yaml: filen finns inte\n")
    }

    /// Every command that takes `--lang` refuses an unknown one with the same line, before it
    /// opens anything, in the language of the locale settings.
    @Test(arguments: [
        ["check", "-"], ["coach"], ["checkin"], ["review"], ["retro"], ["report"], ["rewrite", "Increase A"],
    ])
    func anUnknownLanguageIsRefusedWithOneWordingEverywhere(_ command: [String]) throws {
        let arguments = command + ["--lang", "xx"]
        let english = try Okrcoach.run(arguments, input: "")
        #expect(english.status == 2)
        #expect(english.errors == "okrcoach: --lang: unknown language 'xx'; okrcoach speaks en, nb, nl, sv\n")
        let norwegian = try Okrcoach.run(arguments, input: "", environment: ["LANG": "nb_NO.UTF-8"])
        #expect(norwegian.status == 2)
        #expect(norwegian.errors == "okrcoach: --lang: ukjent språk «xx»; okrcoach kan en, nb, nl, sv\n")
    }

    /// `--lang` is checked against the locale files okrcoach read, not a list in the program.
    @Test func theLanguagesAreThoseOfTheLocaleFiles() throws {
        let scratch = try Scratch()
        try scratch.write(
            "data/locales/da.yaml",
            try FifthLocaleEndToEndTests.copy(of: "nb", as: "da", claims: ""))
        let data = scratch.folder.appendingPathComponent("data").path
        let refused = try Okrcoach.run(["check", "--data-dir", data, "--lang", "xx", "-"], input: "objectives: []\n")
        #expect(refused.errors == "okrcoach: --lang: unknown language 'xx'; okrcoach speaks da, en, nb, nl, sv\n")
        let taken = try Okrcoach.run(["check", "--data-dir", data, "--lang", "da", "missing.yaml"])
        #expect(taken.status == 2)
        #expect(taken.errors == "missing.yaml: filen finnes ikke\n")
    }

    /// A data folder whose locale cannot be used is still named in the person's language, from
    /// the installed locales.
    @Test func aMisnamedLocaleInTheDataFolderIsSaidWithTheInstalledLocales() throws {
        let scratch = try Scratch()
        let file = try scratch.write("data/locales/xy.yaml", try Okrcoach.locale("sv"))
        let run = try Okrcoach.run(
            ["check", "--data-dir", scratch.folder.appendingPathComponent("data").path, "-"], input: "objectives: []\n",
            environment: ["LANG": "nb_NO.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors == "okrcoach: \(file): filen sier at den er «sv»; gi den navnet sv.yaml\n")
    }

    /// A broken drop-in locale in the user's data folder does not keep the messages from being said.
    @Test func aBrokenDropInLocaleStillLeavesTheMessagesSaid() throws {
        let scratch = try Scratch()
        let file = try scratch.write("data/okrcoach/locales/nb.yaml", "language: {code: nb, name: Norsk}\n")
        let run = try Okrcoach.run(
            ["checkin", "--date", "2026-02-30"],
            environment: ["LANG": "nb_NO.UTF-8", "XDG_DATA_HOME": scratch.folder.appendingPathComponent("data").path])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: --date: «2026-02-30» er ingen dato"), "\(file): \(run.errors)")
    }

    @Test(arguments: [
        (
            "objectives:\n  - title: A\n    key_results: {a: 1}\n",
            "okrs.yaml:3: 'key_results' skal være en liste, fant en mapping"
        ),
        (
            "objectives:\n  - title: A\n    key_results:\n      - text: B\n        target: 1e999\n",
            "okrs.yaml:5: 'target' skal være et tall fra -1e15 til 1e15, fant teksten '1e999'"
        ),
        (
            "objectives:\n  - title: A\n    key_results:\n      - text: B\n        check_ins:\n          - date: 2026-02-30\n",
            "okrs.yaml:6: 'date' skal være en dato skrevet ÅÅÅÅ-MM-DD med et årstall fra 1900 til 2200, fant teksten '2026-02-30'"
        ),
        ("lang: de\nobjectives: []\n", "okrs.yaml:1: ukjent språk «de»; okrcoach kan en, nb, nl, sv"),
        ("objectives: [\n", "okrs.yaml:2: ugyldig YAML: "),
    ])
    func readerErrorsNameTheFileAndLineInTheLanguage(_ yaml: String, _ said: String) throws {
        let scratch = try Scratch()
        let file = try scratch.write("okrs.yaml", yaml)
        let run = try Okrcoach.run(["check", "okrs.yaml"], environment: ["LANG": "nb_NO.UTF-8"], in: scratch.folder)
        #expect(run.status == 2, "\(file): \(run.errors)")
        #expect(run.errors.hasPrefix(said), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test func warningsAreInTheLanguageToo() throws {
        let scratch = try Scratch()
        try scratch.write(
            "okrs.yaml",
            "objectives:\n  - title: Öka intäkterna\n    colour: red\n    key_results: [Öka A från 1 till 2]\n")
        try scratch.write("okrs.md", "Inledning\n# Mål: Öka intäkterna\n- Öka A från 1 till 2\n")
        let run = try Okrcoach.run(
            ["check", "okrs.yaml", "okrs.md"], environment: ["LANG": "sv_SE.UTF-8"], in: scratch.folder)
        #expect(run.errors.contains("okrs.yaml:3: varning: okänd nyckel 'colour' ignoreras\n"), "\(run.errors)")
        #expect(
            run.errors.contains("okrs.md:1: varning: inte läst: 'Inledning' står före det första målet\n"),
            "\(run.errors)")
    }

    @Test(arguments: [
        (
            ["checkin", "--date", "31.12.2026"],
            "okrcoach: --date: “31.12.2026” is geen datum; schrijf die als JJJJ-MM-DD"
        ),
        (["report", "--set", "0"], "okrcoach: --set: 0 is geen setnummer; sets zijn genummerd vanaf 1"),
        (["report", "--set", "1", "--cycle", "2026-Q4"], "okrcoach: geef --set of --cycle, niet allebei"),
        (
            ["serve", "--stdio", "--inbound-burst", "0"],
            "okrcoach: --inbound-burst: 0 valt buiten het toegestane bereik"
        ),
        (["serve", "--listen", "nowhere"], "okrcoach: --listen verwacht HOST:POORT, bijvoorbeeld 127.0.0.1:6680"),
        (["check", "--max-key-results=-1", "-"], "okrcoach: --max-key-results: -1 valt buiten het toegestane bereik"),
        (
            ["doctor", "--show", "a", "--remove", "b"],
            "okrcoach: geef maar één optie tegelijk: --show, --replace of --remove"
        ),
        (["import", "--for", "alice", "-"], "okrcoach: --for verwacht NICK@NETWERK"),
    ])
    func optionErrorsAreSaidInTheLanguageWithExitStatusTwo(_ arguments: [String], _ said: String) throws {
        let run = try Okrcoach.run(arguments, input: "", environment: ["LANG": "nl_NL.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix(said), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
    }

    /// A `--lang` or a locale setting from outside: long, with control characters, a path, empty.
    @Test(arguments: [
        String(repeating: "x", count: 100_000), "\u{1B}[31mnb", "../../etc/passwd", "", "nb\u{7F}", "-1", "1e999",
    ])
    func aHostileLanguageIsRefusedInOneLine(_ lang: String) throws {
        let run = try Okrcoach.run(
            ["check", "--lang=\(lang)", "missing.yaml"], environment: ["LANG": "\u{1B}]0;title\u{7}"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: --lang: unknown language '"), "\(run.errors.prefix(200))")
        #expect(!run.errors.contains("\u{1B}"))
        #expect(run.errors.split(separator: "\n").count == 1)
    }
}

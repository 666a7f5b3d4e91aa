import Foundation
import Testing

/// ArgumentParser's own usage errors (an unknown option, a missing value or argument, an
/// argument too many, a value it cannot read) are said in the person's language, on one line
/// naming the command's help, like every other error.
struct UsageErrorEndToEndTests {
    @Test(arguments: [
        ("C.UTF-8", "okrcoach: unknown option '--bogus'; see 'okrcoach check --help'\n"),
        ("nb_NO.UTF-8", "okrcoach: ukjent valg '--bogus'; se 'okrcoach check --help'\n"),
        ("sv_SE.UTF-8", "okrcoach: okänd flagga '--bogus'; se 'okrcoach check --help'\n"),
        ("nl_NL.UTF-8", "okrcoach: onbekende optie '--bogus'; zie 'okrcoach check --help'\n"),
    ])
    func anUnknownOptionIsSaidInTheLocaleSettingsLanguage(_ lang: String, _ said: String) throws {
        let run = try Okrcoach.run(["check", "--bogus", "-"], input: "", environment: ["LANG": lang])
        #expect(run.status == 64)
        #expect(run.errors == said)
        #expect(run.output.isEmpty)
    }

    /// `--lang` chooses the language of a usage error too, though the command line did not parse.
    @Test func langChoosesTheLanguageOfAUsageError() throws {
        let run = try Okrcoach.run(["report", "--lang", "sv", "--bogus"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(run.status == 64)
        #expect(run.errors == "okrcoach: okänd flagga '--bogus'; se 'okrcoach report --help'\n")
        let joined = try Okrcoach.run(["report", "--bogus", "--lang=nl"])
        #expect(joined.errors == "okrcoach: onbekende optie '--bogus'; zie 'okrcoach report --help'\n")
    }

    @Test(arguments: [
        (
            ["check", "--formt", "json"],
            "okrcoach: ukjent valg '--formt'; mente du '--format'? Se 'okrcoach check --help'\n", 64
        ),
        (["check", "--lang"], "okrcoach: '--lang <code>' mangler en verdi; se 'okrcoach check --help'\n", 64),
        (["import"], "okrcoach: '<file>' mangler; se 'okrcoach import --help'\n", 64),
        (
            ["check", "--strict=yes", "-"],
            "okrcoach: '--strict' tar ingen verdi, men fikk 'yes'; se 'okrcoach check --help'\n", 64
        ),
        (["rewrite", "A", "B"], "okrcoach: uventet argument 'B'; se 'okrcoach rewrite --help'\n", 64),
        (
            ["check", "--max-key-results", "1e999", "-"],
            "okrcoach: '1e999' er ikke en gyldig verdi for '--max-key-results <n>'; se 'okrcoach check --help'\n", 2
        ),
    ])
    func eachKindOfUsageErrorIsSaid(_ arguments: [String], _ said: String, _ status: Int32) throws {
        let run = try Okrcoach.run(arguments, input: "", environment: ["LANG": "nb_NO.UTF-8"])
        #expect(run.status == status)
        #expect(run.errors == said)
    }

    /// Hostile arguments: an escape sequence, a bell and a 100,000-character option are said on
    /// one line, their control characters shown as signs.
    @Test(arguments: ["--\u{1b}[2J", "--a\u{7}b", "--" + String(repeating: "x", count: 100_000)])
    func aHostileOptionIsSaidOnOneVisibleLine(_ option: String) throws {
        let run = try Okrcoach.run(["check", option, "-"], input: "", environment: ["LANG": "nb_NO.UTF-8"])
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("okrcoach: ukjent valg '--"))
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(!run.errors.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// `--help` and `--version` are not errors.
    @Test func helpAndVersionStillExitZero() throws {
        #expect(try Okrcoach.run(["check", "--help"], environment: ["LANG": "nb_NO.UTF-8"]).status == 0)
        #expect(try Okrcoach.run(["--version"]).status == 0)
    }
}

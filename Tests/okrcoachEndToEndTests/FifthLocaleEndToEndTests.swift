import Foundation
import Testing

/// A fifth language dropped in with `--data-dir` (here a copy of Norwegian under the code xx)
/// takes nothing from the four shipped ones: `check` and the coach still tell each of them.
struct FifthLocaleEndToEndTests {
    /// A data folder whose `locales/` holds a copy of the built Norwegian locale as xx.yaml, which
    /// the locale settings may name as xy (`aliases: [xy]` instead of bokmål's own aliases).
    private func dataFolder(_ scratch: Scratch, claims: String = "  aliases: [xy]") throws -> String {
        try scratch.write("data/locales/xx.yaml", try Self.copy(of: "nb", as: "xx", claims: claims))
        return scratch.folder.appendingPathComponent("data").path
    }

    /// A built locale under another code, its `language:` claims (`fallback:`, `aliases:`) replaced.
    static func copy(of code: String, as newCode: String, claims: String) throws -> String {
        let shipped = try Okrcoach.locale(code)
        var lines = shipped.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "language:"))
        let end = try #require(lines[start...].firstIndex(of: ""))
        let name = try #require(lines[start..<end].first { $0.hasPrefix("  name:") })
        lines.replaceSubrange(
            start..<end, with: ["language:", "  code: \(newCode)", name] + (claims.isEmpty ? [] : [claims]))
        let copy = lines.joined(separator: "\n")
        #expect(copy != shipped)
        return copy
    }

    @Test(arguments: [
        (
            "# Objective: Delight small clinics so that they stay\n- Increase weekly active clinics from 40 to 55 by March\n",
            "en"
        ),
        ("# Mål: Gjøre bookingen enkel for klinikkene\n- Øke antall bookinger fra 200 til 300 innen juni\n", "nb"),
        (
            "# Mål: Göra bokningen enkel för klinikerna\n- Öka andelen aktiva kliniker från 40 % till 55 % senast i slutet av mars\n",
            "sv"
        ),
        (
            "# Doelstelling: Boeken makkelijk maken voor klinieken\n- Het aandeel actieve klinieken verhogen van 40% naar 55% uiterlijk eind maart\n",
            "nl"
        ),
    ])
    func checkTellsEachShippedLanguage(_ outline: String, _ code: String) throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch)
        let file = try scratch.write("okrs.md", outline)
        let run = try Okrcoach.run(["check", "--data-dir", data, file])
        #expect(run.status != 2, "\(run.errors)")
        #expect(run.output.contains(": \(code))"), "\(run.output)")
    }

    /// Norwegian answers were coached with English rules ("…klinikker so that slik at de blir hos oss").
    @Test func theCoachAnswersNorwegianInNorwegian() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch)
        let run = try Okrcoach.run(
            ["--data-dir", data, "--db", scratch.database],
            input: "Vekst\n\n\nGjøre oppstarten enkel for små klinikker\n",
            environment: ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(run.output.contains("Målet sier hva, men ikke hvorfor."), "\(run.output)")
        #expect(!run.output.contains("so that"))
    }

    /// The locale settings name a dropped-in language by the alias its file claims.
    @Test func theLocaleSettingsNameADroppedInLanguageByItsAlias() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch)
        let run = try Okrcoach.run(
            ["check", "--data-dir", data, "missing.yaml"], environment: ["LANG": "xy_XY.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors == "missing.yaml: filen finnes ikke\n")
    }

    /// The help's list of languages is the locales there are, the dropped-in one too.
    @Test func theHelpListsADroppedInLanguage() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch)
        let run = try Okrcoach.run(
            ["--data-dir", data, "--db", scratch.folder.appendingPathComponent("okr.sqlite").path], input: "/help\n")
        #expect(run.output.contains("(en, nb, nl, sv, xx)"), "\(run.output)")
    }

    /// A dropped-in locale can be the fallback language: with the shipped fallback's copy saying
    /// nothing of it, messages are in the dropped-in language when the locale settings name none.
    @Test func aDroppedInLanguageCanBeTheFallback() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch, claims: "  fallback: true")
        let fallback = try Self.shippedFallback()
        try scratch.write("data/locales/\(fallback).yaml", try Self.copy(of: fallback, as: fallback, claims: ""))
        let run = try Okrcoach.run(["check", "--data-dir", data, "missing.yaml"], environment: ["LANG": "C"])
        #expect(run.status == 2)
        #expect(run.errors == "missing.yaml: filen finnes ikke\n")
    }

    /// Two locales that say they are the fallback are refused, naming the second one's line.
    @Test func aSecondFallbackIsRefused() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch, claims: "  fallback: true")
        let run = try Okrcoach.run(["check", "--data-dir", data, "-"], input: "objectives: []\n")
        let file = scratch.folder.appendingPathComponent("data/locales/xx.yaml").path
        #expect(run.status == 2)
        let fallback = try Self.shippedFallback()
        #expect(
            run.errors
                == "okrcoach: \(file):15: language.fallback: \(fallback) is the fallback language already; only one locale file may say fallback: true\n"
        )
    }

    /// An alias a shipped locale claims already is refused, in the person's language.
    @Test func anAliasClaimedTwiceIsRefused() throws {
        let scratch = try Scratch()
        let data = try dataFolder(scratch, claims: "  aliases: [nn]")
        let run = try Okrcoach.run(
            ["check", "--data-dir", data, "-"], input: "objectives: []\n", environment: ["LANG": "sv_SE.UTF-8"])
        let file = scratch.folder.appendingPathComponent("data/locales/xx.yaml").path
        #expect(run.status == 2)
        #expect(run.errors == "okrcoach: \(file):15: language.aliases: 'nn' står redan för nb\n")
    }

    /// A dropped-in locale that cannot be read is named in the fallback language, even when the
    /// locale settings name that very locale.
    @Test func aBrokenDroppedInLanguageIsNamedInTheFallbackLanguage() throws {
        let scratch = try Scratch()
        let broken = try Self.copy(of: "nb", as: "xx", claims: "  aliases: [xy]")
            .replacingOccurrences(of: "\n  no_such_file:", with: "\n  no_such_fil:")
        let file = try scratch.write("data/locales/xx.yaml", broken)
        let run = try Okrcoach.run(
            ["check", "--data-dir", scratch.folder.appendingPathComponent("data").path, "-"], input: "objectives: []\n",
            environment: ["LANG": "xy_XY.UTF-8"])
        #expect(run.status == 2)
        #expect(run.errors == "okrcoach: \(file): the key 'cli.no_such_file' is missing\n")
    }

    /// The locales are read on every core at once, yet of two broken ones the first by name is the
    /// error, every time, as when they were read one by one.
    @Test func ofTwoBrokenLocalesTheFirstByNameIsTheError() throws {
        let scratch = try Scratch()
        let broken = { (code: String) in
            try Self.copy(of: "nb", as: code, claims: "  aliases: []")
                .replacingOccurrences(of: "\n  no_such_file:", with: "\n  no_such_fil:")
        }
        let first = try scratch.write("data/locales/xa.yaml", try broken("xa"))
        try scratch.write("data/locales/xb.yaml", try broken("xb"))
        for _ in 0..<5 {
            let run = try Okrcoach.run(
                ["check", "--data-dir", scratch.folder.appendingPathComponent("data").path, "-"],
                input: "objectives: []\n")
            #expect(run.status == 2)
            #expect(run.errors == "okrcoach: \(first): the key 'cli.no_such_file' is missing\n")
        }
    }

    /// The code of the built locale that says `fallback: true`.
    static func shippedFallback() throws -> String {
        let folder = Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/locales")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if text.contains("\n  fallback: true\n") { return String(name.dropLast(".yaml".count)) }
        }
        throw CocoaError(.fileNoSuchFile)
    }
}

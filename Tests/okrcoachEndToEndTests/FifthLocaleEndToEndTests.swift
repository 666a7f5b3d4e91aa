import Foundation
import Testing

/// A fifth language dropped in with `--data-dir` (here a copy of Norwegian under the code xx)
/// takes nothing from the four shipped ones: `check` and the coach still tell each of them.
struct FifthLocaleEndToEndTests {
    /// A data folder whose `locales/` holds a copy of the built Norwegian locale as xx.yaml.
    private func dataFolder(_ scratch: Scratch) throws -> String {
        let norwegian = try String(
            contentsOf: Okrcoach.products.appendingPathComponent("okrcoach_okrcoach.resources/locales/nb.yaml"),
            encoding: .utf8)
        let copy = norwegian.replacingOccurrences(of: "\n  code: nb\n", with: "\n  code: xx\n")
        #expect(copy != norwegian)
        try scratch.write("data/locales/xx.yaml", copy)
        return scratch.folder.appendingPathComponent("data").path
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
}

import Foundation
import Testing

/// A new user setting up the pyramid at the terminal, with a fresh database, as they met its
/// leftovers: company objectives before any mission, going back over the end of a level, the
/// mission, /list and /help; then `check` of the organisation file the coach exported.
struct PyramidLeftoversEndToEndTests {
    /// One language's typed lines and what the program should print.
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        /// The coach's words for /new, /company, /back, /mission, /list, /help, /quit.
        let commands: [String]
        let objective: String
        let keyResult: String
        let no: String
        let mission: String
        /// Lines that must be printed, and lines that must not.
        let said: [String]
        let unsaid: [String]
        /// The id and cycle the company objective is exported with.
        let companyID: String
        let cycle: String
        var testDescription: String { code }
    }

    static let cases = [
        Case(
            code: "nb", commands: ["/ny", "/selskap", "/tilbake", "/misjon", "/liste", "/hjelp", "/avslutt"],
            objective: "Vinne klinikkene i Oslo for å bevise modellen",
            keyResult: "Øke betalende klinikker i Oslo fra 12 til 40", no: "nei",
            mission: "Gi hver lille klinikk mer tid til pasientene sine",
            said: [
                "Hvilken syklus gjelder selskapsmålene? Trykk Enter for å velge 2026-K4.",
                "Selskapsmålene for 2026-K4:", "Det finnes ingen lagrede sett ennå.",
                "  /misjon          organisasjonens misjon",
            ],
            unsaid: ["Det forrige er lagret", "et sett uten team", "Misjon: ", "2026-Q4"], companyID: "S1",
            cycle: "2026-K4"),
        Case(
            code: "sv", commands: ["/ny", "/företag", "/tillbaka", "/uppdrag", "/lista", "/hjälp", "/avsluta"],
            objective: "Vinna klinikerna i Stockholm för att bevisa modellen",
            keyResult: "Öka betalande kliniker i Stockholm från 12 till 40", no: "nej",
            mission: "Ge varje liten klinik mer tid för sina patienter",
            said: [
                "Vilken cykel gäller företagsmålen? Tryck Enter för att välja 2026-Q4.",
                "Företagsmålen för 2026-Q4:", "Det finns inga sparade set än.",
                "  /uppdrag          organisationens uppdrag",
            ],
            unsaid: ["Det förra är sparat", "ett set utan team", "Uppdrag: "], companyID: "F1", cycle: "2026-Q4"),
    ]

    @Test(arguments: cases)
    func aCompanySetsUpItsLevelsAtTheTerminal(_ language: Case) throws {
        let scratch = try Scratch()
        let clock = try scratch.write("clock", "2026-11-15T10:00")
        let typed = [
            language.commands[0], language.commands[1], "", language.objective, language.keyResult, language.no,
            language.no, language.commands[2], language.no, language.commands[3], "Acme", language.mission,
            language.commands[4], language.commands[5], language.commands[6],
        ]
        let run = try Okrcoach.run(
            ["--db", scratch.database, "--lang", language.code], input: typed.joined(separator: "\n") + "\n",
            environment: ["OKRCOACH_CLOCK_FILE": clock])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "okr> ", with: "") }
        for line in language.said { #expect(lines.contains(line), "\(line)\n\(run.output)") }
        for text in language.unsaid { #expect(!run.output.contains(text), "\(text)\n\(run.output)") }
        // The mission is shown once, when the level is saved.
        #expect(run.output.components(separatedBy: language.mission).count == 2, "\(run.output)")
        // Finishing the company objectives again after going back keeps one copy, under the language's id.
        let export = try Okrcoach.run(["export", "--organisation", "--db", scratch.database])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.components(separatedBy: language.objective).count == 2, "\(export.output)")
        #expect(export.output.contains("  - id: \(language.companyID)\n"), "\(export.output)")
        #expect(export.output.contains("- cycle: \(language.cycle)\n"), "\(export.output)")
    }

    /// An organisation file named by ids: `check` labels each finding with the id its message names
    /// (A2, S2 KR1), never with the reading order (O2, O4 KR1), in every language.
    @Test(arguments: ["en", "nb", "sv", "nl"])
    func checkLabelsAnOrganisationsFindingsWithTheirIDs(_ code: String) throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "company.yaml",
            """
            organisation: Klinikkhjelp AS
            lang: \(code)
            years:
              - year: 2027
                objectives:
                  - id: A1
                    title: Bli førstevalget for små klinikker i Norden slik at vi kan vokse
                    key_results:
                      - Øke antall betalende klinikker fra 120 til 400 innen desember 2027
                  - id: A2
                    title: Gjøre kundene så fornøyde at de anbefaler oss slik at vi vokser
                    key_results:
                      - Øke NPS fra 31 til 50 innen desember 2027
            cycles:
              - cycle: 2027-K1
                objectives:
                  - id: S1
                    parent: A1
                    title: Vinne klinikkene i Oslo for å bevise modellen
                    key_results:
                      - Øke betalende klinikker i Oslo fra 12 til 40
                  - id: S2
                    parent: A1
                    title: Vinne klinikkene i Bergen for å bevise modellen
                    key_results:
                      - Øke betalende klinikker i Oslo fra 12 til 40
            """)
        let run = try Okrcoach.run(["check", file])
        let findings = run.output.components(separatedBy: "\n").filter { $0.hasPrefix(file) }
        let idle = try #require(findings.first { $0.contains("[yearly-objective-idle]") }, "\(run.output)")
        #expect(idle.components(separatedBy: "] A2: ").dropFirst().first?.contains("A2") == true, "\(idle)")
        let duplicate = try #require(findings.first { $0.contains("[duplicate-kr]") }, "\(run.output)")
        #expect(duplicate.contains("] S2 KR1: ") && duplicate.contains("S1 KR1"), "\(duplicate)")
        #expect(!findings.contains { $0.contains("] O") }, "\(run.output)")
    }
}

import Foundation
import Testing

/// `okrcoach rewrite` as a person runs it: one key result read and proposed, in text and JSON.
@Suite(.timeLimit(.minutes(5)))
struct RewriteEndToEndTests {
    /// Every key of the JSON shape, always present.
    static let keys: Set<String> = [
        "language", "text", "verb", "measure", "from", "to", "bound", "deadline", "kind", "missing", "proposal",
        "pattern", "reason",
    ]

    private func json(_ output: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func proposesAKeyResultWithTheAnswersGiven() throws {
        let run = try Okrcoach.run(["rewrite", "Get churn down to 3% by June", "--from", "5%"])
        #expect(run.status == 0)
        #expect(
            run.output == """
                Measure: churn
                Starting value: 5%
                Target: 3%
                Deadline: by June
                Kind: decrease
                Missing: none
                Proposal: Reduce churn from 5% to 3% by June

                """)
    }

    @Test func speaksTheDraftsLanguage() throws {
        let run = try Okrcoach.run([
            "rewrite", "Het aantal klinieken dat wekelijks actief is verhogen naar 45", "--from", "30", "--by",
            "31 maart",
        ])
        #expect(run.status == 0)
        #expect(run.output.contains("Meting: Het aantal klinieken dat wekelijks actief is\n"))
        #expect(
            run.output.hasSuffix(
                "Voorstel: Het aantal klinieken dat wekelijks actief is verhogen van 30 naar 45 uiterlijk 31 maart\n"))
    }

    @Test func jsonHasEveryKeyWithAProposal() throws {
        let run = try Okrcoach.run([
            "rewrite", "Øke antall aktive klinikker til 600", "--from", "420", "--by", "i løpet av K1", "--format",
            "json",
        ])
        #expect(run.status == 0)
        let object = try json(run.output)
        #expect(Set(object.keys) == Self.keys)
        #expect(object["language"] as? String == "nb")
        #expect(object["measure"] as? String == "antall aktive klinikker")
        #expect(object["kind"] as? String == "increase")
        #expect(object["missing"] as? [String] == [])
        #expect(object["proposal"] as? String == "Øke antall aktive klinikker fra 420 til 600 i løpet av K1")
        #expect(object["pattern"] is NSNull)
        #expect(object["reason"] is NSNull)
    }

    /// "--from=-5" keeps its sign, as "from -5" in the draft does: NPS and margins go below zero.
    @Test func aNegativeStartingValueKeepsItsMinus() throws {
        let given = try Okrcoach.run(["rewrite", "Raise NPS to 20 by June", "--from=-5"])
        #expect(given.status == 0)
        #expect(given.output.contains("Starting value: -5\n"), "\(given.output)")
        #expect(given.output.hasSuffix("Proposal: Increase NPS from -5 to 20 by June\n"), "\(given.output)")
        let written = try Okrcoach.run(["rewrite", "Raise NPS from −5 to 20 by June", "--format", "json"])
        let object = try json(written.output)
        #expect(object["from"] as? String == "−5" && object["kind"] as? String == "increase", "\(object)")
        // The sign does not carry a value past the limit, nor an exponent, into the draft.
        for huge in [["--from=-99999999999999999"], ["--from=-1e309"]] {
            #expect(try Okrcoach.run(["rewrite", "Raise NPS to 20 by June"] + huge).status == 2, "\(huge)")
        }
        #expect(try Okrcoach.run(["rewrite", "Raise NPS from -99999999999999999 to 20"]).status == 2)
    }

    /// A number with an exponent in the draft is refused, as it is in --from and --to, not read as
    /// the digits after the "e" ("1e309" was the starting value 309).
    @Test(arguments: ["1e309", "5e-3", "2.5E+20", "1e999999999999999999"])
    func anExponentInTheDraftIsRefused(_ number: String) throws {
        let run = try Okrcoach.run(["rewrite", "Raise NPS from \(number) to 20 by June"])
        #expect(run.status == 2, "\(run.output)")
        #expect(run.errors.contains(number) && !run.output.contains("309"), "\(run.errors)")
    }

    @Test func saysWhyItWillNotProposeOne() throws {
        let text = try Okrcoach.run(["rewrite", "Increase sign-ups to 600", "--lang", "en"])
        #expect(text.status == 1)
        #expect(text.output.contains("Missing: a starting value (--from)"))
        #expect(text.output.contains("No proposal: a piece is missing, and I will not guess it.\n"))
        #expect(
            text.output.hasSuffix(
                "Write it yourself in the pattern: “Increase sign-ups from A to 600 by the end of \(Okrcoach.currentQuarter)”\n"
            ))
        let run = try Okrcoach.run([
            "rewrite", "Increase sign-ups to 600 paying customers", "--from", "420", "--format", "json",
        ])
        #expect(run.status == 1)
        let object = try json(run.output)
        #expect(Set(object.keys) == Self.keys)
        #expect(object["proposal"] is NSNull)
        #expect(object["reason"] as? String == "leaves-words-behind")
        #expect(object["bound"] is NSNull)
    }

    @Test func unitsStayWithTheirValues() throws {
        let run = try Okrcoach.run(["rewrite", "Reduce time to triage to 8 h", "--from", "24 h", "--by", "31 March"])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("Proposal: Reduce time to triage from 24 h to 8 h by 31 March\n"))
    }

    @Test func aMeasureCutOffAtItsPrepositionIsNotProposed() throws {
        let run = try Okrcoach.run(["rewrite", "Increase clinics activated within to 45%", "--from", "30%"])
        #expect(run.status == 1)
        #expect(run.output.contains("No proposal: written in the pattern, a word would be left dangling.\n"))
    }

    @Test func aLevelAndAMilestoneAreWrittenAsSuch() throws {
        let level = try Okrcoach.run(["rewrite", "Uptime at least 99.5 %", "--by", "31 March", "--format", "json"])
        let object = try json(level.output)
        #expect(object["kind"] as? String == "at_least")
        #expect(object["bound"] as? String == "at_least")
        #expect(object["proposal"] as? String == "Keep uptime at or above 99.5 % by 31 March")
        let milestone = try Okrcoach.run(["rewrite", "Lansera den nya guiden", "--by", "senast 15 december"])
        #expect(milestone.status == 0)
        #expect(milestone.output.contains("Typ: en milstolpe (klar eller inte)\n"))
        #expect(milestone.output.hasSuffix("Förslag: Lansera den nya guiden senast 15 december\n"))
    }

    @Test(arguments: [
        ["rewrite", "Increase sign-ups to 600", "--from", "5\u{1B}[31m"],
        ["rewrite", "Increase sign-ups\u{7}"],
        ["rewrite", "   "],
        ["rewrite", String(repeating: "sign-ups ", count: 200)],
        ["rewrite", "Increase sign-ups to 100000000000000000000", "--from", "5"],
        ["rewrite", "Increase sign-ups to 600", "--from=-1e999"],
        ["rewrite", "Increase sign-ups to 600", "--to", "0x10"],
        ["rewrite", "Increase sign-ups to 600", "--from=-99999999999999999999"],
        ["rewrite", "Increase sign-ups to 600", "--lang", "xx"],
    ])
    func hostileInputIsRefusedInOneLine(_ arguments: [String]) throws {
        let run = try Okrcoach.run(arguments)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("okrcoach: "))
        #expect(run.errors.filter { $0 == "\n" }.count == 1)
        #expect(!run.errors.contains("\u{1B}"))
    }

    @Test func negativeAndNonNumbersAreNoStartingValue() throws {
        let run = try Okrcoach.run(["rewrite", "Increase sign-ups to 600", "--from", "nan", "--format", "json"])
        #expect(run.status == 1)
        let object = try json(run.output)
        #expect(object["from"] is NSNull)
        #expect(object["missing"] as? [String] == ["baseline", "deadline"])
    }
}

import Foundation
import Testing

/// The coach as a person runs it from a script or a pipe, and what survives a crash.
@Suite(.timeLimit(.minutes(5)))
struct CoachEndToEndTests {
    @Test func aScriptedDraftEndsInACheckableExport() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let export = scratch.folder.appendingPathComponent("okrs.yaml").path
        let script = [
            "Vekst", "", "", "Gjøre timebestilling enkel for små klinikker", "slik at de blir hos oss", "ja",
            "Lansere ny onboarding", "andel aktiverte klinikker", "45 %", "30 %", "", "ja",
            "ja", "Redusere ventetiden i kundestøtte til 8 timer innen 31. desember", "24 timer", "ja",
            "ferdig", "ja", "nei", "/eksporter yaml \(export)", "/avslutt",
        ]
        let run = try Okrcoach.run(["--db", database], input: script.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Øke andel aktiverte klinikker fra 30 % til 45 % innen utgangen av"))
        #expect(run.output.contains("Redusere ventetiden i kundestøtte fra 24 timer til 8 timer innen 31. desember"))
        let check = try Okrcoach.run(["check", export])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("(språk: nb)"))
    }

    @Test func killedAtAnyQuestionLosesNoAcceptedAnswer() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let arguments = ["--db", database, "--lang", "en"]

        var coach = try RunningProgram(arguments)
        #expect(coach.waitFor("Which team is this set for?"))
        coach.type("Growth")
        #expect(coach.waitFor("Which cycle does it cover?"))
        coach.type("2027-Q1")
        #expect(coach.waitFor("Which higher-level objective"))
        coach.kill()

        coach = try RunningProgram(arguments)
        #expect(coach.waitFor("You have an unfinished set: Growth, 2027-Q1."))
        coach.type("yes")
        #expect(coach.waitFor("Which higher-level objective"))
        coach.type("")
        #expect(coach.waitFor("What do you want to achieve"))
        coach.type("Delight clinics so that they recommend us")
        #expect(coach.waitFor("Key result 1.1"))
        coach.kill()

        coach = try RunningProgram(arguments)
        coach.type("yes")
        #expect(coach.waitFor("Key result 1.1"))
        coach.type("Increase NPS from 30 to 45 by March")
        #expect(coach.waitFor("Add another key result?"))
        coach.kill()

        coach = try RunningProgram(arguments)
        coach.type("yes")
        #expect(coach.waitFor("Add another key result?"))
        coach.type("/show")
        #expect(coach.waitFor("KR1: Increase NPS from 30 to 45 by March"))
        #expect(coach.printed.contains("O1: Delight clinics so that they recommend us"))
        #expect(coach.finish() == 0)
    }

    @Test func startingAfreshWhenDecliningToContinue() throws {
        let scratch = try Scratch()
        let database = scratch.database
        _ = try Okrcoach.run(["--db", database, "--lang", "en"], input: "Growth\n")
        let again = try Okrcoach.run(["--db", database, "--lang", "en"], input: "no\nSupport\n/list\n")
        #expect(again.output.contains("You have an unfinished set: Growth."))
        #expect(again.output.contains("Which team is this set for?"))
        #expect(again.output.contains("1. Support"))
        #expect(again.output.contains("2. Growth"))
    }

    @Test func unknownLanguageIsRefused() throws {
        let run = try Okrcoach.run(["--lang", "fr", "--db", "/tmp/okrcoach-never.sqlite"], input: "")
        #expect(run.status == 2)
        #expect(run.errors.contains("unknown language 'fr'"))
    }

    @Test func localeSettingChoosesTheLanguage() throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(
            ["--db", scratch.database], input: "",
            environment: ["LANG": "sv_SE.UTF-8", "LC_ALL": ""])
        #expect(run.output.contains("Vilket team gäller det?"))
    }
}

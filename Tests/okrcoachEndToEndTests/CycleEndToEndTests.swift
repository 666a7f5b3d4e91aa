import Foundation
import Testing

/// A quarter at the terminal from scripts: check-ins on three days, a crash in the middle of one,
/// the review, the retro and the report, all kept in the SQLite file across runs.
@Suite(.timeLimit(.minutes(5)))
struct CycleEndToEndTests {
    static let set = """
        lang: en
        cycle: 2026-Q4
        team: Growth
        objectives:
          - title: Make onboarding effortless for small clinics so that they stay
            key_results:
              - Increase weekly active clinics from 420 to 600 by 31 December
              - Reduce time to first booking from 24 hours to 8 hours by 31 December
              - Launch the new setup wizard by 15 December
        """

    @Test func aQuarterFromCheckInsToTheReport() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", Self.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)

        let weeks = [
            ("2026-10-05", "470\non track\nGood first month\n16\nat risk\n\nno\n8\n\n"),
            ("2026-10-12", "505\n7\n\n12\n6\nNew booking flow shipped\nno\n6\n\n"),
            ("2026-10-19", "540\n6\n\n9\n7\n\nyes\n9\n\n"),
        ]
        for (day, answers) in weeks {
            let run = try Okrcoach.run(["checkin", "--db", database, "--date", day], input: answers)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("Check-in of \(day) saved."))
        }
        let review = try Okrcoach.run(
            ["review", "--db", database, "--date", "2026-12-18"],
            input: "committed\n\n\n\nThe wizard took all of October\n")
        #expect(
            review.output.contains(
                "1.1 “Increase weekly active clinics from 420 to 600 by 31 December”: ███████░░░ 67%. Grade? Press Enter for 0.7."
            ))
        #expect(review.output.contains("Review saved. The set's grade: 0.87 (green)."))
        let retro = try Okrcoach.run(
            ["retro", "--db", database],
            input: "Weekly check-ins\nToo much scope\nFewer measures\nTwo key results per objective\n")
        #expect(retro.output.contains("Retrospective saved."))

        let report = try Okrcoach.run(["report", "--db", database, "--format", "md"])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("Increase weekly active clinics from 420 to 600 by 31 December"))
        #expect(report.output.contains("8 → 7 → 6"))
        #expect(report.output.contains("Two key results per objective"))
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.components(separatedBy: "- date: 2026-10-").count - 1 == 9)
    }

    @Test func aCheckInKilledHalfWayKeepsEveryAnswerGiven() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", Self.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        let arguments = ["checkin", "--db", database, "--date", "2026-11-02"]

        var checkIn = try RunningProgram(arguments)
        #expect(checkIn.waitFor("Where does it stand now?"))
        checkIn.type("480")
        #expect(checkIn.waitFor("How confident are you"))
        checkIn.type("on track")
        #expect(checkIn.waitFor("A note for the team?"))
        checkIn.type("Two big clinics signed up")
        #expect(checkIn.waitFor("1.2 “Reduce time"))
        checkIn.type("12")
        #expect(checkIn.waitFor("1.2 ████████░░ 75%"))
        checkIn.kill()

        checkIn = try RunningProgram(arguments)
        #expect(checkIn.waitFor("How confident are you"))
        #expect(!checkIn.printed.contains("1.1 “Increase"))
        checkIn.type("at risk")
        #expect(checkIn.waitFor("A note for the team?"))
        checkIn.type("")
        #expect(checkIn.waitFor("Is it done? (yes/no)"))
        checkIn.type("no")
        checkIn.type("7")
        checkIn.type("")
        #expect(checkIn.waitFor("Check-in of 2026-11-02 saved."))
        #expect(checkIn.finish() == 0)

        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.contains("value: 480"))
        #expect(export.output.contains("note: Two big clinics signed up"))
        #expect(export.output.contains("value: 12"))
        #expect(export.output.contains("confidence: 5"))
    }
}

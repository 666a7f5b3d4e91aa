import Foundation
import Testing

/// Numbers and days from people and files, end to end: nothing typed or imported crashes
/// okrcoach or makes a set vanish (issue 8).
@Suite(.timeLimit(.minutes(5)))
struct NumbersEndToEndTests {
    private func importedSet(_ scratch: Scratch) throws -> String {
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        return database
    }

    /// The crash that took a chat server down for everyone: a set drafted in a private message,
    /// `!checkin`, and 20000000000000000000 as the answer.
    @Test func aHugeCheckInValueInChatIsAskedAgainAndTheServerGoesOn() throws {
        let scratch = try Scratch()
        let lines = [
            "hi", "Growth", "-", "-", "Delight clinics so that they recommend us",
            "Increase NPS from 30 to 45 by March",
            "!checkin", "20000000000000000000", "1e309", "40", "on track", "-",
        ]
        let run = try Okrcoach.serve(
            lines, database: scratch.database,
            options: ["--inbound-burst", "50"])
        #expect(run.status == 0, "\(run.errors)")
        let replies = run.output.split(separator: "\n").map(String.init)
        #expect(
            replies.contains(
                "PRIVMSG alice :That number is too large. Please give a value between −1,000,000,000,000,000 and 1,000,000,000,000,000."
            ))
        #expect(replies.contains("PRIVMSG alice :Please give the value as one number, for example 1,850.5 or 68 %."))
        #expect(replies.contains("PRIVMSG alice :1.1 ███████░░░ 67%"), "\(replies)")
        #expect(
            replies.contains {
                $0.hasPrefix("PRIVMSG alice :Check-in of ") && $0.hasSuffix("saved. See you next week.")
            })
    }

    /// English once took 1e309 as 1, 5e2 as 5, 1 000 as 1 and 0x10 as 0 without a word.
    @Test func englishCheckInAnswersThatAreNoNumberAreAskedAgain() throws {
        let scratch = try Scratch()
        let database = try importedSet(scratch)
        let answers = "1e309\n5e2\n1 000\n0x10\n20000000000000000000\n1,000\non track\n\n12\n7\n\nno\n6\n\n"
        let run = try Okrcoach.run(["checkin", "--db", database, "--date", "2026-11-02"], input: answers)
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.output.components(separatedBy: "Please give the value as one number, for example 1,850.5 or 68 %.")
                .count - 1 == 4)
        #expect(run.output.contains("That number is too large."))
        #expect(run.output.contains("Check-in of 2026-11-02 saved."))
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.contains("value: 1000"), "\(export.output)")
    }

    /// A year before 1900 was stored as "26-11-02", and the set vanished from every command.
    @Test(arguments: [
        ["checkin", "--date", "0026-11-02"], ["review", "--date", "0026-11-02"], ["retro", "--date", "2201-01-01"],
        ["report", "--date", "0026-11-02"], ["checkin", "--date", "+026-11-02"], ["checkin", "--date", "20026-11-02"],
    ])
    func aDateOutsideTheYears1900To2200IsRefused(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let database = try importedSet(scratch)
        let run = try Okrcoach.run(arguments + ["--db", database], input: "480\non track\n\n")
        #expect(run.status == 2)
        #expect(
            run.errors.hasPrefix(
                "okrcoach: --date: '\(arguments[2])' is no day; write it as YYYY-MM-DD with a year from 1900 to 2200"))
        #expect(run.errors.split(separator: "\n").count == 1)
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.contains("Increase weekly active clinics"), "the set is still there")
        #expect(!export.output.contains("- date:"))
    }

    /// A check file with `value: 1e20` passed check and import, after which report, checkin and
    /// review crashed on that set every time. It is refused now, naming the line.
    @Test func aCheckFileValueBeyondTheLimitIsRefusedWithItsLine() throws {
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write(
            "big.yaml",
            """
            lang: en
            objectives:
              - title: Make onboarding effortless for small clinics so that they stay
                key_results:
                  - text: Increase weekly active clinics from 420 to 600 by 31 December
                    check_ins:
                      - {date: 2026-11-02, value: 1e20}
            """)
        let message = "big.yaml:7: 'value' should be a number from -1e15 to 1e15, found the text '1e20'"
        for command in [["check", file], ["import", file, "--db", database]] {
            let run = try Okrcoach.run(command)
            #expect(run.status == 2, "\(command)")
            #expect(run.errors.contains(message), "\(run.errors)")
        }
        #expect(try Okrcoach.run(["report", "--db", database]).status != 0, "nothing was imported")
    }

    /// A check-in left unfinished on 2 November, resumed with `--date 2026-11-09`: the person is
    /// told, what was answered for 2 November stays, and the new check-in is dated 9 November.
    @Test func aResumedCheckInWithAnotherDateSaysSoAndStartsAnew() throws {
        let scratch = try Scratch()
        let database = try importedSet(scratch)
        let first = try Okrcoach.run(
            ["checkin", "--db", database, "--date", "2026-11-02"], input: "480\non track\n\n12\n")
        #expect(first.status == 0, "\(first.errors)")
        let second = try Okrcoach.run(
            ["checkin", "--db", database, "--date", "2026-11-09"], input: "500\n7\n\n10\n7\n\nno\n6\n\n")
        #expect(second.status == 0, "\(second.errors)")
        #expect(
            second.output.contains(
                "The check-in of 2026-11-02 was not finished; what was answered for 2026-11-02 is kept. This check-in is for 2026-11-09 and starts from the first key result."
            ))
        #expect(second.output.contains("Check-in of 2026-11-09 saved."))
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.components(separatedBy: "- date: 2026-11-02").count - 1 == 2, "\(export.output)")
        #expect(export.output.components(separatedBy: "- date: 2026-11-09").count - 1 == 3)
    }

    /// Options with a number of seconds become a `Duration`, which traps on infinity or 1e300.
    @Test(arguments: [
        (["serve", "--stdio", "--inbound-interval", "inf"], "--inbound-interval: inf is out of range"),
        (["serve", "--stdio", "--inbound-interval", "nan"], "--inbound-interval: nan is out of range"),
        (
            ["serve", "--stdio", "--inbound-burst=-5"],
            "--inbound-burst: -5 is out of range; give a whole number from 1 to 1000000"
        ),
        (["irc", "--server", "127.0.0.1:1", "--give-up-after", "1e300"], "--give-up-after: 1e+300 is out of range"),
        (["irc", "--server", "127.0.0.1:1", "--flood-interval=-1"], "--flood-interval: -1.0 is out of range"),
    ])
    func aNumberOptionOutOfRangeIsRefused(_ arguments: [String], _ message: String) throws {
        let scratch = try Scratch()
        let run = try Okrcoach.run(
            arguments + ["--db", scratch.database], input: "")
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: " + message), "\(run.errors)")
    }
}

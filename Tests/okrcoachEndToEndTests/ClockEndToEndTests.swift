import Foundation
import Testing

/// The day every command works on: `--date`, else the clock (the system's, or for tests the time
/// in the file `OKRCOACH_CLOCK_FILE` names). No day is clamped, and every command agrees on it.
struct ClockEndToEndTests {
    /// On 31 December a check-in said "(2026-12-28)" and stored 2026-12-28, while `report` said
    /// "As of 2026-12-31".
    @Test(arguments: [true, false])
    func aCheckInOnTheLastDayOfTheYearIsDatedThatDay(_ named: Bool) throws {
        let scratch = try Scratch()
        let database = scratch.database
        let file = try scratch.write("okrs.yaml", CycleEndToEndTests.set)
        #expect(try Okrcoach.run(["import", file, "--db", database]).status == 0)
        let clock = try scratch.write("clock", named ? "2027-03-03T12:00" : "2026-12-31T10:00")
        let environment = ["OKRCOACH_CLOCK_FILE": clock]
        let date = named ? ["--date", "2026-12-31"] : []
        let checkIn = try Okrcoach.run(
            ["checkin", "--db", database] + date, input: "480\non track\n\n", environment: environment)
        #expect(checkIn.status == 0, "\(checkIn.errors)")
        #expect(checkIn.output.contains("Weekly check-in of Growth, 2026-Q4 (2026-12-31)."), "\(checkIn.output)")
        #expect(!checkIn.output.contains("2026-12-28"))
        let export = try Okrcoach.run(["export", "--db", database])
        #expect(export.output.contains("- date: 2026-12-31"), "\(export.output)")
        #expect(!export.output.contains("2026-12-28"))
        let report = try Okrcoach.run(["report", "--db", database] + date, environment: environment)
        #expect(report.output.contains("As of 2026-12-31"), "\(report.output)")
    }

    /// The quarter a new set is offered is the clock's, at the terminal as in chat.
    @Test func theCoachOffersTheQuarterOfTheClocksDay() throws {
        let scratch = try Scratch()
        let clock = try scratch.write("clock", "2027-04-01T00:00")
        let run = try Okrcoach.run(
            ["--db", scratch.database, "--lang", "en"], input: "Growth\n",
            environment: ["OKRCOACH_CLOCK_FILE": clock])
        #expect(run.output.contains("Press Enter for 2027-Q2."), "\(run.output)")
    }

    /// A clock file that holds no local time is refused at the start, naming the file, exit 2.
    @Test(arguments: [
        "", "2026-12-32", "2026-13-01", "-2026-01-01", "99999999999-01-01T00:00", "2026-12-31T24:00", "inf", "nan",
        "1e999", "2026-12-31T10:00\u{1B}[2J", "2026-12-31\u{7}",
    ])
    func aClockFileWithoutATimeIsRefused(_ content: String) throws {
        let scratch = try Scratch()
        let clock = try scratch.write("clock", content)
        let run = try Okrcoach.run(
            ["report", "--db", scratch.database],
            environment: ["OKRCOACH_CLOCK_FILE": clock])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: \(clock): holds no local time"), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test(arguments: ["missing", "folder"])
    func aClockFileThatCannotBeReadIsRefused(_ name: String) throws {
        let scratch = try Scratch()
        let path = scratch.folder.appendingPathComponent(name).path
        if name == "folder" { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        let run = try Okrcoach.run(
            ["report", "--db", scratch.database],
            environment: ["OKRCOACH_CLOCK_FILE": path])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("okrcoach: \(path): "), "\(run.errors)")
    }
}

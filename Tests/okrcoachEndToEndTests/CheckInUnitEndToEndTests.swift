import Foundation
import Testing

/// The check-in writes the last figure, and a baseline taken from the first check-in, with the
/// key result's unit: "sist: 45 % den 2027-01-25", "45 kunder", as the key result itself reads.
@Suite(.timeLimit(.minutes(3)))
struct CheckInUnitEndToEndTests {
    @Test(arguments: FourLanguageCycleSet.all)
    func theLastFigureKeepsItsUnit(set: FourLanguageCycleSet) throws {
        let scratch = try Scratch()
        let database = try set.imported(in: scratch)
        let run = try Okrcoach.run(
            ["checkin", "--db", database, "--date", "2027-02-01"], input: "47\n7\n\n46\n7\n\n40\n7\n\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains(set.last.filled(["value": "45 %", "day": "2027-01-25"])), "\(run.output)")
        #expect(
            run.output.contains(set.last.filled(["value": "45 \(set.counted)", "day": "2027-01-25"])), "\(run.output)")
        #expect(run.output.contains(set.baseline.filled(["value": "40 %"])), "\(run.output)")
        // The next week the figures just given are the last ones, with their units.
        let next = try Okrcoach.run(["checkin", "--db", database, "--date", "2027-02-08"], input: "")
        #expect(next.output.contains(set.last.filled(["value": "47 %", "day": "2027-02-01"])), "\(next.output)")
    }

    @Test func aFigureWithAnAmountOrAnHourIsWrittenAsTheKeyResultWritesIt() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "okrs.yaml",
            """
            lang: nb
            cycle: 2027-Q1
            team: Salg
            objectives:
              - title: Vokse i Norden slik at vi kan ansette
                key_results:
                  - text: Øke omsetningen fra 2 mill. kr til 3 mill. kr
                    check_ins: [{date: 2027-01-25, value: 2.5}]
                  - text: Redusere svartiden fra 4 timer til 1 time
                    check_ins: [{date: 2027-01-25, value: 3}]
                  - text: Redusere ventetiden fra 3 timer til 1 time
                    check_ins: [{date: 2027-01-25, value: 1}]
                  - text: Øke antall brukere fra 1 850 til 2 400
                    check_ins: [{date: 2027-01-25, value: 1900}]
            """)
        #expect(try Okrcoach.run(["import", file, "--db", scratch.database]).status == 0)
        let run = try Okrcoach.run(
            ["checkin", "--db", scratch.database, "--date", "2027-02-01"], input: "\n7\n\n\n7\n\n\n7\n\n\n7\n\n")
        for last in ["sist: 2,5 mill. kr den", "sist: 3 timer den", "sist: 1 time den", "sist: 1900 den"] {
            #expect(run.output.contains(last), "\(last): \(run.output)")
        }
    }
}

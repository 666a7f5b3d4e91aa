import CoachEngine
import OKRCore
import Testing

/// The terminal view: one line per key result, within 80 columns, coloured only when asked.
struct CycleReportCompactTests {
    private func compact(_ sets: [OKRSet], cycle: String? = nil, lang: String = "en", colour: Bool = false) -> String {
        CycleReportCompact(colour: colour).render(
            CycleReport(sets: sets, cycle: cycle, today: ReportFixtures.today), texts: ReportFixtures.texts(lang))
    }

    /// The line as the terminal shows it: without colour escapes.
    private func visible(_ line: Substring) -> String {
        var result = ""
        var inEscape = false
        for character in line {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                inEscape = character != "m"
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test func escapesInPeoplesTextReachNoTerminal() {
        let plain = compact([ReportFixtures.hostile()], cycle: "2026-Q4")
        #expect(!ReportFixtures.hasControl(plain), "\(plain.debugDescription)")
        #expect(plain.contains("── Growth␛]2;PWNED␇␛[2J␛]52;c;cm0gLXJm␇ <U+009B>1;31m␡ ──"))
        let coloured = compact([ReportFixtures.hostile()], cycle: "2026-Q4", colour: true)
        let escapes = coloured.components(separatedBy: "\u{1B}").dropFirst().map { $0.prefix { $0 != "m" } }
        #expect(
            Set(escapes).isSubset(of: ["[0", "[1", "[31", "[32", "[33"]),
            "only the report's own colours: \(Set(escapes))")
        for line in plain.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test func oneLinePerKeyResultUnderTheColumnsNames() {
        let text = compact([ReportFixtures.growth()])
        let expected = """
            OKRs: Growth, 2026-Q4
            As of 2026-11-21

              Key result                             Progress              Latest Confidence
            O1. Make booking effortless so that clinics stay with us  Grade 0.65 (green)
              KR1 Increase weekly bookings | all c…  ████████░░      80%      860 5 ↓
              KR2 Reduce support response time fro…  ████████░░      75%       12 7 ↑
              KR3 Grow NPS to 45                     ████░░░░░░      40%       36 7
                ! KR1: confidence fell twice running (8 → 6 → 5)

            O2. Run a service clinics can trust in…  ███░░░░░░░      33%
              KR1 Keep uptime at least 99.9 %        ██████████     held    99.95 9
              KR2 Keep monthly churn at most 2 %     ░░░░░░░░░░ not held      2.4 3
              KR3 Get the ISO 27001 certificate by…  ░░░░░░░░░░       0% not done 6
              KR4 Publish the security whitepaper…   (no check-in yet)
                ! KR3: no check-in for 49 days
                ! KR4: no check-in at all yet

            """
        #expect(text == expected)
    }

    @Test func fitsInEightyColumnsInEveryLanguage() {
        for code in TestCoach.codes {
            var long = ReportFixtures.growth(lang: code, team: String(repeating: "Team ", count: 30))
            long.objectives[0].title = String(repeating: "Very long objective ", count: 10)
            for colour in [false, true] {
                let text = compact([long, ReportFixtures.support()], cycle: "2026-Q4", lang: code, colour: colour)
                for line in text.split(separator: "\n") {
                    #expect(visible(line).count <= 80, "\(code): \(line)")
                }
            }
        }
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!compact([ReportFixtures.growth()]).contains("\u{1B}["))
        let coloured = compact([ReportFixtures.growth()], colour: true)
        #expect(coloured.contains("\u{1B}[32mGrade 0.65 (green)\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33m5 ↓\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m░░░░░░░░░░\u{1B}[0m"))
    }

    @Test func aCycleNamesEachTeam() {
        let text = compact([ReportFixtures.growth(), ReportFixtures.support()], cycle: "2026-Q4", lang: "sv")
        #expect(text.hasPrefix("Mål och nyckelresultat för 2026-Q4\nLäget den 2026-11-21\n\n── Growth ───"))
        #expect(text.contains("\n── Support ───"))
        #expect(text.contains("(ingen ännu)"))
    }
}

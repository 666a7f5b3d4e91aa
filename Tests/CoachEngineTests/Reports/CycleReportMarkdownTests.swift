import CoachEngine
import OKRCore
import Testing

/// The Markdown report: what it says, in which language, and that it renders as tables and lists.
struct CycleReportMarkdownTests {
    /// The report with its non-breaking spaces shown as spaces, so that expectations read plainly.
    private func markdown(_ sets: [OKRSet], cycle: String? = nil, lang: String = "en") -> String {
        raw(sets, cycle: cycle, lang: lang).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    private func raw(_ sets: [OKRSet], cycle: String? = nil, lang: String = "en") -> String {
        CycleReportMarkdown.render(
            CycleReport(sets: sets, cycle: cycle, today: ReportFixtures.today), texts: ReportFixtures.texts(lang),
            retroTopics: TestCoach.coach.retroTopics)
    }

    /// The rows of the tables: lines that start with "|".
    private func rows(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") }
    }

    /// The cells of a table row, split on the pipes that are not escaped.
    private func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.dropFirst() {
            if character == "|", !escaped {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        return cells
    }

    @Test func aSetReadsAsTitleObjectivesAndTables() {
        let text = markdown([ReportFixtures.growth()])
        #expect(text.hasPrefix("# OKRs: Growth, 2026-Q4\n\n*As of 2026-11-21*\n\n"))
        #expect(
            text.contains(
                "\n## O1. Make booking effortless so that clinics stay with us\n\n**Grade 0.65 (green)** 🟢 · committed\n\n"
            ))
        #expect(
            text.contains(
                "\n## O2. Run a service clinics can trust in order to grow by referral\n\nProgress `███░░░░░░░` 33% · aspirational\n\n"
            ))
        #expect(
            text.contains(
                "| Key result | Type | Baseline → target | Latest | Progress | Change | Confidence | Grade |\n|---|---|---|---|---|---|---|---|\n"
            ))
        let bookings =
            "| **KR1** Increase weekly bookings \\| all clinics from 700 to 900 (Kari) | increase | 700 → 900 | 860 | `████████░░` 80% | +60 | 8 → 6 → 5 ↓ at risk | 0.8 🟢 |"
        #expect(text.contains(bookings))
        #expect(
            text.contains(
                "| **KR2** Reduce support response time from 24 h to 8 h | decrease, weight 2 | 24 → 8 | 12 | `████████░░` 75% | −2.5 | 6 → 7 ↑ on track | 0.7 🟢 |"
            ))
        #expect(
            text.contains(
                "| **KR3** Grow NPS to 45 | increase | *30* → 45 | 36 | `████░░░░░░` 40% | +6 | 7 → 7 on track | 0.4 🟡 |"
            ))
        #expect(text.contains("*A baseline in italics is the value of the first check-in, as none was set.*"))
    }

    @Test func everyKindShowsItsOwnProgress() {
        let text = markdown([ReportFixtures.growth()])
        #expect(
            text.contains(
                "| **KR1** Keep uptime at least 99.9 % | at least | ≥ 99.9 | 99.95 | `██████████` held | – | 9 on track | – |"
            ))
        #expect(
            text.contains(
                "| **KR2** Keep monthly churn at most 2 % | at most | ≤ 2 | 2.4 | `░░░░░░░░░░` not held | – | 3 off track | – |"
            ))
        #expect(
            text.contains(
                "| **KR3** Get the ISO 27001 certificate by December | milestone | – | not done | `░░░░░░░░░░` 0% | – | 6 at risk | – |"
            ))
        #expect(
            text.contains(
                "| **KR4** Publish the security whitepaper with a very long title that goes on and on | – | – | *no check-in yet* | – | – | – | – |"
            ))
    }

    @Test func notesPostMortemAttentionAndRetro() {
        let text = markdown([ReportFixtures.growth()])
        let notes =
            "- **KR1**, 2026-11-14: New \\*onboarding\\* \\| live\n- **KR2**, 2026-11-14, daan: Triage rota works"
        #expect(text.contains("**Notes from the latest check-ins**\n\n" + notes + "\n\n"))
        #expect(text.contains("**What got in the way**\n\n> The \\| release slipped \\*twice\\*\n\n"))
        #expect(text.contains("**Needs attention**\n\n- **KR1**: confidence fell twice running (8 → 6 → 5)\n\n"))
        #expect(text.contains("- **KR3**: no check-in for 49 days\n- **KR4**: no check-in at all yet\n\n"))
        let retro = """
            ## Retrospective

            ### What went well

            - Weekly check-ins kept us honest
            - \\- The team owned the numbers

            ### What did not go so well

            - 1\\. We started late

            ### What we learned about setting and following up OKRs

            - A key result without a baseline is hard to judge

            ### What we change next cycle

            - Set baselines before the cycle starts

            """
        #expect(text.hasSuffix(retro))
    }

    @Test func figuresDoNotWrapInsideACell() {
        let text = raw([ReportFixtures.growth()])
        #expect(
            text.contains(
                "| 700\u{00A0}→\u{00A0}900 | 860 | `████████░░`\u{00A0}80% | +60 | 8 → 6 → 5 ↓ at\u{00A0}risk | 0.8\u{00A0}🟢 |"
            ))
        #expect(text.contains("| ≤\u{00A0}2 | 2.4 | `░░░░░░░░░░`\u{00A0}not\u{00A0}held |"))
    }

    @Test func aReviewedSetNeedsNoAttention() {
        var set = ReportFixtures.growth()
        set.reviewed = Day(iso: "2026-12-20")
        #expect(!markdown([set]).contains("Needs attention"))
    }

    @Test func tablesNeverBreak() {
        var set = ReportFixtures.growth()
        set.objectives[0].keyResults[1].text = "Cut | time\nto | first | reply `fast` for <$5> #1"
        set.objectives[0].keyResults[1].owner = "Team | A"
        let text = markdown([set])
        let header = rows(text)[0]
        for row in rows(text) {
            #expect(cells(row).count == cells(header).count, "\(row)")
        }
        #expect(text.contains("Cut \\| time to \\| first \\| reply \\`fast\\` for \\<\\$5\\> \\#1 (Team \\| A)"))
    }

    @Test func escapesAndLineBreaksInPeoplesTextReachNoMarkdown() {
        let text = raw([ReportFixtures.hostile()], cycle: "2026-Q4")
        #expect(!ReportFixtures.hasControl(text), "\(text.debugDescription)")
        #expect(text.contains("␛\\]2;PWNED␇␛\\[2J"), "ESC and BEL are shown as signs, the bracket escaped")
        let header = rows(text)[0]
        for row in rows(text) {
            #expect(cells(row).count == cells(header).count, "a line break keeps the row whole: \(row)")
        }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            !lines.contains {
                $0.hasPrefix("# not") || $0.hasPrefix("- not") || $0.hasPrefix("second line") || $0 == "more"
            })
        #expect(lines.contains { $0.hasPrefix("### O1. Make booking effortless") && $0.hasSuffix(" second line") })
    }

    @Test func everyBlockStandsBetweenBlankLines() {
        let lines = markdown([ReportFixtures.growth(), ReportFixtures.support()], cycle: "2026-Q4")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() where index > 0 {
            let before = lines[index - 1]
            if line.hasPrefix("#") { #expect(before.isEmpty, "a blank line before \(line)") }
            if line.hasPrefix("|"), !before.hasPrefix("|") {
                #expect(before.isEmpty, "a blank line before the table at \(line)")
            }
            if before.hasPrefix("|"), !line.hasPrefix("|") {
                #expect(line.isEmpty, "a blank line after the table before \(line)")
            }
            if line.hasPrefix("- "), !before.hasPrefix("- ") {
                #expect(before.isEmpty, "a blank line before the list at \(line)")
            }
        }
    }

    @Test func aCycleHasASectionPerTeam() {
        let text = markdown([ReportFixtures.growth(), ReportFixtures.support()], cycle: "2026-Q4")
        #expect(text.hasPrefix("# OKRs for 2026-Q4\n\n*As of 2026-11-21*\n\n## Growth\n\n### O1. Make booking"))
        #expect(text.contains("\n### Retrospective\n\n#### What went well\n"))
        #expect(text.contains("\n## Support\n\n### O1. Answer clinics while they still care\n"))
    }

    @Test func norwegianWordsAndNumbers() {
        var set = ReportFixtures.growth(lang: "nb", team: "Vekst")
        set.reviewed = Day(iso: "2026-12-20")
        let text = markdown([set], lang: "nb")
        #expect(
            text.hasPrefix(
                "# Mål og nøkkelresultater: Vekst, 2026-Q4\n\n*Status per 2026-11-21 · evaluert 2026-12-20*\n\n"))
        #expect(text.contains("**Karakter 0,65 (grønn)** 🟢 · forpliktende"))
        #expect(
            text.contains(
                "| Nøkkelresultat | Type | Start → måltall | Siste | Fremdrift | Endring | Tiltro | Karakter |"))
        #expect(
            text.contains("| reduksjon, vekt 2 | 24 → 8 | 12 | `████████░░` 75 % | −2,5 | 6 → 7 ↑ i rute | 0,7 🟢 |"))
        #expect(text.contains("| 8 → 6 → 5 ↓ i faresonen |"))
        #expect(text.contains("| ikke gjort | `░░░░░░░░░░` 0 % |"))
        #expect(text.contains("*ingen innsjekking ennå*"))
        #expect(text.contains("## Retrospektiv\n\n### Hva gikk bra\n"))
    }

    @Test func swedishAndDutchConfidenceLevels() {
        let swedish = markdown([ReportFixtures.growth(lang: "sv")], lang: "sv")
        #expect(
            swedish.contains("↓ i riskzonen |") && swedish.contains("| 9 enligt plan |")
                && swedish.contains("| 3 ur kurs |"))
        #expect(swedish.contains("**Betyg 0,65 (grönt)**"))
        let dutch = markdown([ReportFixtures.growth(lang: "nl")], lang: "nl")
        #expect(dutch.contains("↓ risico |") && dutch.contains("| 9 op koers |") && dutch.contains("| 3 uit koers |"))
        #expect(dutch.contains("| Kernresultaat | Soort | Start → streefwaarde | Laatste stand |"))
    }

    /// A floor or a ceiling is "met" or "not met" in words a native speaker uses for a state, not a past tense ("holdt", "höll").
    @Test(arguments: [
        ("nb", "oppfylt", "ikke oppfylt"), ("sv", "uppfyllt", "inte uppfyllt"), ("nl", "gehaald", "niet gehaald"),
    ])
    func aFloorOrCeilingIsMetOrNot(_ lang: String, _ met: String, _ notMet: String) {
        let text = markdown([ReportFixtures.growth(lang: lang)], lang: lang)
        #expect(text.contains("| 99,95 | `██████████` \(met) |"), "\(text)")
        #expect(text.contains("| 2,4 | `░░░░░░░░░░` \(notMet) |"), "\(text)")
    }

    @Test func emptySetsSayso() {
        let text = markdown([OKRSet(cycle: "2026-Q4")])
        #expect(text.hasPrefix("# OKRs: team not named, 2026-Q4\n"))
        #expect(text.hasSuffix("\n\nNo objectives yet.\n"))
        let noResults = markdown([OKRSet(objectives: [Objective(title: "Delight clinics")])])
        #expect(noResults.contains("## O1. Delight clinics\n\nNo key results yet.\n"))
    }

    @Test func everyMembersNoteOfTheLatestDayIsShown() {
        let day = Day(iso: "2026-11-16")!
        let result = KeyResult(
            "Increase weekly active clinics from 420 to 600", kind: .increase, baseline: 420, target: 600,
            checkIns: [
                CheckIn(day: day.adding(days: -7), value: 450, confidence: 7, note: "Old news", author: "kari"),
                CheckIn(day: day, value: 480, confidence: 8, note: "Two clinics signed", author: "kari"),
                CheckIn(day: day, value: 481, confidence: 6, note: "God start", author: "ola"),
            ])
        let set = OKRSet(
            lang: LanguageCode("en"), cycle: "2026-Q4", team: "Growth",
            objectives: [Objective(title: "Grow", keyResults: [result])])
        let text = CycleReportMarkdown.render(
            CycleReport(sets: [set], cycle: nil, today: ReportFixtures.today), texts: ReportFixtures.texts("en"),
            retroTopics: TestCoach.coach.retroTopics)
        #expect(text.contains("Two clinics signed") && text.contains("God start"))
        #expect(!text.contains("Old news"))
    }
}

import CoachEngine
import OKRCore
import Testing

/// A report never traps, whatever a stored set holds: values from before there was a limit
/// (1e20), and the extremes a double can take.
struct CycleReportHostileValuesTests {
    static let values: [Double] = [
        1e20, -1e20, 2e19, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e15, .leastNonzeroMagnitude,
    ]

    private func set(_ value: Double) -> OKRSet {
        var set = ReportFixtures.growth()
        for o in set.objectives.indices {
            for k in set.objectives[o].keyResults.indices {
                set.objectives[o].keyResults[k].checkIns.append(
                    CheckIn(day: ReportFixtures.today, value: value, confidence: 5))
                set.objectives[o].keyResults[k].weight = value > 0 ? value : nil
            }
        }
        set.objectives[0].keyResults[1].baseline = -value
        set.objectives[0].keyResults[2].grade = value
        return set
    }

    @Test(arguments: values) func everyFormatShowsAStoredValue(_ value: Double) {
        for code in TestCoach.codes {
            let texts = ReportFixtures.texts(code)
            let report = CycleReport(sets: [set(value)], today: ReportFixtures.today)
            let compact = CycleReportCompact(colour: true).render(report, texts: texts)
            let markdown = CycleReportMarkdown.render(report, texts: texts, retroTopics: TestCoach.coach.retroTopics)
            let json = CycleReportJSON.render(report)
            #expect(!compact.isEmpty && !markdown.isEmpty && !json.isEmpty)
            if value == 1e20 {
                #expect(markdown.contains("1e+20"), "\(code)")
            }
        }
    }

    @Test(arguments: [
        (1e20, "1e+20"), (-1e20, "−1e+20"), (Double.infinity, "inf"), (Double.nan, "nan"), (18_500.5, "18,500.5"),
    ])
    func aNumberBeyondTheLimitIsWrittenAsSwiftWritesIt(_ value: Double, _ written: String) {
        let texts = ReportFixtures.texts("en")
        #expect(texts.format.number(value) == written)
        _ = texts.format.change(value)
        _ = texts.format.percent(value)
    }

    @Test func aPercentOfAHugeFractionIsWrittenNotTrapped() {
        let texts = ReportFixtures.texts("nb")
        #expect(texts.format.percent(1e18) == "1e+20 %")
        #expect(texts.format.percent(-0.5) == "−50 %")
        #expect(texts.format.number(1.5e20) == "1,5e+20")
    }
}

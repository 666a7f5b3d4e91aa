import CoachEngine
import Foundation
import OKRCore
import Testing

/// The JSON report: one stable shape with raw figures and every check-in.
struct CycleReportJSONTests {
    private func json(_ sets: [OKRSet], cycle: String? = nil) -> String {
        CycleReportJSON.render(CycleReport(sets: sets, cycle: cycle, today: ReportFixtures.today))
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theTopKeysComeInTheirOrder() throws {
        let text = json([ReportFixtures.growth()])
        #expect(
            text.hasPrefix(
                "{\n  \"format\": \"okrcoach-report\",\n  \"version\": 1,\n  \"today\": \"2026-11-21\",\n  \"cycle\": null,\n  \"sets\": ["
            ))
        let top = try object(text)
        #expect(top["cycle"] is NSNull)
        let cycle = try object(json([ReportFixtures.growth(), ReportFixtures.support()], cycle: "2026-Q4"))
        #expect(cycle["cycle"] as? String == "2026-Q4")
        #expect((cycle["sets"] as? [[String: Any]])?.map { $0["team"] as? String } == ["Growth", "Support"])
    }

    @Test func figuresAreRaw() throws {
        let sets = try #require(try object(json([ReportFixtures.growth()]))["sets"] as? [[String: Any]])
        #expect(sets[0]["lang"] as? String == "en")
        #expect(sets[0]["reviewed"] is NSNull)
        let objectives = try #require(sets[0]["objectives"] as? [[String: Any]])
        #expect(objectives[0]["commitment"] as? String == "committed")
        #expect(abs((objectives[0]["grade"] as? Double ?? 0) - 0.65) < 1e-9)
        #expect(objectives[0]["band"] as? String == "green")
        #expect(objectives[1]["grade"] is NSNull)
        #expect(abs((objectives[1]["progress"] as? Double ?? 0) - 1.0 / 3) < 1e-9)
        let results = try #require(objectives[0]["key_results"] as? [[String: Any]])
        let bookings = results[0]
        #expect(bookings["type"] as? String == "increase")
        #expect(bookings["baseline"] as? Double == 700)
        #expect(bookings["progress"] as? Double == 0.8)
        #expect(bookings["change"] as? Double == 60)
        #expect(bookings["confidence"] as? Int == 5)
        #expect(bookings["confidence_level"] as? String == "at_risk")
        #expect(bookings["confidence_trend"] as? String == "down")
        #expect((bookings["latest"] as? [String: Any])?["day"] as? String == "2026-11-14")
        let history = try #require(bookings["check_ins"] as? [[String: Any]])
        #expect(history.map { $0["value"] as? Double } == [740, 800, 860])
        #expect(history[0]["note"] is NSNull)
        #expect(history[2]["note"] as? String == "New *onboarding* | live")
        #expect(history[2]["author"] is NSNull)
        let reply = try #require((results[1]["check_ins"] as? [[String: Any]])?.last)
        #expect(reply["author"] as? String == "daan")
        let attention = try #require(bookings["attention"] as? [[String: Any]])
        #expect(attention[0]["kind"] as? String == "falling_confidence")
        #expect(attention[0]["scores"] as? [Int] == [8, 6, 5])
        #expect(results[2]["baseline"] is NSNull)
        #expect(abs((results[2]["progress"] as? Double ?? 0) - 0.4) < 1e-9)
        let never = try #require((objectives[1]["key_results"] as? [[String: Any]])?[3])
        #expect(never["latest"] is NSNull)
        #expect(never["progress"] is NSNull)
        #expect((never["attention"] as? [[String: Any]])?[0]["days"] is NSNull)
        #expect((sets[0]["retro"] as? [[String: Any]])?.first?["topic"] as? String == "went_well")
    }

    @Test func everyKeyResultHasEveryKey() throws {
        let sets = try #require(try object(json([ReportFixtures.growth()]))["sets"] as? [[String: Any]])
        let keys = [
            "text", "owner", "type", "baseline", "target", "weight", "latest", "progress", "change", "confidence",
            "confidence_level", "confidence_trend", "grade", "band", "attention", "check_ins",
        ]
        for objective in sets[0]["objectives"] as? [[String: Any]] ?? [] {
            for result in objective["key_results"] as? [[String: Any]] ?? [] {
                #expect(Set(result.keys) == Set(keys))
            }
        }
    }

    @Test func progressBeyondTheTargetIsNotClamped() throws {
        var set = ReportFixtures.support()
        set.objectives[0].keyResults[0].checkIns = [CheckIn(day: ReportFixtures.today, value: 0.5, confidence: 9)]
        let sets = try #require(try object(json([set]))["sets"] as? [[String: Any]])
        let result = try #require(
            ((sets[0]["objectives"] as? [[String: Any]])?[0]["key_results"] as? [[String: Any]])?[0])
        #expect(result["progress"] as? Double == 1.1)
    }
}

import CoachEngine
import CoachStore
import DraftScripts
import Foundation
import OKRCore

/// Times the coaching engine turn by turn on scripted drafts in the four languages.
struct CoachBenchmark {
    let coach: Coach

    /// The day the scripted drafts are typed on.
    static let today = Day(year: 2026, month: 11, day: 15)

    /// Runs scripted drafts until `turns` turns have been timed; with a store, every turn is saved as the terminal does.
    func latencies(turns: Int, store: (any SessionStore)?) throws -> [Double] {
        var timings: [Double] = []
        timings.reserveCapacity(turns)
        let clock = ContinuousClock()
        var draft = 0
        while timings.count < turns {
            let script = DraftScripts.drafts[draft % DraftScripts.drafts.count]
            var session = coach.start(
                coach.newSession(id: "bench-\(draft)", language: LanguageCode(script.language)), today: Self.today
            ).session
            for line in script.lines where timings.count < turns {
                let start = clock.now
                let turn = coach.respond(to: line, in: session, today: Self.today)
                session = turn.session
                try store?.save(&session)
                timings.append(seconds(clock.now - start) * 1e6)
            }
            draft += 1
        }
        return timings.sorted()
    }

    /// The steps whose turns are slowest at the 99th percentile, over `turns` scripted turns: where
    /// the engine's tail comes from (a step is named by the session's step before the turn).
    func slowestSteps(turns: Int, count: Int) -> [(step: String, p99: Double, median: Double, turns: Int)] {
        var byStep: [String: [Double]] = [:]
        let clock = ContinuousClock()
        var draft = 0
        var timed = 0
        while timed < turns {
            let script = DraftScripts.drafts[draft % DraftScripts.drafts.count]
            var session = coach.start(
                coach.newSession(id: "steps-\(draft)", language: LanguageCode(script.language)), today: Self.today
            ).session
            for line in script.lines where timed < turns {
                let step = session.step
                let start = clock.now
                session = coach.respond(to: line, in: session, today: Self.today).session
                byStep[step, default: []].append(seconds(clock.now - start) * 1e6)
                timed += 1
            }
            draft += 1
        }
        let ranked = byStep.map { step, timings in
            let sorted = timings.sorted()
            return (step: step, p99: percentile(sorted, 0.99), median: percentile(sorted, 0.5), turns: sorted.count)
        }
        return Array(ranked.sorted { $0.p99 > $1.p99 }.prefix(count))
    }

    /// Times the turns of weekly check-ins of a set with three key results that already has `weeks` of history.
    func checkInLatencies(turns: Int, weeks: Int) -> [Double] {
        let start = Day(year: 2026, month: 10, day: 5)
        let results = [
            "Increase weekly active clinics from 420 to 600 by 31 December",
            "Reduce time to first booking from 24 hours to 8 hours by 31 December",
            "Keep weekly uptime at or above 99.5 %",
        ].map { text in
            KeyResult(
                text,
                checkIns: (0..<weeks).map {
                    CheckIn(day: start.adding(days: 7 * $0), value: Double(430 + $0), confidence: 7)
                })
        }
        var session = coach.newSession(id: "bench-checkin", language: LanguageCode("en"))
        session.set = OKRSet(
            cycle: "2026-Q4", team: "Growth", objectives: [Objective(title: "Grow", keyResults: results)])
        let day = start.adding(days: 7 * weeks)
        let lines = ["/checkin", "480", "on track", "A note", "12", "at risk", "", "99.7", "8", ""]
        var timings: [Double] = []
        timings.reserveCapacity(turns)
        let clock = ContinuousClock()
        while timings.count < turns {
            for line in lines where timings.count < turns {
                let begin = clock.now
                session = coach.respond(to: line, in: session, today: day).session
                timings.append(seconds(clock.now - begin) * 1e6)
            }
        }
        return timings.sorted()
    }

    /// Bytes of memory each live session takes, mid-draft, measured on `count` sessions.
    func memoryPerSession(count: Int) -> (bytes: Double, json: Int) {
        let before = residentBytes()
        var sessions: [Session] = []
        sessions.reserveCapacity(count)
        let script = DraftScripts.drafts[0]
        for index in 0..<count {
            var session = coach.start(
                coach.newSession(id: "live-\(index)", language: LanguageCode("en")), today: Self.today
            )
            .session
            for line in script.lines.prefix(12) {
                session = coach.respond(to: line, in: session, today: Self.today).session
            }
            sessions.append(session)
        }
        let after = residentBytes()
        let json = (try? JSONEncoder().encode(sessions[0]).count) ?? 0
        withExtendedLifetime(sessions) {}
        return (Double(after - before) / Double(count), json)
    }

    private func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

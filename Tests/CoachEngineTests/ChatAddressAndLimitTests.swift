import ChatCoach
import CoachEngine
import OKRCore
import Testing

/// The chat coach reads addresses in one place, for the nick it has now, and counts every
/// person's lines with the one token bucket, whatever the clock says.
struct ChatAddressAndLimitTests {
    private let chat = ChatCoach(coach: TestCoach.coach, nick: "okrcoach", limit: InboundLimit(burst: 1, interval: 10))

    private func said(_ text: String, in channel: String? = "#growth", coachNick: String? = nil) -> String? {
        chat.speech(in: ChatLine(network: "t", speaker: "kari", channel: channel, text: text, nick: coachNick))?.text
    }

    @Test func aLineIsForTheCoachWhenAddressedToTheNickItHasNow() {
        #expect(said("okrcoach: show") == "show")
        #expect(said("  OKRCOACH, show") == "show")
        #expect(said("@okrcoach show") == "show")
        #expect(said("okrcoach_: show") == nil)
        // With its own nick taken, the coach is "okrcoach_": "okrcoach: …" is for whoever has "okrcoach".
        #expect(said("okrcoach_: show", coachNick: "okrcoach_") == "show")
        #expect(said("   @okrcoach_ show", coachNick: "okrcoach_") == "show")
        #expect(said("okrcoach: show", coachNick: "okrcoach_") == nil)
        #expect(said("okrcoach_x: show", coachNick: "okrcoach_") == nil)
        #expect(said("okrcoach_ is great", coachNick: "okrcoach_") == nil)
        // Hostile lines: control characters, nothing after the nick, a nick alone, empty.
        #expect(said("okrcoach:\u{1}\u{7}") == "\u{1}\u{7}")
        #expect(said("okrcoach") == "")
        #expect(said("") == nil)
        #expect(said("\u{0}okrcoach: hi") == nil)
        // A private line needs no address.
        #expect(said("okrcoach: hi", in: nil, coachNick: "okrcoach_") == "okrcoach: hi")
    }

    /// Lines at the times given, from a person with no session: what each got back.
    private func replies(at times: [Double]) -> [[String]] {
        var buckets: [String: InboundLimit.Bucket] = [:]
        return times.map { now in
            let speech = chat.speech(in: ChatLine(network: "t", speaker: "kari", text: "hi"))!
            return chat.handle(
                speech, network: "t", sessions: [:], members: ChannelMembers(), buckets: &buckets, now: now,
                time: Moment(day: Day(year: 2026, month: 11, day: 16), minute: 600)
            )
            .replies.map(\.text)
        }
    }

    @Test func aClockThatGoesBackOrIsNoNumberMintsNoLines() {
        let answered = replies(at: [100, 0, 100, .nan, .infinity, -.infinity, 105, 110.5])
        #expect(!answered[0].isEmpty)
        #expect(answered[1].first?.contains("One message at a time") == true, "\(answered[1])")
        // Back at 100, no time has passed since the last line: still nothing.
        #expect(answered[2...6].allSatisfy { $0.isEmpty }, "\(answered)")
        // Ten seconds after the line at 100, one more line is let through: a wrong clock did not stop it.
        #expect(!answered[7].isEmpty, "\(answered)")
    }

    @Test func theBucketTakesHostileSettingsAndTimes() {
        var bucket = TokenBucket(burst: .nan, interval: .infinity)
        #expect(bucket.burst == 1 && bucket.interval == 1)
        let first = bucket.take(at: .greatestFiniteMagnitude)
        let second = bucket.take(at: .greatestFiniteMagnitude)
        let wait = bucket.wait(at: -.greatestFiniteMagnitude)
        #expect(first && !second && wait == 1)
        var huge = TokenBucket(burst: 1e300, interval: 1e-300)
        #expect(huge.interval == 0.001)
        for now in [0.0, 1, 2] { huge.spend(at: now) }
        #expect(huge.tokens.isFinite && huge.tokens <= 1e300)
        var unlimited = TokenBucket(burst: .infinity, interval: 1)
        var taken = 0
        for _ in 0..<1000 where unlimited.take(at: 0) { taken += 1 }
        #expect(taken == 1000)
    }
}

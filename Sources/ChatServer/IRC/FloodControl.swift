/// Outbound flood control: a token bucket that lets a burst of lines go at once and then
/// one line every interval, so the server never disconnects the bot for flooding.
///
/// Pure: the caller says what time it is (seconds on any steady clock), so tests can run it
/// with a fake clock.
public struct FloodControl: Sendable {
    private let burst: Double
    private let interval: Double
    private var tokens: Double
    private var updated: Double?

    public init(burst: Int, interval: Double) {
        self.burst = Double(max(1, burst))
        self.interval = max(0.001, interval)
        tokens = self.burst
    }

    /// Seconds until a line may go at `now`; 0 when one may go at once.
    public mutating func wait(at now: Double) -> Double {
        refill(at: now)
        return tokens >= 1 ? 0 : (1 - tokens) * interval
    }

    /// Counts a line sent at `now`; a protocol line that could not wait may leave the bucket empty.
    public mutating func spend(at now: Double) {
        refill(at: now)
        tokens = max(0, tokens - 1)
    }

    private mutating func refill(at now: Double) {
        if let updated, now > updated {
            tokens = min(burst, tokens + (now - updated) / interval)
        }
        updated = max(updated ?? now, now)
    }
}

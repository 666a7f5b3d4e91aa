/// A token bucket: at most `burst` tokens, and one more every `interval` seconds. The one rate
/// limit of the chat coach: each person's inbound allowance (`InboundLimit`) and the IRC bot's
/// outbound flood control both count with it.
///
/// Pure: the caller says what time it is, in seconds on any steady clock. A time that goes back,
/// or is not a finite number, adds no tokens and leaves the bucket's time as it was, so a wrong
/// clock can neither refill a bucket nor stop it from refilling.
public struct TokenBucket: Sendable, Equatable {
    public let burst: Double
    public let interval: Double
    public private(set) var tokens: Double
    private var updated: Double?

    /// A full bucket. A burst below 1 is 1 (an infinite one never runs dry); an interval is at least a millisecond.
    public init(burst: Double, interval: Double) {
        self.burst = burst.isNaN ? 1 : max(1, burst)
        self.interval = interval.isFinite ? max(0.001, interval) : 1
        tokens = self.burst
    }

    /// Takes a token at `now` if there is one.
    public mutating func take(at now: Double) -> Bool {
        refill(at: now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Seconds until a token is there at `now`; 0 when there is one.
    public mutating func wait(at now: Double) -> Double {
        refill(at: now)
        return tokens >= 1 ? 0 : (1 - tokens) * interval
    }

    /// Spends a token at `now` whether or not there is one: a line that could not wait. Never below empty.
    public mutating func spend(at now: Double) {
        refill(at: now)
        tokens = max(0, tokens - 1)
    }

    private mutating func refill(at now: Double) {
        guard now.isFinite else { return }
        guard let updated else {
            updated = now
            return
        }
        guard now > updated else { return }
        tokens = min(burst, tokens + (now - updated) / interval)
        self.updated = now
    }
}

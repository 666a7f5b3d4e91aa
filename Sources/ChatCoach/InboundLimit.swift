/// A token bucket per person, so that one person flooding the coach does not slow the rest.
///
/// Each person may send `burst` lines at once and then one every `interval`
/// seconds; lines past that are dropped, with one warning.
public struct InboundLimit: Sendable {
    public var burst: Double
    public var interval: Double

    public init(burst: Int = 5, interval: Double = 1) {
        self.burst = Double(max(1, burst))
        self.interval = max(0.001, interval)
    }

    /// No limit at all: for one trusted client, such as a script on standard input, whose every
    /// line must be answered.
    public static let unlimited = InboundLimit(unlimited: ())

    private init(unlimited: Void) {
        burst = .infinity
        interval = 1
    }

    /// A person's bucket.
    public struct Bucket: Sendable, Equatable {
        var tokens: Double
        var updated: Double
        var warned = false
    }

    /// Takes a token if there is one; says whether to warn when there is none (once until it refills).
    func take(_ bucket: inout Bucket?, now: Double) -> (allowed: Bool, warn: Bool) {
        var current = bucket ?? Bucket(tokens: burst, updated: now)
        current.tokens = min(burst, current.tokens + max(0, now - current.updated) / interval)
        current.updated = now
        defer { bucket = current }
        if current.tokens >= 1 {
            current.tokens -= 1
            current.warned = false
            return (true, false)
        }
        let warn = !current.warned
        current.warned = true
        return (false, warn)
    }
}

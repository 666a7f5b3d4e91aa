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

    /// A person's bucket, and whether they were told to slow down since it last let a line through.
    public struct Bucket: Sendable, Equatable {
        var tokens: TokenBucket
        var warned = false
    }

    /// Takes a token if there is one; says whether to warn when there is none (once until it refills).
    func take(_ bucket: inout Bucket?, now: Double) -> (allowed: Bool, warn: Bool) {
        var current = bucket ?? Bucket(tokens: TokenBucket(burst: burst, interval: interval))
        defer { bucket = current }
        if current.tokens.take(at: now) {
            current.warned = false
            return (true, false)
        }
        let warn = !current.warned
        current.warned = true
        return (false, warn)
    }
}

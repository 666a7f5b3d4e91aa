/// Capped exponential backoff with jitter, for reconnecting without hammering a server that is down.
struct Backoff: Sendable {
    let minimum: Double
    let maximum: Double
    private(set) var attempt = 0

    init(minimum: Double, maximum: Double) {
        self.minimum = max(0.01, minimum)
        self.maximum = max(self.minimum, maximum)
    }

    /// The next wait in seconds: doubling from the minimum up to the maximum, then a random
    /// amount between half of it and all of it, so that many bots do not come back at once.
    mutating func next() -> Double {
        let base = min(maximum, minimum * Double(1 << min(attempt, 20)))
        attempt += 1
        return Double.random(in: (base / 2)...base)
    }

    mutating func reset() {
        attempt = 0
    }
}

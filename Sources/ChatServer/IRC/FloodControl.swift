/// Outbound flood control: a token bucket that lets a burst of lines go at once and then
/// one line every interval, so the server never disconnects the bot for flooding.
actor FloodControl {
    private let burst: Double
    private let interval: Double
    private var tokens: Double
    private var updated = ContinuousClock.now

    init(burst: Int, interval: Double) {
        self.burst = Double(max(1, burst))
        self.interval = max(0.001, interval)
        tokens = self.burst
    }

    /// Waits until a line may be sent, and takes its token.
    func take() async throws {
        while true {
            let now = ContinuousClock.now
            let elapsed = now - updated
            tokens = min(burst, tokens + (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) / interval)
            updated = now
            if tokens >= 1 {
                tokens -= 1
                return
            }
            try await Task.sleep(for: .seconds((1 - tokens) * interval))
        }
    }
}

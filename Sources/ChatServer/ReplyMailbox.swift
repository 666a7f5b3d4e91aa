import NIOCore

/// Where desk lanes leave the answers for the connections of one event loop, so that the answers
/// of one stored batch cross to that loop's thread together: one wake-up and one task for all
/// that arrive before it runs, not one each.
final class ReplyMailbox: Sendable {
    private let loop: any EventLoop
    private let pending = Locked(Pending())

    private struct Pending {
        var deliveries: [@Sendable () -> Void] = []
        /// A task that delivers is queued on the loop and has not started yet.
        var scheduled = false
    }

    init(loop: any EventLoop) {
        self.loop = loop
    }

    /// Runs `delivery` on the loop's thread: at once when called there, else with the others left meanwhile.
    func post(_ delivery: @escaping @Sendable () -> Void) {
        if loop.inEventLoop { return delivery() }
        let schedules = pending.withLock { pending in
            pending.deliveries.append(delivery)
            defer { pending.scheduled = true }
            return !pending.scheduled
        }
        if schedules { loop.execute { self.deliver() } }
    }

    private func deliver() {
        let deliveries = pending.withLock { pending in
            pending.scheduled = false
            defer { pending.deliveries.removeAll(keepingCapacity: true) }
            return pending.deliveries
        }
        for delivery in deliveries { delivery() }
    }
}

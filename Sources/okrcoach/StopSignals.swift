import Foundation

/// SIGTERM and SIGINT, caught rather than ending the process at once, so that a command that
/// serves people (the IRC bot, `serve --listen`) can finish what it is doing before it leaves.
struct StopSignals {
    private let sources: [any DispatchSourceSignal]

    /// Calls `stop` (on a queue of its own) at every SIGTERM or SIGINT, until `cancel()`.
    init(_ stop: @escaping @Sendable () -> Void) {
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
    }
}

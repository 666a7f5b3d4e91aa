import Dispatch
import Foundation

/// The results of work split into slices and done on every core, each slice's kept under a lock
/// until all are done and joined in slice order.
final class SliceResults<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var slices: [[Element]]

    init(count: Int) {
        slices = Array(repeating: [], count: count)
    }

    func store(_ elements: [Element], at slice: Int) {
        lock.lock()
        defer { lock.unlock() }
        slices[slice] = elements
    }

    /// Every slice's results, in slice order.
    func joined() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        return Array(slices.joined())
    }
}

extension SliceResults {
    /// Does `work` over `0..<count` in one slice a core when `everyCore`, else in one slice, and
    /// gives each slice's result in slice order.
    static func perSlice(of count: Int, everyCore: Bool, _ work: @Sendable (Range<Int>) -> Element) -> [Element] {
        guard everyCore else { return [work(0..<count)] }
        let slices = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let results = SliceResults(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            results.store([work((count * slice / slices)..<(count * (slice + 1) / slices))], at: slice)
        }
        return results.joined()
    }
}

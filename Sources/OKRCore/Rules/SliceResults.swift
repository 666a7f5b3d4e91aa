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

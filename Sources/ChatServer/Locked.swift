import Foundation

/// A value that threads share, read and changed only behind its lock (the desk's lanes and
/// its callers; tests that drive the desk from many tasks).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&value) }
    }
}

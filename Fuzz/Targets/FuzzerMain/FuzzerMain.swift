import CFuzzerDriver
import Foundation
import OKRFuzzing

/// Starts libFuzzer's driver on one of `FuzzTargets`.
///
/// SwiftPM gives every executable a `main` of its own, which clashes with the one in libFuzzer's
/// usual runtime; so `Fuzz/run` links the runtime without `main`, and each target's `main` starts
/// the driver here.
public enum FuzzerMain {
    /// The target the driver's callback runs: set once, before the driver starts its one thread of inputs.
    nonisolated(unsafe) private static var target = ""

    public static func run(_ target: String) -> Never {
        Self.target = target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(
            LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
                FuzzTargets.runBlocking(FuzzerMain.target, bytes.map { Data(bytes: $0, count: count) } ?? Data())
                return 0
            })
    }
}

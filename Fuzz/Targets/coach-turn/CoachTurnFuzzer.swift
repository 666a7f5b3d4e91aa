import Foundation
import OKRFuzzing

/// libFuzzer's entry point: one input into one coach turn after another (`FuzzTargets.run("coach-turn", _:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.runBlocking("coach-turn", Data(bytes: bytes, count: count))
    return 0
}

import Foundation
import OKRFuzzing

/// libFuzzer's entry point: one input into the outline reader (`FuzzTargets.run("outline", _:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.runBlocking("outline", Data(bytes: bytes, count: count))
    return 0
}

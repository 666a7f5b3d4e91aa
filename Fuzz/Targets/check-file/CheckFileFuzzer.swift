import Foundation
import OKRFuzzing

/// libFuzzer's entry point: one input into the check file reader (`FuzzTargets.run("check-file", _:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.runBlocking("check-file", Data(bytes: bytes, count: count))
    return 0
}

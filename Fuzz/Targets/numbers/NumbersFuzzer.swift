import Foundation
import OKRFuzzing

/// libFuzzer's entry point: one input into number and date parsing (`FuzzTargets.run("numbers", _:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.runBlocking("numbers", Data(bytes: bytes, count: count))
    return 0
}

import Foundation
import OKRFuzzing

/// libFuzzer's entry point: one input into the chat desk, line by line (`FuzzTargets.run("chat-line", _:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.runBlocking("chat-line", Data(bytes: bytes, count: count))
    return 0
}

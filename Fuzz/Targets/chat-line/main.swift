import CFuzzerDriver
import Foundation
import OKRFuzzing

// libFuzzer feeds each input to the chat desk, line by line (`FuzzTargets.run("chat-line", _:)`). SwiftPM gives every
// executable a `main` of its own, so libFuzzer's driver is started here rather than by its `main`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        FuzzTargets.runBlocking("chat-line", bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    })

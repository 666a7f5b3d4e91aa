import CFuzzerDriver
import Foundation
import OKRFuzzing

// libFuzzer feeds each input to one coach turn after another (`FuzzTargets.run("coach-turn", _:)`). SwiftPM gives every
// executable a `main` of its own, so libFuzzer's driver is started here rather than by its `main`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        FuzzTargets.runBlocking("coach-turn", bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    })

import ArgumentParser
import Foundation
import OKRCore

/// Why a command cannot go on: the one line standard error shows, and the exit status.
///
/// Every failure takes this one path: a command throws it, `OKRCoachCommand.main` prints the
/// line on standard error and exits with the status, and nothing reaches standard output.
/// Status 1 means nothing to work on (no such set), 2 a file or stream that cannot be read or
/// written, as the commands' help says. ArgumentParser wraps what `validate()` throws, so the
/// option checks that run there (`Day.option`, `OptionRange`) print their line and throw `ExitCode(2)`.
struct CommandFailure: Error {
    /// The whole line, starting with what it is about: "okrcoach: …" or "FILE:LINE: …".
    let line: String
    let status: ExitCode

    init(_ line: String, status: ExitCode = ExitCode(2)) {
        self.line = line
        self.status = status
    }

    /// A file or data folder that could not be read: its `FILE:LINE: message` line, status 2.
    init(_ error: InputError) {
        self.init(error.description)
    }

    /// A failure of the system or a library, said in one line: "/etc/passwd/okrcoach: Not a
    /// directory", not Foundation's `Error Domain=NSCocoaErrorDomain Code=512 "(null)" UserInfo={…}`.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let failure as CommandFailure: return failure.line
        case let input as InputError: return input.description
        default: break
        }
        let system = error as NSError
        guard system.domain == NSCocoaErrorDomain || system.domain == NSPOSIXErrorDomain else {
            return String(describing: error)
        }
        let underlying = (system.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        let code = system.domain == NSPOSIXErrorDomain ? system.code : underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
        let text = code.map { String(cString: strerror(Int32($0))) } ?? system.localizedDescription
        guard let path = system.userInfo[NSFilePathErrorKey] as? String ?? (system.userInfo[NSURLErrorKey] as? URL)?.path else {
            return text
        }
        return "\(path): \(text)"
    }
}

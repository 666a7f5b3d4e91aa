import ArgumentParser
import Foundation
import OKRCore

/// Why a command cannot go on: what to say on standard error, and the exit status.
///
/// Every failure takes this one path: an option check (`CheckedCommand.checkOptions`) or a
/// command throws it, `OKRCoachCommand.main` says it in the person's language
/// (`MessageLanguage`) on standard error and exits with the status, and nothing reaches
/// standard output. Status 1 means nothing to work on (no such set), 2 a bad option or a file
/// or stream that cannot be read or written, as the commands' help says.
struct CommandFailure: Error {
    /// What went wrong, with where: `okrcoach`, `okrcoach: --lang`, or a file and its line.
    let error: InputError
    let status: ExitCode

    /// A failure of the command as a whole: "okrcoach: …".
    init(_ key: CLIText, _ values: [String: String] = [:], status: ExitCode = ExitCode(2)) {
        self.init(InputError(source: "okrcoach", key, values), status: status)
    }

    /// An option's value refused: "okrcoach: --date: …".
    init(option: String, _ key: CLIText, _ values: [String: String] = [:]) {
        self.init(InputError(source: "okrcoach: \(option)", key, values))
    }

    /// A file or data folder that could not be read: its `FILE:LINE: message` line.
    init(_ error: InputError, status: ExitCode = ExitCode(2)) {
        self.error = error
        self.status = status
    }

    /// A data file or system failure said by the program: "okrcoach: FILE: …".
    static func program(_ error: any Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: return failure
        case var input as InputError:
            input.source = "okrcoach: \(input.source)"
            return CommandFailure(input)
        default: return CommandFailure(.systemFailure, ["reason": reason(error)])
        }
    }

    /// A failure of the system or a library, said in one line: "/etc/passwd/okrcoach: Not a
    /// directory", not Foundation's `Error Domain=NSCocoaErrorDomain Code=512 "(null)" UserInfo={…}`.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let failure as CommandFailure: return failure.error.description
        case let input as InputError: return input.description
        default: break
        }
        let system = error as NSError
        guard system.domain == NSCocoaErrorDomain || system.domain == NSPOSIXErrorDomain else {
            return String(describing: error)
        }
        let underlying = (system.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        let code =
            system.domain == NSPOSIXErrorDomain
            ? system.code : underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
        let text = code.map { String(cString: strerror(Int32($0))) } ?? system.localizedDescription
        guard
            let path = system.userInfo[NSFilePathErrorKey] as? String ?? (system.userInfo[NSURLErrorKey] as? URL)?.path
        else {
            return text
        }
        return "\(path): \(text)"
    }
}

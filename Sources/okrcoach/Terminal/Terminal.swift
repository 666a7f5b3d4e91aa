import Foundation
import OKRCore

/// What the program knows of the terminal it writes to, and the one way it writes there.
///
/// Everything okrcoach prints on standard output or standard error passes `write` or
/// `printError`: a control character from outside (an answer, a file, a chat line) is shown
/// as a sign (`VisibleText`), so no text can retitle the window, wipe the screen or write the
/// clipboard; okrcoach's own colours stay where colour is on. A failed write to standard
/// output ends the command with status 2, as `okrcoach export > /dev/full` should.
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything.
    static func wantsColour(fileDescriptor: Int32 = STDOUT_FILENO) -> Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColour && isatty(fileDescriptor) == 1
    }

    /// The width of the terminal standard output shows, in columns; nil when it is no terminal
    /// (a pipe or a file, whose lines are never broken) or does not say.
    static func columns(fileDescriptor: Int32 = STDOUT_FILENO) -> Int? {
        guard isatty(fileDescriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static var standardInputIsTerminal: Bool {
        isatty(STDIN_FILENO) == 1
    }

    /// Writes text to standard output as it is, adding no line end.
    ///
    /// - Throws: `CommandFailure` (status 2) when standard output takes it not.
    static func write(_ text: String) throws(CommandFailure) {
        let visible = VisibleText.of(text, keepingStyles: wantsColour())
        if let code = Descriptor.write(Data(visible.utf8), to: STDOUT_FILENO) {
            throw CommandFailure(.standardOutput, ["reason": Descriptor.reason(code)])
        }
    }

    /// Writes bytes to standard output as they are: only for text that holds no control
    /// character but line feeds by construction, such as `JSONWriter`'s, which escapes them all.
    ///
    /// - Throws: `CommandFailure` (status 2) when standard output takes it not.
    static func writeSafe(_ bytes: [UInt8]) throws(CommandFailure) {
        let code = bytes.withUnsafeBytes { Descriptor.write($0, to: STDOUT_FILENO) }
        if let code {
            throw CommandFailure(.standardOutput, ["reason": Descriptor.reason(code)])
        }
    }

    /// Writes a line to standard output.
    static func print(_ line: String) throws(CommandFailure) {
        try write(line + "\n")
    }

    /// Writes a line to standard error; should that fail there is nowhere left to tell.
    static func printError(_ line: String) {
        _ = Descriptor.write(Data((VisibleText.of(line) + "\n").utf8), to: STDERR_FILENO)
    }
}

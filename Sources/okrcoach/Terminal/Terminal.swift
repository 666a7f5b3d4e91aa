import Foundation

/// What the program knows of the terminal it writes to.
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything.
    static func wantsColour(fileDescriptor: Int32 = STDOUT_FILENO) -> Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColour && isatty(fileDescriptor) == 1
    }

    static var standardInputIsTerminal: Bool {
        isatty(STDIN_FILENO) == 1
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import CLineEditing
import CReadline
import Foundation
import OKRCore

/// Where the coach's input lines come from.
protocol LineInput {
    /// The next line, or nil at the end of input (Ctrl-D, or the end of a script).
    mutating func read(prompt: String) -> String?
}

/// A terminal: GNU readline with line editing, history kept in a file, and Tab
/// completion of the slash commands. Ctrl-C clears the line and keeps the session.
struct ReadlineInput: LineInput {
    private let historyPath: String

    init(historyPath: String, completions: [String]) {
        self.historyPath = historyPath
        okr_line_editing_start()
        var words = completions.map { strdup($0) }
        words.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
                okr_line_editing_set_completions(pointers.baseAddress, Int32(pointers.count))
            }
        }
        words.forEach { free($0) }
        let folder = URL(fileURLWithPath: historyPath).deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        read_history(historyPath)
    }

    mutating func read(prompt: String) -> String? {
        guard let pointer = readline(prompt) else { return nil }
        defer { free(pointer) }
        let line = String(cString: pointer)
        remember(line)
        return line
    }

    /// Adds a line to the history and to the history file at once, keeping the last thousand.
    /// A new history file is private (0600): it holds every answer typed.
    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        if !FileManager.default.fileExists(atPath: historyPath) {
            _ = FileManager.default.createFile(
                atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        append_history(1, historyPath)
        history_truncate_file(historyPath, 1000)
    }
}

/// A pipe or a script: plain lines, no prompt, no echo, so the coach can be scripted.
///
/// A line is held up to the longest answer the coach reads and a byte more, so that the coach
/// can say it is too long; `okrcoach < /dev/zero` does not fill the memory.
struct PlainInput: LineInput {
    private var lines = StandardInputLines(maximumLength: InputLimits.maximumLineBytes)

    mutating func read(prompt: String) -> String? {
        lines.next()
    }
}

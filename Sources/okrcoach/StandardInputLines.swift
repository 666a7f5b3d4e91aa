import Foundation

/// The lines of standard input, never holding more than `maximumLength` bytes of one in memory.
///
/// A line ends at "\n", and a "\r" before it is dropped; invalid UTF-8 is decoded with
/// replacement characters. A longer line is read to its newline but only its first
/// `maximumLength + 1` bytes are kept and handed on, enough for the coach or the chat desk to
/// tell the person it was too long: one runaway line (`okrcoach < /dev/zero`) neither fills the
/// memory nor cuts off the lines after it.
struct StandardInputLines: Sequence, IteratorProtocol {
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// The start of the overlong line being skipped, once one is; nil while lines fit.
    private var skipped: ArraySlice<UInt8>?
    private var ended = false

    init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                if let cut = skipped ?? (line.count > maximumLength ? line.prefix(maximumLength + 1) : nil) {
                    skipped = nil
                    return Self.text(cut)
                }
                return Self.text(line)
            }
            buffer.removeSubrange(..<start)
            start = 0
            if buffer.count > maximumLength {
                skipped = skipped ?? buffer.prefix(maximumLength + 1)
                buffer.removeAll()
            }
            if ended {
                defer {
                    buffer.removeAll()
                    skipped = nil
                }
                if let cut = skipped { return Self.text(cut) }
                return buffer.isEmpty ? nil : Self.text(buffer[...])
            }
            if !readChunk() { ended = true }
        }
    }

    /// Appends what standard input has now, up to 64 KiB, waiting only while it has nothing (a person
    /// types one line at a time); false at its end, or on an error, which ends it as well.
    private mutating func readChunk() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
                return true
            }
            if count < 0, errno == EINTR { continue }
            return false
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
    }
}

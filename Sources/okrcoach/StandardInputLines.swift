import Foundation

/// The lines of standard input for `serve --stdio`, each at most `maximumLength` bytes.
///
/// A longer line is skipped whole, up to its newline, as the TCP listener skips one, so
/// one runaway line neither fills the memory nor cuts off the people after it. A line
/// ends at "\n", and a "\r" before it is dropped; invalid UTF-8 is decoded with
/// replacement characters.
struct StandardInputLines: Sequence, IteratorProtocol {
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// True while the rest of an overlong line is being skipped.
    private var skipping = false
    private var ended = false

    init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skipping || line.count > maximumLength {
                    skipping = false
                    continue
                }
                return Self.text(line)
            }
            buffer.removeSubrange(..<start)
            start = 0
            if buffer.count > maximumLength {
                buffer.removeAll()
                skipping = true
            }
            if ended {
                defer { buffer.removeAll() }
                return skipping || buffer.isEmpty ? nil : Self.text(buffer[...])
            }
            // An error reading standard input ends it, as the end of the input does.
            let chunk = (try? FileHandle.standardInput.read(upToCount: 64 * 1024)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer += chunk
            } else {
                ended = true
            }
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
    }
}

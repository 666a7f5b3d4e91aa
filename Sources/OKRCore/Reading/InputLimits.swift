/// The most okrcoach reads from one file, so that no input can take all memory or minutes of time.
///
/// A set of OKRs with a year of weekly check-ins is some 100 KB in YAML, with lines under
/// 200 bytes and about 15,000 YAML values; the limits leave room for ten times that.
public enum InputLimits {
    /// The largest file, or standard input, read as a set: 1 MiB.
    public static let maximumBytes = 1024 * 1024
    /// The longest line in such a file, in bytes: 16 KiB, as long as a line on the chat's line protocol.
    public static let maximumLineBytes = 16 * 1024
    /// The most YAML values (scalars, lists and mappings, aliases expanded) in one file.
    public static let maximumYAMLNodes = 100_000

    /// The error for input larger than `maximumBytes`.
    public static func tooLarge(_ source: String) -> InputError {
        InputError(source: source, .fileTooLarge, ["bytes": "\(maximumBytes)"])
    }

    /// Refuses text larger than `maximumBytes` or with a line longer than `maximumLineBytes`, naming the line.
    public static func check(_ text: String, source: String) throws(InputError) {
        guard text.utf8.count <= maximumBytes else { throw tooLarge(source) }
        var line = 1
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                length = 0
                continue
            }
            length += 1
            if length > maximumLineBytes {
                throw InputError(source: source, line: line, .lineTooLong, ["bytes": "\(maximumLineBytes)"])
            }
        }
    }
}

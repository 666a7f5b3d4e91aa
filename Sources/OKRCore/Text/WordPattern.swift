/// Expands the word-list notation of locale files.
///
/// `launch{,es,ed}` lists endings (launch, launches, launched); several brace
/// groups multiply. Text outside braces is kept as written.
enum WordPattern {
    /// Every form a pattern stands for, lower-cased.
    static func expand(_ pattern: String) -> [String] {
        expandLowercased(pattern.lowercased())
    }

    private static func expandLowercased(_ pattern: String) -> [String] {
        // Braces and commas are ASCII: the pattern is split in its UTF-8 bytes.
        let utf8 = Array(pattern.utf8)
        guard let open = utf8.firstIndex(of: UInt8(ascii: "{")),
            let close = utf8[open...].firstIndex(of: UInt8(ascii: "}"))
        else { return [pattern] }
        let head = utf8[..<open]
        let tail = utf8[(close + 1)...]
        let options = utf8[(open + 1)..<close].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        return options.flatMap { option in expandLowercased(String(decoding: head + option + tail, as: UTF8.self)) }
    }
}

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
        // Most entries are one plain word: no brace to look for character by character.
        guard pattern.utf8.contains(UInt8(ascii: "{")) else { return [pattern] }
        guard let open = pattern.firstIndex(of: "{"),
            let close = pattern[open...].firstIndex(of: "}")
        else { return [pattern] }
        let head = pattern[..<open]
        let tail = String(pattern[pattern.index(after: close)...])
        let options = pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
        return options.flatMap { option in expandLowercased(head + option + tail) }
    }
}

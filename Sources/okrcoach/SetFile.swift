import OKRCore

/// A set read from a file or standard input, as `okrcoach check` and `okrcoach import` read one.
///
/// A name ending in `.yaml`/`.yml` or `.md`/`.txt` picks the reader; `-` (standard
/// input) and other names are recognised by their content.
enum SetFile {
    /// - Parameters:
    ///   - file: a path, or `-` for standard input.
    ///   - retroTopics: the retrospective flow's questions, the topics a retro note may have.
    /// - Throws: `InputError` naming the file and, where known, the line.
    static func read(_ file: String, languages: Languages, retroTopics: [String]) throws(InputError) -> ReadResult {
        if file == "-" {
            let text = try InputFile.readStandardInput()
            return try SetReader.read(
                text, source: InputFile.standardInputName, format: nil, languages: languages, retroTopics: retroTopics)
        }
        let text = try InputFile.read(path: file)
        return try SetReader.read(
            text, source: file, format: SetReader.Format(fileName: file), languages: languages, retroTopics: retroTopics
        )
    }

    /// The name a file goes by in messages: `<stdin>` for `-`.
    static func displayName(_ file: String) -> String {
        file == "-" ? InputFile.standardInputName : file
    }

    /// Prints what the reading ignored (unknown keys) to standard error, one `FILE:LINE: warning:` line each.
    static func printWarnings(_ result: ReadResult, _ messages: MessageLanguage) {
        for warning in result.warnings {
            Terminal.printError(messages.warning(warning))
        }
    }
}

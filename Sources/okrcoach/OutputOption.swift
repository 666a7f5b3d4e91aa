import ArgumentParser
import Foundation

/// `--output`: the file `export` and `report` write to instead of standard output, and the form
/// its extension names (`.md` and `.markdown` Markdown, `.json` JSON), for a command without `--format`.
struct OutputOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Write to a file instead of standard output; a new file is private (0600), an existing one keeps its mode and links.",
            valueName: "file"))
    var output: String?

    /// The forms a file's extension can name.
    enum FileFormat {
        case markdown
        case json
    }

    /// The form the file's extension names; nil without `--output` or for another extension.
    var fileFormat: FileFormat? {
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "md", "markdown": .markdown
        case "json": .json
        default: nil
        }
    }

    /// Writes `text` to the file, or to standard output without one.
    func write(_ text: String) throws(CommandFailure) {
        try OutputFile.write(text, toOutput: output)
    }
}

import Foundation

/// The form an `--output` file's extension names, for the commands that write one: `.md` and
/// `.markdown` are Markdown, `.json` JSON; anything else leaves the choice to the command.
enum FileFormat {
    case markdown
    case json

    init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "json": self = .json
        default: return nil
        }
    }
}

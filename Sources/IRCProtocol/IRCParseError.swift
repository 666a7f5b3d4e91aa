/// Why a line is not an IRC message.
public enum IRCParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line holds nothing but spaces, or nothing at all.
    case emptyLine
    /// NUL, or CR or LF other than the line ending, is inside the line.
    case forbiddenCharacter
    /// The line starts with `@` but no tags follow it.
    case missingTags
    /// A tag has no name, as in `@=x`, `@a;;b` or `@a;`.
    case emptyTagKey
    /// The line has a `:` where the source belongs but no source after it.
    case missingSource
    /// The line ends before its command.
    case missingCommand
    /// The command is neither letters nor a three-digit numeric.
    case invalidCommand(String)

    public var description: String {
        switch self {
        case .emptyLine: "empty line"
        case .forbiddenCharacter: "NUL, CR or LF inside the line"
        case .missingTags: "'@' without tags"
        case .emptyTagKey: "a tag without a name"
        case .missingSource: "':' without a source"
        case .missingCommand: "no command"
        case .invalidCommand(let command): "invalid command '\(command)'"
        }
    }
}

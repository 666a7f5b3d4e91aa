/// Indentation that survives chat: a set exported in chat is indented with no-break spaces
/// (U+00A0), which chat clients and relays keep where they drop or squeeze plain spaces at the
/// start of a line, and the set readers take them back as spaces, so a copy saved from chat
/// reads back as the same set with `okrcoach check` and `okrcoach import`.
public enum ChatIndentation {
    /// The no-break space that stands for a space of indentation.
    public static let space: Character = "\u{00A0}"

    /// The text with the spaces that begin each line written as no-break spaces.
    public static func forChat(_ text: String) -> String {
        mapIndentation(text, from: " ", to: space)
    }

    /// The text with the no-break spaces that begin each line (and any spaces among them) read as spaces;
    /// a no-break space after the first other character of a line stays as it is.
    public static func restored(_ text: String) -> String {
        // Its UTF-8 (C2 A0) is looked for first: most texts hold none, and need no reading by characters.
        guard text.utf8Contains([0xC2, 0xA0]), text.contains(space) else { return text }
        return mapIndentation(text, from: space, to: " ")
    }

    private static func mapIndentation(_ text: String, from: Character, to: Character) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atStart = true
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                atStart = true
                result.append(character)
            } else if atStart, character == from || character == " " || character == space {
                result.append(character == from ? to : character)
            } else {
                atStart = false
                result.append(character)
            }
        }
        return result
    }
}

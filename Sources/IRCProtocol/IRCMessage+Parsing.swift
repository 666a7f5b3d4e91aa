extension IRCMessage {
    /// Reads one line from a server or a client.
    ///
    /// A trailing `"\r\n"`, `"\n"` or `"\r"` is dropped. Atoms may be separated by more than one
    /// space, as RFC 1459 allows. A tag written twice keeps its first place and its last value.
    ///
    /// - Parameter line: One line, with or without its line ending.
    /// - Returns: The message.
    /// - Throws: ``IRCParseError`` when the line is empty, holds NUL, CR or LF inside, has an
    ///   `@` or `:` with nothing after it, a tag without a name, or no valid command.
    public static func parse(_ line: String) throws(IRCParseError) -> IRCMessage {
        var reader = AtomReader(line)
        if reader.containsForbiddenByte { throw .forbiddenCharacter }
        reader.skipSpaces()
        if reader.isAtEnd { throw .emptyLine }

        var tags: [IRCTag] = []
        if reader.peek == ASCII.at {
            let atom = reader.nextAtom().dropFirst()
            if atom.isEmpty { throw .missingTags }
            tags = try parseTags(atom)
            reader.skipSpaces()
        }

        var source: IRCSource?
        if reader.peek == ASCII.colon {
            let atom = reader.nextAtom().dropFirst()
            if atom.isEmpty { throw .missingSource }
            source = IRCSource(bytes: atom)
            reader.skipSpaces()
        }

        let commandBytes = reader.nextAtom()
        if commandBytes.isEmpty { throw .missingCommand }
        let command = String(decoding: commandBytes, as: UTF8.self)
        if !isValidCommand(commandBytes) { throw .invalidCommand(command) }

        var params: [String] = []
        while true {
            reader.skipSpaces()
            if reader.isAtEnd { break }
            if reader.peek == ASCII.colon {
                params.append(String(decoding: reader.rest.dropFirst(), as: UTF8.self))
                break
            }
            params.append(String(decoding: reader.nextAtom(), as: UTF8.self))
        }
        return IRCMessage(command: command, params: params, source: source, tags: tags)
    }

    /// Reads `key=value;key;…`, the tags after the `@`.
    private static func parseTags(_ text: ArraySlice<UInt8>) throws(IRCParseError) -> [IRCTag] {
        var tags: [IRCTag] = []
        var start = text.startIndex
        while start <= text.endIndex {
            var end = start
            var equals: Int?
            while end < text.endIndex, text[end] != ASCII.semicolon {
                if equals == nil, text[end] == ASCII.equals { equals = end }
                end += 1
            }
            let keyEnd = equals ?? end
            if keyEnd == start { throw .emptyTagKey }
            let tag = IRCTag(
                key: String(decoding: text[start..<keyEnd], as: UTF8.self),
                value: equals.map { IRCTagValue.unescaped(text[($0 + 1)..<end]) } ?? ""
            )
            if let index = tags.firstIndex(where: { $0.key == tag.key }) {
                tags[index].value = tag.value
            } else {
                tags.append(tag)
            }
            start = end + 1
        }
        return tags
    }

    /// Letters, or exactly three digits.
    private static func isValidCommand(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy(ASCII.isLetter) || (bytes.count == 3 && bytes.allSatisfy(ASCII.isDigit))
    }
}

/// Walks a line's bytes atom by atom, the line ending left out.
private struct AtomReader {
    private let bytes: [UInt8]
    private let end: Int
    private var position = 0

    init(_ line: String) {
        bytes = Array(line.utf8)
        var end = bytes.count
        if end > 0, bytes[end - 1] == ASCII.lineFeed { end -= 1 }
        if end > 0, bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        self.end = end
    }

    var containsForbiddenByte: Bool {
        var index = 0
        while index < end {
            if ASCII.isForbidden(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    var isAtEnd: Bool { position == end }
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }
    var rest: ArraySlice<UInt8> { bytes[position..<end] }

    mutating func skipSpaces() {
        while position < end, bytes[position] == ASCII.space { position += 1 }
    }

    /// The bytes up to the next space or the end of the line.
    mutating func nextAtom() -> ArraySlice<UInt8> {
        let start = position
        while position < end, bytes[position] != ASCII.space { position += 1 }
        return bytes[start..<position]
    }
}

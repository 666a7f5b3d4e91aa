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
        var line = line
        return try line.withUTF8 { parse(LineReader($0)) }.get()
    }

    /// The parser proper. It returns its error rather than throwing it, so that a line costs
    /// one `throw` at most, in ``parse(_:)``.
    private static func parse(_ reader: LineReader) -> Result<IRCMessage, IRCParseError> {
        var reader = reader
        if reader.containsForbiddenByte { return .failure(.forbiddenCharacter) }
        reader.skipSpaces()
        if reader.isAtEnd { return .failure(.emptyLine) }

        var tags: [IRCTag] = []
        if reader.peek == ASCII.at {
            let atom = reader.nextAtom(afterSigil: true)
            if atom.isEmpty { return .failure(.missingTags) }
            guard let parsed = parseTags(atom, of: reader) else { return .failure(.emptyTagKey) }
            tags = parsed
            reader.skipSpaces()
        }

        var source: IRCSource?
        if reader.peek == ASCII.colon {
            let atom = reader.nextAtom(afterSigil: true)
            if atom.isEmpty { return .failure(.missingSource) }
            source = IRCSource(bytes: reader.bytes(atom))
            reader.skipSpaces()
        }

        let commandAtom = reader.nextAtom()
        if commandAtom.isEmpty { return .failure(.missingCommand) }
        let command = reader.string(commandAtom)
        if !isValidCommand(reader.bytes(commandAtom)) { return .failure(.invalidCommand(command)) }

        var params: [String] = []
        while true {
            reader.skipSpaces()
            if reader.isAtEnd { break }
            if reader.peek == ASCII.colon {
                params.append(reader.string(reader.restAfterColon))
                break
            }
            params.append(reader.string(reader.nextAtom()))
        }
        return .success(IRCMessage(command: command, params: params, source: source, tags: tags))
    }

    /// Reads `key=value;key;…`, the tags after the `@`; `nil` when a tag has no name.
    private static func parseTags(_ atom: Range<Int>, of reader: LineReader) -> [IRCTag]? {
        var tags: [IRCTag] = []
        var start = atom.lowerBound
        while start <= atom.upperBound {
            var end = start
            var equals: Int?
            while end < atom.upperBound, reader[end] != ASCII.semicolon {
                if equals == nil, reader[end] == ASCII.equals { equals = end }
                end += 1
            }
            let keyEnd = equals ?? end
            if keyEnd == start { return nil }
            var tag = IRCTag(key: reader.string(start..<keyEnd))
            if let equals { tag.value = IRCTagValue.unescaped(reader.bytes((equals + 1)..<end)) }
            var index = 0
            while index < tags.count, tags[index].key != tag.key { index += 1 }
            if index < tags.count {
                tags[index].value = tag.value
            } else {
                tags.append(tag)
            }
            start = end + 1
        }
        return tags
    }

    /// Letters, or exactly three digits.
    private static func isValidCommand(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(ASCII.isLetter) || (bytes.count == 3 && bytes.allSatisfy(ASCII.isDigit))
    }
}

/// Walks a line's bytes atom by atom, the line ending left out; atoms are ranges of offsets.
private struct LineReader {
    private let line: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var end = bytes.count
        if end > 0, bytes[end - 1] == ASCII.lineFeed { end -= 1 }
        if end > 0, bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        line = UnsafeBufferPointer(rebasing: bytes[..<end])
    }

    subscript(offset: Int) -> UInt8 { line[offset] }

    var containsForbiddenByte: Bool { ASCII.containsForbidden(in: line) }
    var isAtEnd: Bool { position == line.count }
    var peek: UInt8? { isAtEnd ? nil : line[position] }
    /// The rest of the line after the `:` at the reader's position.
    var restAfterColon: Range<Int> { (position + 1)..<line.count }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[range])
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes(range), as: UTF8.self)
    }

    mutating func skipSpaces() {
        while position < line.count, line[position] == ASCII.space { position += 1 }
    }

    /// The offsets up to the next space or the end of the line.
    ///
    /// - Parameter afterSigil: Whether to leave out the atom's first byte, its `@` or `:`.
    mutating func nextAtom(afterSigil: Bool = false) -> Range<Int> {
        let start = afterSigil ? position + 1 : position
        while position < line.count, line[position] != ASCII.space { position += 1 }
        return start..<position
    }
}

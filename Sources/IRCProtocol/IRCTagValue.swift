/// The IRCv3 escaping of tag values: `;` is `\:`, a space `\s`, `\` `\\`, CR `\r` and LF `\n`.
enum IRCTagValue {
    /// Reads an escaped value one character at a time, so that `\\n` stays a backslash and an `n`.
    ///
    /// A backslash before any other character is dropped, and so is a lone backslash at the end.
    static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == ASCII.backslash else {
                result.append(byte)
                continue
            }
            guard index < bytes.count else { break }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case ASCII.colon: result.append(ASCII.semicolon)
            case ASCII.lowercaseS: result.append(ASCII.space)
            case ASCII.lowercaseR: result.append(ASCII.carriageReturn)
            case ASCII.lowercaseN: result.append(ASCII.lineFeed)
            default: result.append(escaped)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Escapes a value for the wire; NUL, which has no escape, is dropped.
    static func escaped(_ value: String) -> String {
        guard ASCII.containsByte(in: value, where: needsEscaping) else { return value }
        var result: [UInt8] = []
        result.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            switch byte {
            case ASCII.semicolon: result += [ASCII.backslash, ASCII.colon]
            case ASCII.space: result += [ASCII.backslash, ASCII.lowercaseS]
            case ASCII.backslash: result += [ASCII.backslash, ASCII.backslash]
            case ASCII.carriageReturn: result += [ASCII.backslash, ASCII.lowercaseR]
            case ASCII.lineFeed: result += [ASCII.backslash, ASCII.lowercaseN]
            case ASCII.nul: break
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.semicolon, ASCII.space, ASCII.backslash, ASCII.carriageReturn, ASCII.lineFeed, ASCII.nul:
            true
        default:
            false
        }
    }
}

/// The bytes the IRC grammar is made of, and plain loops over a text's bytes.
///
/// The loops index the bytes one by one rather than call `contains(where:)`: in a debug build
/// the generic algorithms are about ten times slower, and the fuzz test runs millions of lines.
enum ASCII {
    static let nul: UInt8 = 0x00
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamationMark: UInt8 = 0x21
    static let fullStop: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let at: UInt8 = 0x40
    static let backslash: UInt8 = 0x5C
    static let lowercaseN: UInt8 = 0x6E
    static let lowercaseR: UInt8 = 0x72
    static let lowercaseS: UInt8 = 0x73

    /// NUL, CR and LF: the bytes that may never appear inside an IRC line.
    static func isForbidden(_ byte: UInt8) -> Bool {
        byte == nul || byte == lineFeed || byte == carriageReturn
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    /// Whether the text's UTF-8 holds `byte`.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { contains(byte, in: $0) }
    }

    /// Whether `bytes` holds `byte`.
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == byte { return true }
            index += 1
        }
        return false
    }

    /// Whether the text's UTF-8 holds NUL, CR or LF.
    static func containsForbidden(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsForbidden(in: $0) }
    }

    /// Whether `bytes` holds NUL, CR or LF.
    static func containsForbidden(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == nul || byte == lineFeed || byte == carriageReturn { return true }
            index += 1
        }
        return false
    }

    /// Whether any of the text's UTF-8 bytes satisfies `predicate`.
    static func containsByte(in text: String, where predicate: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if predicate(bytes[index]) { return true }
                index += 1
            }
            return false
        }
    }

    /// The text's UTF-8 bytes without those that satisfy `predicate`.
    static func bytes(of text: String, removing predicate: (UInt8) -> Bool) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if !predicate(bytes[index]) { kept.append(bytes[index]) }
                index += 1
            }
            return kept
        }
    }
}

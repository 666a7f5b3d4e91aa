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

    /// Whether any of the text's UTF-8 bytes satisfies `predicate`.
    static func containsByte(in text: String, where predicate: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { containsByte(in: $0, where: predicate) }
    }

    /// Whether any byte of `bytes` satisfies `predicate`.
    static func containsByte(in bytes: UnsafeBufferPointer<UInt8>, where predicate: (UInt8) -> Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            if predicate(bytes[index]) { return true }
            index += 1
        }
        return false
    }
}

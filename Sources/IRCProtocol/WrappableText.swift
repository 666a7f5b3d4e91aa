/// Text cut into the pieces a line may break between, with the bytes of each piece.
///
/// A piece is a grapheme cluster, so an emoji with its modifiers or a letter with its
/// combining accents stays whole. Only a cluster longer than `maxPieceBytes`, which no line
/// could hold, is cut, and then between its Unicode scalars, never inside one.
///
/// Between two ASCII bytes there is always a cluster boundary (but inside CR LF, which ends a
/// line either way), so ASCII text is cut byte by byte and only the stretches around other
/// characters go through Swift's grapheme breaking.
struct WrappableText {
    private enum Kind {
        case word, space, newline
    }

    private let bytes: [UInt8]
    /// Piece `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]
    private let kinds: [Kind]

    /// - Parameters:
    ///   - text: The text; NUL is dropped, and every kind of line break (CR, LF, CR LF…)
    ///     ends a line.
    ///   - maxPieceBytes: The longest piece; at least 4, the longest UTF-8 sequence.
    init(_ text: String, maxPieceBytes: Int) {
        var bytes = Array(text.utf8)
        if ASCII.containsByte(in: text, where: { $0 == ASCII.nul }) {
            bytes.removeAll { $0 == ASCII.nul }
        }
        var starts = [0]
        var kinds: [Kind] = []
        starts.reserveCapacity(bytes.count + 1)
        kinds.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { bytes in
            var position = 0
            while position < bytes.count {
                if bytes[position] < 0x80, position + 1 == bytes.count || bytes[position + 1] < 0x80 {
                    kinds.append(Self.kind(ofASCII: bytes[position]))
                    position += 1
                    starts.append(position)
                } else {
                    position = Self.cutClusters(of: bytes, from: position, maxPieceBytes: maxPieceBytes, &starts, &kinds)
                }
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.kinds = kinds
    }

    /// Whether any piece from `piece` on is more than space and line breaks.
    func hasWords(from piece: Int) -> Bool {
        firstWord(from: piece) != nil
    }

    /// The next line from `piece` on: as many pieces as fit in `budget` bytes, broken after
    /// the last whole word when the rest does not fit, or else after the last piece that fits.
    ///
    /// Space and line breaks before the line are skipped, and space at its end is dropped.
    ///
    /// - Returns: The line's text and the piece to go on from, or `nil` when nothing but
    ///   space is left. The text is empty when the first piece alone exceeds `budget`.
    func line(from piece: Int, budget: Int) -> (text: String, next: Int)? {
        guard let start = firstWord(from: piece) else { return nil }
        var end = start
        var lastBreak: Int?
        while end < kinds.count, kinds[end] != .newline {
            if starts[end + 1] - starts[start] > budget {
                let cut = lastBreak ?? end
                return (text(start..<cut), cut)
            }
            if kinds[end] == .space, kinds[end - 1] == .word { lastBreak = end }
            end += 1
        }
        var trimmed = end
        while kinds[trimmed - 1] == .space { trimmed -= 1 }
        return (text(start..<trimmed), end)
    }

    /// The text from the first word at or after `piece`, or `nil` if there is none.
    func rest(from piece: Int) -> String? {
        guard let start = firstWord(from: piece) else { return nil }
        return String(decoding: bytes[starts[start]...], as: UTF8.self)
    }

    private func firstWord(from piece: Int) -> Int? {
        var index = piece
        while index < kinds.count {
            if kinds[index] == .word { return index }
            index += 1
        }
        return nil
    }

    private func text(_ pieces: Range<Int>) -> String {
        String(decoding: bytes[starts[pieces.lowerBound]..<starts[pieces.upperBound]], as: UTF8.self)
    }

    /// Cuts the stretch from `start` to the next pair of ASCII bytes into clusters.
    ///
    /// - Returns: Where the stretch ends.
    private static func cutClusters(
        of bytes: UnsafeBufferPointer<UInt8>, from start: Int, maxPieceBytes: Int,
        _ starts: inout [Int], _ kinds: inout [Kind]
    ) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end - 1] >= 0x80 || bytes[end] >= 0x80 { end += 1 }
        var position = start
        for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) {
            let kind = kind(of: character)
            if character.utf8.count > maxPieceBytes {
                var pieceStart = position
                for scalar in character.unicodeScalars {
                    if position + UTF8.width(scalar) - pieceStart > maxPieceBytes {
                        starts.append(position)
                        kinds.append(kind)
                        pieceStart = position
                    }
                    position += UTF8.width(scalar)
                }
            } else {
                position += character.utf8.count
            }
            starts.append(position)
            kinds.append(kind)
        }
        return end
    }

    /// Tab and space are space; LF, VT, FF and CR break the line, as `Character.isNewline` says.
    private static func kind(ofASCII byte: UInt8) -> Kind {
        switch byte {
        case ASCII.tab, ASCII.space: .space
        case ASCII.lineFeed...ASCII.carriageReturn: .newline
        default: .word
        }
    }

    /// A line break, white space a line may break at, or part of a word. No-break spaces
    /// belong to their word, and so does a space that carries a combining mark, which would be
    /// lost with the space.
    private static func kind(of character: Character) -> Kind {
        if character.isNewline { return .newline }
        guard let scalar = character.unicodeScalars.first, character.utf8.count == UTF8.width(scalar) else { return .word }
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F: return .word
        default: return scalar.properties.isWhitespace ? .space : .word
        }
    }
}

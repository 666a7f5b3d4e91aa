/// Text cut into the pieces a line may break between, with the bytes of each piece.
///
/// A piece is a grapheme cluster, so an emoji with its modifiers or a letter with its
/// combining accents stays whole, or a run of ASCII bytes of one kind. Between two ASCII bytes
/// there is always a cluster boundary (but inside CR LF, which ends a line either way), so a
/// run may be cut anywhere, and only the stretches around other characters go through Swift's
/// grapheme breaking. Tab and space are space; LF, VT, FF and CR break the line, as
/// `Character.isNewline` says. A cluster longer than `maxPieceBytes`, which no line could
/// hold, is cut between its Unicode scalars, never inside one.
///
/// The text is cut as lines ask for it, so sending the first lines of a long reply does not
/// cut all of it.
struct WrappableText {
    private enum Kind {
        case word, space, newline
    }

    private struct Piece {
        var start: Int
        var end: Int
        var kind: Kind
        /// Whether the piece is a run of ASCII bytes, which may be cut anywhere.
        var isASCII: Bool
    }

    private let bytes: [UInt8]
    private let maxPieceBytes: Int
    private var pieces: [Piece] = []
    /// Where the pieces cut so far end.
    private var cutUpTo = 0

    /// - Parameters:
    ///   - text: The text; NUL is dropped, and every kind of line break (CR, LF, CR LF…)
    ///     ends a line.
    ///   - maxPieceBytes: The longest cluster; at least 4, the longest UTF-8 sequence.
    init(_ text: String, maxPieceBytes: Int) {
        bytes = ASCII.contains(ASCII.nul, in: text) ? ASCII.bytes(of: text) { $0 == ASCII.nul } : Array(text.utf8)
        self.maxPieceBytes = maxPieceBytes
    }

    /// Whether any piece from `piece` on is more than space and line breaks.
    mutating func hasWords(from piece: Int) -> Bool {
        firstWord(from: piece) != nil
    }

    /// The next line from `piece` on: as many pieces as fit in `budget` bytes, broken after
    /// the last whole word when the rest does not fit, or else after the last cluster that fits.
    ///
    /// Line breaks before the line are skipped, and so is space where a long line was cut; the
    /// space that begins a line of the text (an indent) stays. Space at its end is dropped.
    ///
    /// - Returns: The line's text and the piece to go on from, or `nil` when nothing but
    ///   space is left. The text is empty when the first cluster alone exceeds `budget`.
    mutating func line(from piece: Int, budget: Int) -> (text: String, next: Int)? {
        guard let first = lineStart(from: piece) else { return nil }
        let start = pieces[first].start
        var end = first
        var lastBreak: Int?
        while hasPiece(end), pieces[end].kind != .newline {
            if pieces[end].end - start > budget {
                let overflowing = pieces[end]
                if lastBreak == nil, overflowing.kind == .word, overflowing.isASCII, overflowing.start < start + budget
                {
                    split(end, at: start + budget)
                    end += 1
                }
                let cut = lastBreak ?? end
                return (text(first..<cut), cut)
            }
            if pieces[end].kind == .space, end > first, pieces[end - 1].kind == .word { lastBreak = end }
            end += 1
        }
        var trimmed = end
        while pieces[trimmed - 1].kind == .space { trimmed -= 1 }
        return (text(first..<trimmed), end)
    }

    /// The text from the first word at or after `piece`, or `nil` if there is none.
    mutating func rest(from piece: Int) -> String? {
        guard let first = lineStart(from: piece) else { return nil }
        return String(decoding: bytes[pieces[first].start...], as: UTF8.self)
    }

    /// Where the next line begins: at its first word, or at the indent before it when that word
    /// begins a line of the text; `nil` when nothing but space is left.
    private mutating func lineStart(from piece: Int) -> Int? {
        guard let word = firstWord(from: piece) else { return nil }
        var start = word
        while start > piece, pieces[start - 1].kind == .space { start -= 1 }
        return start == 0 || pieces[start - 1].kind == .newline ? start : word
    }

    private mutating func firstWord(from piece: Int) -> Int? {
        var index = piece
        while hasPiece(index) {
            if pieces[index].kind == .word { return index }
            index += 1
        }
        return nil
    }

    private func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[pieces[range.lowerBound].start..<pieces[range.upperBound - 1].end], as: UTF8.self)
    }

    /// Cuts a run of ASCII bytes in two at `offset`.
    private mutating func split(_ index: Int, at offset: Int) {
        var tail = pieces[index]
        tail.start = offset
        pieces[index].end = offset
        pieces.insert(tail, at: index + 1)
    }

    /// Whether the text has piece `index`, cutting more of it as needed.
    private mutating func hasPiece(_ index: Int) -> Bool {
        while index >= pieces.count, cutUpTo < bytes.count { cutMore() }
        return index < pieces.count
    }

    /// Cuts at least the next 256 bytes into pieces, or the rest of the text.
    private mutating func cutMore() {
        let bytes = bytes
        let maxPieceBytes = maxPieceBytes
        var position = cutUpTo
        let goal = position + 256
        bytes.withUnsafeBufferPointer { bytes in
            while position < bytes.count, position < goal {
                if let kind = Self.asciiKind(bytes, position) {
                    let start = position
                    position += 1
                    while position < bytes.count, Self.asciiKind(bytes, position) == kind { position += 1 }
                    pieces.append(Piece(start: start, end: position, kind: kind, isASCII: true))
                } else {
                    position = Self.cutClusters(of: bytes, from: position, maxPieceBytes: maxPieceBytes, into: &pieces)
                }
            }
        }
        cutUpTo = position
    }

    /// The kind of the ASCII byte at `position`, or `nil` unless the byte is ASCII and so is
    /// the next one, if any: only then is the byte a cluster of its own.
    private static func asciiKind(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Kind? {
        let byte = bytes[position]
        guard byte < 0x80, position + 1 == bytes.count || bytes[position + 1] < 0x80 else { return nil }
        switch byte {
        case ASCII.tab, ASCII.space: return .space
        case ASCII.lineFeed...ASCII.carriageReturn: return .newline
        default: return .word
        }
    }

    /// Cuts the stretch from `start` to the next pair of ASCII bytes into clusters.
    ///
    /// - Returns: Where the stretch ends.
    private static func cutClusters(
        of bytes: UnsafeBufferPointer<UInt8>, from start: Int, maxPieceBytes: Int, into pieces: inout [Piece]
    ) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end - 1] >= 0x80 || bytes[end] >= 0x80 { end += 1 }
        var position = start
        for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) {
            let kind = kind(of: character)
            var pieceStart = position
            if character.utf8.count > maxPieceBytes {
                for scalar in character.unicodeScalars {
                    if position + UTF8.width(scalar) - pieceStart > maxPieceBytes {
                        pieces.append(Piece(start: pieceStart, end: position, kind: kind, isASCII: false))
                        pieceStart = position
                    }
                    position += UTF8.width(scalar)
                }
            } else {
                position += character.utf8.count
            }
            pieces.append(Piece(start: pieceStart, end: position, kind: kind, isASCII: false))
        }
        return end
    }

    /// A line break, white space a line may break at, or part of a word. No-break spaces
    /// belong to their word, and so does a space that carries a combining mark, which would be
    /// lost with the space.
    private static func kind(of character: Character) -> Kind {
        if character.isNewline { return .newline }
        guard let scalar = character.unicodeScalars.first, character.utf8.count == UTF8.width(scalar) else {
            return .word
        }
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F: return .word
        default: return scalar.properties.isWhitespace ? .space : .word
        }
    }
}

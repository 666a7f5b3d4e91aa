/// Splits a text into tokens in one pass, reading numbers the way a language writes them.
///
/// Words split at spaces, hyphens, apostrophes and punctuation. A number takes
/// its language's thousands separators ("1,850", "1 850", "50.000") and decimal
/// mark ("4.5", "4,5"); digits shaped like a date ("31.03.2027", "2027-03-31",
/// "1/4") become one date token.
public struct Tokenizer: Sendable, Equatable {
    private let decimal: Unicode.Scalar
    private let grouping: Set<Unicode.Scalar>

    public init(format: NumberFormat) {
        decimal = format.decimal.unicodeScalars.first ?? "."
        var grouping = Set(format.grouping.compactMap(\.unicodeScalars.first))
        // No-break and narrow no-break spaces separate thousands in every language that uses spaces.
        if grouping.contains(" ") {
            grouping.formUnion(["\u{00A0}", "\u{202F}"])
        }
        self.grouping = grouping
    }

    /// The tokens of a text, lower-cased.
    public func tokens(_ text: String) -> [Token] {
        tokens(lowercased: text.lowercasedScalars)
    }

    /// The tokens of a text already lower-cased.
    func tokens(lowercased scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var spaceBefore = false
        while index < scalars.count {
            let scalar = scalars[index]
            let count = tokens.count
            let start = index
            defer {
                if tokens.count > count {
                    tokens[count].spaceBefore = spaceBefore
                    tokens[count].range = start..<index
                    spaceBefore = false
                }
            }
            if scalar.isSpace {
                index += 1
                spaceBefore = true
            } else if isSign(scalars, at: index) {
                // "-5": the sign is part of the number, as a person means it.
                index = number(in: scalars, at: index + 1, into: &tokens)
                tokens[count].text = String(scalar) + tokens[count].text
                tokens[count].value = tokens[count].value.map { -$0 }
                tokens[count].isYearShaped = false
            } else if scalar.isDigit {
                if let (date, end) = date(in: scalars, at: index) {
                    tokens.append(date)
                    index = end
                } else {
                    index = number(in: scalars, at: index, into: &tokens)
                }
            } else if scalar.isWordCharacter {
                index = word(in: scalars, at: index, into: &tokens)
            } else {
                tokens.append(Token(kind: .symbol, text: String(scalar)))
                index += 1
            }
        }
        return tokens
    }

    /// A minus sign that belongs to the number after it: straight before a digit, at the start or
    /// after a space or an opening bracket ("from -5", "(-3 %)"), not between digits ("5-10", "Q1-2").
    private func isSign(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "-" || scalars[index] == "−", index + 1 < scalars.count, scalars[index + 1].isDigit
        else { return false }
        return index == 0 || scalars[index - 1].isSpace || scalars[index - 1] == "(" || scalars[index - 1] == "["
    }

    private func word(in scalars: [Unicode.Scalar], at start: Int, into tokens: inout [Token]) -> Int {
        var end = start
        var firstDigit: Int?
        var digitsEnd: Int?
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar.isDigit {
                if firstDigit == nil { firstDigit = end }
                if digitsEnd == nil || digitsEnd == end { digitsEnd = end + 1 }
            } else if !scalar.isWordCharacter {
                break
            }
            end += 1
        }
        let text = String(scalars[start..<end])
        guard let firstDigit, let digitsEnd else {
            tokens.append(Token(kind: .word, text: text))
            return end
        }
        let digits = String(scalars[firstDigit..<digitsEnd])
        tokens.append(
            Token(
                kind: .code, text: text, value: Double(digits),
                prefix: String(scalars[start..<firstDigit]), suffix: String(scalars[digitsEnd..<end])))
        return end
    }

    private func number(in scalars: [Unicode.Scalar], at start: Int, into tokens: inout [Token]) -> Int {
        var end = scalars.digitRunEnd(from: start)
        var digits = String(scalars[start..<end])
        var grouped = false
        var hasDecimals = false
        // "1 850" groups; "2027 500" is a year and a count.
        while end - start <= 3 || grouped, end < scalars.count, grouping.contains(scalars[end]),
            scalars.digitRunEnd(from: end + 1) == end + 4
        {
            // A thousands group is exactly three digits; "1 850" is one number, "12 100" too.
            digits += String(scalars[(end + 1)..<(end + 4)])
            end += 4
            grouped = true
        }
        // "4,5%" in English: a comma and one or two digits is a decimal comma wherever the
        // comma does not group thousands ("1,850" does).
        let decimalComma =
            decimal != "," && end + 1 < scalars.count && scalars[end] == ","
            && !(start > 0 && scalars[start - 1] == ",")
            && (1...2).contains(scalars.digitRunEnd(from: end + 1) - (end + 1))
            && !(scalars.digitRunEnd(from: end + 1) < scalars.count
                && scalars[scalars.digitRunEnd(from: end + 1)] == ",")
        if end + 1 < scalars.count, scalars[end] == decimal || decimalComma, scalars[end + 1].isDigit {
            let decimalsEnd = scalars.digitRunEnd(from: end + 1)
            digits += "." + String(scalars[(end + 1)..<decimalsEnd])
            end = decimalsEnd
            hasDecimals = true
        }
        var suffixStart = end
        if end + 1 < scalars.count, scalars[end] == ":", scalars[end + 1].isWordCharacter, !scalars[end + 1].isDigit {
            // Swedish ordinals: "1:a", "3:e".
            suffixStart = end + 1
        }
        let suffixEnd = scalars.wordRunEnd(from: suffixStart)
        if suffixEnd > end, let gluedEnd = gluedDigits(in: scalars, at: suffixEnd, after: scalars[end..<suffixEnd]) {
            // "1e309", "5e-3", "24x7": letters between digits make one name, not a number and another.
            tokens.append(
                Token(kind: .code, text: String(scalars[start..<gluedEnd]), suffix: String(scalars[end..<gluedEnd])))
            return gluedEnd
        }
        let suffix = String(scalars[end..<suffixEnd])
        tokens.append(
            Token(
                kind: .number, text: String(scalars[start..<suffixEnd]), value: Double(digits), suffix: suffix,
                isYearShaped: !grouped && !hasDecimals && suffix.isEmpty && digits.count == 4))
        return suffixEnd
    }

    /// Where a word of letters and digits ends when digits follow a number's letters straight away
    /// ("1e309", and an exponent's sign: "5e-3"); nil when they do not.
    private func gluedDigits(in scalars: [Unicode.Scalar], at index: Int, after letters: ArraySlice<Unicode.Scalar>)
        -> Int?
    {
        var end = index
        if end + 1 < scalars.count, scalars[end] == "-" || scalars[end] == "+", letters.elementsEqual(["e"]) {
            end += 1
        }
        guard end < scalars.count, scalars[end].isDigit else { return nil }
        while end < scalars.count, scalars[end].isWordCharacter { end += 1 }
        return end
    }

    /// A date in digits at this position: 2027-03-31, 31-03-2027, 31.03.2027, 31.03., 31/3, 31/3/27.
    private func date(in scalars: [Unicode.Scalar], at start: Int) -> (Token, Int)? {
        var groups: [Int] = []
        var separator: Unicode.Scalar?
        var end = start
        while true {
            let groupEnd = scalars.digitRunEnd(from: end)
            guard groupEnd > end else { break }
            groups.append(groupEnd - end)
            end = groupEnd
            guard end + 1 < scalars.count, groups.count < 3 else { break }
            let next = scalars[end]
            guard next == "." || next == "/" || next == "-", separator == nil || separator == next,
                scalars[end + 1].isDigit
            else { break }
            separator = next
            end += 1
        }
        guard let separator, groups.count >= 2, end == scalars.count || !scalars[end].isWordCharacter else {
            return nil
        }
        let isDate: Bool
        switch (separator, groups.count) {
        case ("-", 3):
            // 2027-06-30, and the Dutch 30-06-2027.
            isDate =
                (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
                || (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)
        case (".", 3), ("/", 3): isDate = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4)
        case ("/", 2): isDate = groups[0] <= 2 && groups[1] <= 2
        case (".", 2):
            // "31.03." with its closing dot, where a dot is not the decimal mark.
            let closingDot = end < scalars.count && scalars[end] == "."
            isDate = decimal != "." && groups[0] <= 2 && groups[1] <= 2 && (closingDot || groups[1] == 2)
        default: isDate = false
        }
        guard isDate else { return nil }
        var close = end
        if separator == ".", close < scalars.count, scalars[close] == "." { close += 1 }
        return (Token(kind: .date, text: String(scalars[start..<close])), close)
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }

    /// White space, with a fast answer for ASCII.
    var isSpace: Bool {
        if isASCII { return self == " " || ("\t"..."\r").contains(self) }
        return properties.isWhitespace
    }

    /// Letters, and the marks that combine with them.
    var isWordCharacter: Bool {
        if isDigit { return true }
        if isASCII { return ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}

extension String {
    /// A string of scalars, written as UTF-8 straight into the string's storage
    /// (appending to a `UnicodeScalarView` was the tokenizer's biggest cost).
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension Array where Element == Unicode.Scalar {
    func digitRunEnd(from start: Int) -> Int {
        var end = start
        while end < count, self[end].isDigit { end += 1 }
        return end
    }

    /// The end of a run of letters (no digits) from a position.
    func wordRunEnd(from start: Int) -> Int {
        var end = start
        while end < count, self[end].isWordCharacter, !self[end].isDigit { end += 1 }
        return end
    }
}

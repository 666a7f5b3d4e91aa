/// The one place where a value a person types or a file holds becomes a number.
///
/// `Double(_:)` takes "0x10", "nan" and "1e309" (infinity), and a search for the first
/// number reads "5e2" as 5 and "1 000" as 1; a value beyond what the reports can write
/// crashes them. This reader is total: it returns a finite number within ±`limit`, or says
/// why not, and the caller asks again (an answer) or names the file and line (a file).
///
/// A person writes numbers in their language (`NumberFormat`): "1,850.5" in English,
/// "1 850,5" or "1.850,5" in Norwegian, Swedish and Dutch, a sign and a currency symbol
/// before, a unit after ("68 %", "4,5 timer"). A file holds plain numbers: "1850.5",
/// "-3", "1.5e-05".
public struct NumberReader: Sendable {
    /// The largest magnitude a value may have: 10¹⁵. Every whole number up to it is exact
    /// in a `Double` (exact up to 2⁵³ ≈ 9.007 × 10¹⁵), a hundredth of it still fits an `Int`,
    /// and it is far beyond any key result's number.
    public static let limit: Double = 1e15

    /// Why a text is no value.
    public enum Refusal: Error, Sendable, Equatable {
        /// No number, or not one number alone: "abc", "0x10", "5e2", "1 000" in English, "4,5" in English.
        case malformed
        /// A number beyond ±`limit`, "1e309" (infinity) among them.
        case outOfRange
    }

    /// How a plain number in a file is written: a decimal point, no grouping, an exponent allowed.
    public static let file = NumberReader(decimal: ".", grouping: [], isFile: true)

    private let decimal: Unicode.Scalar
    private let grouping: Set<Unicode.Scalar>
    /// A file's number: an exponent is allowed, and nothing may stand around the number.
    private let isFile: Bool

    /// A reader for numbers as a language writes them.
    public init(format: NumberFormat) {
        self.init(decimal: format.decimal, grouping: format.grouping)
    }

    /// A reader for answers with this decimal mark and these thousands separators.
    public init(decimal: String, grouping: [String]) {
        var separators = Set(grouping.compactMap(\.unicodeScalars.first))
        // No-break and narrow no-break spaces separate thousands in every language that uses spaces.
        if separators.contains(" ") { separators.formUnion(["\u{00A0}", "\u{202F}"]) }
        self.init(decimal: decimal.unicodeScalars.first ?? ".", grouping: separators, isFile: false)
    }

    private init(decimal: Unicode.Scalar, grouping: Set<Unicode.Scalar>, isFile: Bool) {
        self.decimal = decimal
        self.grouping = grouping
        self.isFile = isFile
    }

    /// The value of a text, or why it has none.
    public func read(_ text: String) -> Result<Double, Refusal> {
        var scanner = Scanner(Array(text.unicodeScalars))
        scanner.skipSpaces()
        if !isFile { scanner.skip(where: \.isCurrencySymbol) }
        let sign = scanner.take { ["-", "−", "+"].contains($0) }
        if !isFile { scanner.skip(where: \.isCurrencySymbol) }
        guard var digits = wholePart(&scanner) else { return .failure(.malformed) }
        if scanner.peek == decimal, scanner.peek(1)?.isDigit == true {
            scanner.advance()
            digits += "." + scanner.digits()
        }
        if isFile, let exponent = exponent(&scanner) { digits += exponent }
        guard rest(scanner.remaining) else { return .failure(.malformed) }
        guard let magnitude = Double(digits), magnitude.isFinite, magnitude <= Self.limit else {
            return .failure(.outOfRange)
        }
        return .success(sign != nil && sign != "+" && magnitude != 0 ? -magnitude : magnitude)
    }

    /// The value of a text, nil when it has none.
    public func value(_ text: String) -> Double? {
        try? read(text).get()
    }

    /// The digits before the decimal mark, without their thousands separators: "1 850" is "1850";
    /// "0" before a bare decimal mark (".5"); nil when there are none.
    private func wholePart(_ scanner: inout Scanner) -> String? {
        var digits = scanner.digits()
        if digits.isEmpty {
            return scanner.peek == decimal && scanner.peek(1)?.isDigit == true ? "0" : nil
        }
        // A thousands group is exactly three digits after a first group of one to three.
        guard digits.count <= 3 else { return digits }
        while let separator = scanner.peek, grouping.contains(separator), scanner.digitRun(from: 1) == 3,
            scanner.peek(4)?.isDigit != true
        {
            scanner.advance()
            digits += scanner.digits()
        }
        return digits
    }

    /// A file's exponent: "e-05", "E+20"; nil when there is none.
    private func exponent(_ scanner: inout Scanner) -> String? {
        guard scanner.peek == "e" || scanner.peek == "E" else { return nil }
        let sign = scanner.peek(1) == "-" || scanner.peek(1) == "+" ? 1 : 0
        // More than four exponent digits can only be out of range or zero; either way, no value.
        guard (1...4).contains(scanner.digitRun(from: 1 + sign)) else { return nil }
        scanner.advance()
        let signText = sign == 1 ? String(scanner.advance()) : ""
        return "e" + signText + scanner.digits()
    }

    /// Whether what follows the number may stand there: nothing in a file; in an answer, a unit or a word
    /// apart from the number ("68 %", "4,5 timer"), with no second number and no control characters.
    private func rest(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return true }
        if isFile { return scalars.allSatisfy(\.isSpace) }
        if first.isWordCharacter || first == decimal || (grouping.contains(first) && !first.isSpace) { return false }
        return !scalars.contains { scalar in
            let category = scalar.properties.generalCategory
            return scalar.isDigit || (category == .control && !scalar.isSpace) || category == .format
        }
    }
}

/// A cursor over the scalars of a text.
private struct Scanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var peek: Unicode.Scalar? { peek(0) }

    var remaining: ArraySlice<Unicode.Scalar> { scalars[index...] }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// How many digits run from an offset.
    func digitRun(from offset: Int) -> Int {
        var end = index + offset
        while end < scalars.count, scalars[end].isDigit { end += 1 }
        return max(0, end - index - offset)
    }

    @discardableResult
    mutating func advance() -> Unicode.Scalar {
        defer { index += 1 }
        return scalars[index]
    }

    mutating func digits() -> String {
        let count = digitRun(from: 0)
        defer { index += count }
        return String(scalars[index..<(index + count)])
    }

    mutating func skipSpaces() {
        while let scalar = peek, scalar.isSpace { index += 1 }
    }

    mutating func skip(where matches: (Unicode.Scalar) -> Bool) {
        if let scalar = peek, matches(scalar) {
            index += 1
            skipSpaces()
        }
    }

    /// Takes one scalar if it matches.
    mutating func take(where matches: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
        guard let scalar = peek, matches(scalar) else { return nil }
        index += 1
        return scalar
    }
}

extension Unicode.Scalar {
    fileprivate var isCurrencySymbol: Bool {
        properties.generalCategory == .currencySymbol
    }
}

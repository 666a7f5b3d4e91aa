/// One piece of a lower-cased text: a word, a number, a letter-and-digit code or a symbol.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters only: "increase", "kunder".
        case word
        /// A number, maybe with letters straight after it: "1 850", "4,5", "20k", "3rd".
        case number
        /// Letters then digits, maybe more letters: "q3", "uke12", "b2b".
        case code
        /// A date written in digits: "31.03.2027", "2027-03-31", "1/4".
        case date
        /// Anything else, one character: "%", "$", ".", "-".
        case symbol
    }

    public var kind: Kind
    /// The token as written, lower-cased.
    public var text: String
    /// The value of a number, or the digits of a code ("q3" → 3).
    public var value: Double?
    /// Letters before the digits of a code ("q" in "q3").
    public var prefix: String
    /// Letters straight after the digits ("k" in "20k", "rd" in "3rd").
    public var suffix: String
    /// A whole number of four digits written without separators: could be a year.
    public var isYearShaped: Bool
    /// Whether white space stands before the token in the text (for quoting it back).
    public var spaceBefore = false
    /// Where the token stands in the text, in Unicode scalars.
    public var range: Range<Int> = 0..<0

    init(
        kind: Kind, text: String, value: Double? = nil, prefix: String = "", suffix: String = "",
        isYearShaped: Bool = false
    ) {
        self.kind = kind
        self.text = text
        self.value = value
        self.prefix = prefix
        self.suffix = suffix
        self.isYearShaped = isYearShaped
    }
}

/// Whole numbers from doubles without a trap: `Int(_:)` of a double crashes on NaN, infinity
/// and anything beyond ±9.2 × 10¹⁸, and a stored or imported value can be any of them.
extension Int {
    /// The whole number toward zero from a value, held to `Int.min`...`Int.max`; 0 for NaN.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= Double(Int.max) {
            self = .max
        } else if value <= Double(Int.min) {
            self = .min
        } else {
            self.init(value)
        }
    }
}

extension Double {
    /// The nearest whole number in digits, "75" or "-3"; a value that is not finite or lies
    /// beyond ±`NumberReader.limit` is written as Swift writes it ("1e+20", "inf", "nan"),
    /// so a stored value from before the limit still shows.
    public var wholeText: String {
        guard isFinite, abs(self) < NumberReader.limit else { return description }
        return String(Int(rounded()))
    }
}

import OKRCore

/// What a key result writes around its numbers, so that a figure the coach shows reads as the
/// key result does: "40 %" for "fra 30 % til 50 %", "2,5 mill. kr" for "fra 2 mill. kr til
/// 3 mill. kr", "$2.5m", "3 timer", "45 kunder" for "fra 40 kunder til 60 kunder".
///
/// The unit is taken from the target (or the starting value) as its text is read
/// (`KeyResultReading.Value`): its percent sign, currency, magnitude or measure unit; and,
/// where the number is followed by what is measured, that word or phrase ("60 paying clinics").
/// Where one value is 1 and the other is not, a 1 is written with the first and any other
/// number with the second ("1 time", "3 timer").
struct ValueUnit: Sendable, Equatable {
    let before: String
    let after: String

    /// The unit for `value` in a key result's text; nil when its values have none.
    init?(for value: Double, in reading: KeyResultReading) {
        let values = [reading.target, reading.start].compactMap { $0 }.filter { $0.number != nil }
        let fitting = values.first { ($0.number == 1) == (value == 1) } ?? values.first
        guard let fitting, let number = Self.numberRange(in: fitting.text) else { return nil }
        let before = String(fitting.text[..<number.lowerBound])
        var after = String(fitting.text[number.upperBound...])
        if after.isEmpty, let counted = Self.counted(after: fitting.text, in: reading) { after = " " + counted }
        guard !before.isEmpty || !after.isEmpty else { return nil }
        self.before = before
        self.after = after
    }

    /// A number as the language writes it, with the unit around it.
    func written(_ number: String) -> String {
        before + number + after
    }

    /// The digits of a value as written, with the separators between them: "1 850" in "1 850 kr".
    static func numberRange(in text: String) -> Range<String.Index>? {
        guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
        var end = text.index(after: start)
        while end < text.endIndex {
            if text[end].isASCIIDigit {
                end = text.index(after: end)
                continue
            }
            let next = text.index(after: end)
            guard ",. \u{00A0}\u{202F}'".contains(text[end]), next < text.endIndex, text[next].isASCIIDigit else {
                break
            }
            end = next
        }
        return start..<end
    }

    /// What is counted, where the text names it right after the value: the measure itself
    /// ("Reach 600 paying clinics"), or its last word ("fra 40 kunder til 60 kunder", where the
    /// measure is "antall betalende kunder").
    private static func counted(after value: String, in reading: KeyResultReading) -> String? {
        guard let measure = reading.measure?.trimmingWhitespace(), !measure.isEmpty,
            let found = reading.text.range(of: value, options: .backwards)
        else { return nil }
        let rest = reading.text[found.upperBound...]
        guard rest.first?.isWhitespace == true else { return nil }
        let measured = measure.split(whereSeparator: \.isWhitespace).map(Self.word)
        let words = rest.split(whereSeparator: \.isWhitespace).prefix(measured.count).map(Self.word)
        if words.map({ $0.lowercased() }) == measured.map({ $0.lowercased() }) { return words.joined(separator: " ") }
        guard let next = words.first, let head = measured.last, !next.isEmpty, next.lowercased() == head.lowercased()
        else { return nil }
        return next
    }

    /// A word without the punctuation that ends a clause after it: "kunder," is "kunder".
    private static func word(_ text: Substring) -> String {
        String(text.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

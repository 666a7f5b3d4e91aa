import OKRCore

/// Numbers as the report's language writes them: "1,850.5" in English, "1 850,5" in Norwegian.
extension CycleReportTexts {
    /// A value to two decimals at most, thousands grouped from 10,000 up: "860", "4,5", "12 400".
    /// A value beyond ±`NumberReader.limit` (stored before there was one) is written as Swift writes it: "1e+20".
    public func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < NumberReader.limit else {
            let written = value.description.replacingOccurrences(of: ".", with: decimal)
            return written.hasPrefix("-") ? "−" + written.dropFirst() : written
        }
        let hundredths = Int((abs(value) * 100).rounded())
        var whole = String(hundredths / 100)
        if hundredths >= 1_000_000 {
            var grouped = ""
            for (offset, digit) in whole.reversed().enumerated() {
                if offset > 0, offset % 3 == 0 { grouped = grouping + grouped }
                grouped = String(digit) + grouped
            }
            whole = grouped
        }
        let rest = hundredths % 100
        let fraction = rest == 0 ? "" : decimal + (rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0" : "") + String(rest))
        return (value < 0 && hundredths > 0 ? "−" : "") + whole + fraction
    }

    /// A change with its sign: "+40", "−2,5", "±0".
    public func change(_ value: Double) -> String {
        let written = number(abs(value))
        if written == number(0) { return "±" + written }
        return (value > 0 ? "+" : "−") + written
    }

    /// A fraction as a whole percentage in the language's form: "75%", "75 %".
    public func percent(_ fraction: Double) -> String {
        let whole = (fraction * 100).wholeText
        return text(.percent, ["value": whole.hasPrefix("-") ? "−" + whole.dropFirst() : whole])
    }

    /// A grade to two decimals at most, never fewer than one: "0.7", "0,65", "1,0".
    public func grade(_ grade: Double) -> String {
        Grade.written(grade).replacingOccurrences(of: ".", with: decimal)
    }
}

import Foundation

/// Whether an answer names a cycle, as people write one: a year (`2027`), a quarter (`2027-Q1`,
/// `Q1 2027`, `K1 2027` for kvartal and kwartaal), a tertial (`T2 2027`), a half (`2027-H1`, `H2 2027`),
/// or a month (`2027-03`, `March 2027`, `mars`); a bare `Q1` or `2027Q1` too. Anything else ("hello") is no cycle.
public enum CycleName {
    /// - Parameters:
    ///   - text: the answer.
    ///   - months: the month names and their short forms, lower-cased, in every language taken.
    public static func isCycle(_ text: String, months: Set<String>) -> Bool {
        let text = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard let first = text.first, first.isLetter || first.isNumber else { return false }
        let tokens = text.split { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," }
            .map(String.init)
        switch tokens.count {
        case 1:
            let token = tokens[0]
            return isYear(token) || months.contains(token) || isFiscalYear(token) || isPeriod(token)
                || (token.count == 6 && isYear(String(token.prefix(4))) && isPeriod(String(token.suffix(2))))
        case 2:
            let (a, b) = (tokens[0], tokens[1])
            if isYear(a) { return isPeriod(b) || isMonthNumber(b) || months.contains(b) }
            if isYear(b) { return isPeriod(a) || months.contains(a) }
            return false
        default:
            return false
        }
    }

    /// Four digits from 1900 to 2999.
    private static func isYear(_ token: String) -> Bool {
        token.count == 4 && token.allSatisfy(\.isASCII) && Int(token).map { (1900...2999).contains($0) } == true
    }

    /// "fy2027", "fy27".
    private static func isFiscalYear(_ token: String) -> Bool {
        guard token.hasPrefix("fy") else { return false }
        let digits = token.dropFirst(2)
        return (digits.count == 2 || digits.count == 4) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "q1"–"q4", "k1"–"k4", "t1"–"t3", "h1"–"h2".
    private static func isPeriod(_ token: String) -> Bool {
        guard token.count == 2, let letter = token.first, let number = token.last?.wholeNumberValue,
            token.last?.isASCII == true
        else { return false }
        switch letter {
        case "q", "k": return (1...4).contains(number)
        case "t": return (1...3).contains(number)
        case "h": return (1...2).contains(number)
        default: return false
        }
    }

    /// "3", "03", "12".
    private static func isMonthNumber(_ token: String) -> Bool {
        (1...2).contains(token.count) && token.allSatisfy(\.isASCII) && Int(token).map { (1...12).contains($0) } == true
    }
}

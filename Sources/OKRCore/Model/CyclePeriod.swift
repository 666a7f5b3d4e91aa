/// A cycle's year and the part of it a cycle covers, read from how people write a cycle:
/// `2027`, `2027-Q1`, `Q1 2027`, `2027 K1` (kvartal, kwartaal), `2027-T2`, `2027-H1`, `2027-03`.
///
/// The organisation file's cycles must be written so, since a one-year objective is served in
/// the cycles of its year. A team set's `cycle` stays free text; it meets a company cycle when
/// both read as the same period.
public struct CyclePeriod: Sendable, Hashable, Codable {
    /// The year, from 1900 to 2200 (`Day.years`).
    public var year: Int
    /// The part of the year, lower-cased: `q1`–`q4` (K is written Q), `t1`–`t3`, `h1`–`h2`,
    /// `m1`–`m12`; nil for the whole year.
    public var part: String?

    public init(year: Int, part: String? = nil) {
        self.year = year
        self.part = part
    }

    /// Reads a cycle; nil for anything that is not a year with at most one part.
    public init?(_ text: String) {
        let tokens = text.lowercased().split(omittingEmptySubsequences: false) { $0 == " " || $0 == "-" || $0 == "/" }
            .map(String.init)
        guard (1...2).contains(tokens.count) else { return nil }
        guard let yearIndex = tokens.firstIndex(where: Self.isYear), let year = Int(tokens[yearIndex]) else {
            return nil
        }
        self.year = year
        guard tokens.count == 2 else { return }
        let other = tokens[1 - yearIndex]
        guard let part = Self.part(other, afterYear: yearIndex == 0) else { return nil }
        self.part = part
    }

    /// Four ASCII digits within `Day.years`.
    private static func isYear(_ token: String) -> Bool {
        token.utf8.count == 4 && token.utf8.allSatisfy { (48...57).contains($0) }
            && Int(token).map(Day.years.contains) == true
    }

    /// `q1`…, `k1`… (as `q1`), `t1`…, `h1`…; after the year also a month number, `03` or `3`.
    private static func part(_ token: String, afterYear: Bool) -> String? {
        let bytes = Array(token.utf8)
        if bytes.count == 2, let letter = bytes.first, (49...57).contains(bytes[1]) {
            let number = Int(bytes[1]) - 48
            switch letter {
            case UInt8(ascii: "q"), UInt8(ascii: "k"): return (1...4).contains(number) ? "q\(number)" : nil
            case UInt8(ascii: "t"): return (1...3).contains(number) ? "t\(number)" : nil
            case UInt8(ascii: "h"): return (1...2).contains(number) ? "h\(number)" : nil
            default: break
            }
        }
        guard afterYear, (1...2).contains(bytes.count), bytes.allSatisfy({ (48...57).contains($0) }),
            let month = Int(token), (1...12).contains(month)
        else { return nil }
        return "m\(month)"
    }
}

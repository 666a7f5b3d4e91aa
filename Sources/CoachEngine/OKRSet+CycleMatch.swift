import OKRCore

extension OKRSet {
    /// Whether the set is for `cycle`, however either is written: "Q1 2027" and "2027-K1" are 2027-Q1.
    public func isFor(cycle: String) -> Bool {
        let written = self.cycle?.trimmingWhitespace() ?? ""
        guard written != cycle else { return true }
        guard let period = CyclePeriod(cycle) else { return false }
        return CyclePeriod(written) == period
    }
}

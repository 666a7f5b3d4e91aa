extension StringProtocol {
    /// The text without white space at either end.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

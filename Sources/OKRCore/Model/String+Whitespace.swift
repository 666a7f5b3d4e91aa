extension StringProtocol {
    /// The text without white space at either end.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        // Most texts have nothing to trim: copy their bytes whole, not scalar by scalar.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex {
            return String(decoding: utf8, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// The text lower-cased, as Unicode scalars: the same as `lowercased()`, scalar by scalar,
    /// but without building a string of each scalar's mapping (the cost of `lowercased()` on
    /// any text that is not all ASCII, which was a seventh of `check`).
    var lowercasedScalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }
}

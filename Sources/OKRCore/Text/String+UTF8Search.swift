extension String {
    /// Whether the text's UTF-8 holds these bytes in a row: a quick look, byte by byte, before
    /// reading a long text character by character for something most texts do not hold.
    func utf8Contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        }
    }
}

/// SplitMix64: a tiny, fast generator with a fixed seed, so every run sees the same numbers.
struct SeededGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// One element of a non-empty array.
    mutating func pick(_ elements: [UInt8]) -> UInt8 {
        elements[below(elements.count)]
    }

    /// One line of a non-empty list.
    mutating func pick(_ lines: [[UInt8]]) -> [UInt8] {
        lines[below(lines.count)]
    }

    /// One text of a non-empty list.
    mutating func pick(_ texts: [String]) -> String {
        texts[below(texts.count)]
    }
}

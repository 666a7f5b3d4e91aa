/// A text as written and lower-cased, scalar by scalar, once: what the tokenizers read, so that a
/// text tokenized in more than one way is lower-cased only once.
struct LoweredText: Sendable {
    /// The text as written.
    let text: String
    /// The text lower-cased.
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        self.text = text
        scalars = text.lowercasedScalars
    }

    /// Whether the text holds a digit: only then do the tokenizers of different number formats
    /// split it differently.
    var hasDigit: Bool {
        scalars.contains { $0.isDigit }
    }

    /// Whether a digit stands right before a colon ("31.03:a"): the one place where a word comes
    /// out differently in different number formats (a Swedish ordinal's ending, or a word).
    var hasDigitBeforeColon: Bool {
        scalars.indices.dropLast().contains { scalars[$0].isDigit && scalars[$0 + 1] == ":" }
    }
}

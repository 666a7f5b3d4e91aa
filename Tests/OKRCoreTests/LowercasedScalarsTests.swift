import Testing

@testable import OKRCore

/// The tokenizer's own lower-casing gives what `String.lowercased()` gives, for every scalar.
struct LowercasedScalarsTests {
    @Test func everyScalarLowercasesAsTheStandardLibraryDoes() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            if text.lowercasedScalars != Array(text.lowercased().unicodeScalars) { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test func mixedText() {
        for text in ["Øke NPS fra 40 til 55 INNEN 31. MARS", "İstanbul ΣΟΦΙΑ Straße", "ÆØÅ äö ÉÈ", "", "ABC xyz 123"] {
            #expect(String(String.UnicodeScalarView(text.lowercasedScalars)) == text.lowercased())
        }
    }
}

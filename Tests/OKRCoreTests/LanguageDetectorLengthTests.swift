import OKRCore
import Testing

/// Short answers are split on the calling thread, long texts on every core: the language found
/// is the same either way, on both sides of the length where the one gives way to the other.
struct LanguageDetectorLengthTests {
    private let detector = LanguageDetector(TestLanguages.shared)

    @Test(arguments: [
        ("Øke antall bookinger fra 200 til 300 innen juni for klinikkene. ", "nb"),
        ("Öka andelen aktiva kliniker från 40 % till 55 % senast i slutet av mars. ", "sv"),
        ("Het aandeel actieve klinieken verhogen van 40% naar 55% uiterlijk eind maart. ", "nl"),
        ("Increase weekly active clinics from 40 to 55 by the end of March. ", "en"),
    ])
    func aLongTextIsDetectedAsItsSentenceIs(_ sentence: String, _ code: String) {
        #expect(detector.detect(sentence) == LanguageCode(code))
        // Just under and well over the length from which the work is shared between threads.
        let repeats = [1, 16_384 / sentence.unicodeScalars.count, 3 * 16_384 / sentence.unicodeScalars.count]
        for count in repeats {
            let text = String(repeating: sentence, count: count)
            #expect(detector.detect(text) == LanguageCode(code), "\(text.unicodeScalars.count) scalars")
        }
    }

    @Test func textWithoutAnySignIsNoLanguageAtAnyLength() {
        #expect(detector.detect("") == nil)
        #expect(detector.detect("42 ") == nil)
        #expect(detector.detect(String(repeating: "42 ", count: 20_000)) == nil)
        #expect(detector.detect(String(repeating: "\u{0}\u{1b}[31m ", count: 10_000)) == nil)
    }
}

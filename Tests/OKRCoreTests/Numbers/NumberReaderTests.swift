import OKRCore
import Testing

/// The one reader of numbers from outside: each language's own way of writing them, and
/// everything hostile refused with the reason, never a wrong number and never a trap.
struct NumberReaderTests {
    private func reader(_ code: String) -> NumberReader {
        NumberReader(format: TestLanguages.catalog(code).numbers)
    }

    @Test(arguments: [
        ("en", "480", 480.0), ("en", "1,850.5", 1850.5), ("en", "68 %", 68), ("en", "68%", 68), ("en", "-3", -3),
        ("en", "−3", -3), ("en", "+7", 7), ("en", "$1,200", 1200), ("en", " 42 users ", 42), ("en", ".5", 0.5),
        ("en", "1,000,000", 1_000_000), ("en", "0", 0), ("en", "-0", 0), ("en", "1000000000000000", 1e15),
        ("en", "-1000000000000000", -1e15), ("en", "007", 7),
        ("nb", "4,5", 4.5), ("nb", "1 850,5", 1850.5), ("nb", "1.850,5", 1850.5), ("nb", "1\u{00A0}000", 1000),
        ("nb", "1\u{202F}000", 1000), ("nb", "4,5 timer", 4.5), ("nb", "12 400 brukere", 12400),
        ("sv", "4,5", 4.5), ("sv", "1 000", 1000), ("sv", "68 %", 68),
        ("nl", "4,5", 4.5), ("nl", "50.000", 50000), ("nl", "1.850,5", 1850.5), ("nl", "1 000", 1000),
    ])
    func aLanguageReadsItsOwnNumbers(_ code: String, _ text: String, _ value: Double) {
        #expect(reader(code).read(text) == .success(value))
    }

    @Test(arguments: [
        // What English once read as another number: 1e309 as 1, 5e2 as 5, 1 000 as 1, 0x10 as 0.
        ("en", "1e309"), ("en", "5e2"), ("en", "1 000"), ("en", "0x10"), ("en", "4,5"), ("en", "1,00"), ("en", "12abc"),
        ("en", "inf"), ("en", "-inf"), ("en", "nan"), ("en", "NaN"), ("en", "infinity"), ("en", ""), ("en", "   "),
        ("en", "-"), ("en", "abc"), ("en", "1.2.3"), ("en", "480 (was 400)"), ("en", "12\u{0}"), ("en", "\u{0}12"),
        ("en", "12\u{1B}[2J"), ("en", "1\u{7}"), ("en", "12\u{202E}"), ("en", "٤٢"), ("en", "１２"), ("en", "- 5"),
        ("en", "0b101"), ("en", "1_000"), ("en", "12."),
        ("nb", "4.5"), ("nb", "2027 500"), ("nb", "1e3"), ("nb", "0x10"), ("nb", "1 00"),
        ("sv", "5e2"), ("sv", "1,5,5"), ("nl", "4.5"), ("nl", "1e309"),
    ])
    func whatIsNotOneNumberIsRefused(_ code: String, _ text: String) {
        #expect(reader(code).read(text) == .failure(.malformed))
    }

    @Test(arguments: TestLanguages.codes.map(\.rawValue))
    func aNumberBeyondTheLimitIsRefusedAsTooLarge(_ code: String) {
        let reader = reader(code)
        for text in [
            "20000000000000000000", "-20000000000000000000", "1000000000000001", String(repeating: "9", count: 400),
        ] {
            #expect(reader.read(text) == .failure(.outOfRange), "\(text)")
        }
        #expect(reader.read(String(repeating: "9", count: 100_000)) == .failure(.outOfRange))
    }

    @Test(arguments: [
        ("1850.5", 1850.5), ("-3", -3), ("+3", 3), ("1.5e-05", 0.000015), ("1e3", 1000), ("1E+3", 1000), ("0.5", 0.5),
        ("1e15", 1e15),
    ])
    func aFileHoldsPlainNumbers(_ text: String, _ value: Double) {
        #expect(NumberReader.file.read(text) == .success(value))
    }

    @Test(arguments: [
        ("1e20", NumberReader.Refusal.outOfRange), ("-1e20", .outOfRange), ("1e309", .outOfRange),
        ("20000000000000000000", .outOfRange), ("0x10", .malformed), (".inf", .malformed), ("-.inf", .malformed),
        (".nan", .malformed), ("inf", .malformed), ("1_000", .malformed), ("1,000", .malformed), ("1 000", .malformed),
        ("68%", .malformed), ("1e99999", .malformed), ("1e", .malformed), ("$5", .malformed), ("5\u{0}", .malformed),
        ("0o17", .malformed), ("", .malformed),
    ])
    func aFileNumberOutsideTheLimitOrNotPlainIsRefused(_ text: String, _ refusal: NumberReader.Refusal) {
        #expect(NumberReader.file.read(text) == .failure(refusal))
    }

    @Test func everyValueReadIsFiniteAndWithinTheLimit() {
        // Random strings of number-like characters in every language: whatever is read is in range.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.,  e-+x%\u{00A0}\u{202F}−$a")
        for code in TestLanguages.codes.map(\.rawValue) {
            let reader = reader(code)
            for _ in 0..<2_000 {
                let length = Int.random(in: 0...30, using: &generator)
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                if case .success(let value) = reader.read(text) {
                    #expect(value.isFinite && abs(value) <= NumberReader.limit, "\(code): \(text)")
                }
            }
        }
    }
}

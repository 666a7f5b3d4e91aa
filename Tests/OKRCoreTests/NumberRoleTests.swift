import OKRCore
import Testing

/// What each number stands for decides whether it counts, names a time or is a name.
struct NumberRoleTests {
    private func roles(_ text: String, _ language: String) -> [TextAnalysis.NumberRole] {
        TestLanguages.analysis(text, language).roles.compactMap { $0 }
    }

    @Test func ranksAndNames() {
        #expect(roles("Be #1 in Norway", "en") == [.rank])
        #expect(roles("Bli nr. 1 i Norge", "nb") == [.rank])
        #expect(roles("Get ISO 27001 certified", "en") == [.name])
        #expect(roles("Win B2B with 4G", "en") == [.name, .name])
    }

    @Test func timesAreNoQuantities() {
        #expect(roles("by 31 March 2027", "en") == [.time, .time])
        #expect(roles("innen 1. mars", "nb") == [.time])
        #expect(roles("i 3. kvartal", "nb") == [.time])
        #expect(roles("senast vecka 12", "sv") == [.time])
        #expect(roles("in Q3 2027", "en") == [.time, .time])
        #expect(roles("binnen 6 weken", "nl") == [.time])
        #expect(roles("2027-Q1", "en") == [.time, .time])
    }

    @Test func durationsThatAreTheMeasureAreQuantities() {
        #expect(roles("from 14 days to 7 days", "en") == [.quantity, .quantity])
        #expect(roles("från 14 dagar till 7 dagar", "sv") == [.quantity, .quantity])
        #expect(roles("under 3 hours", "en") == [.quantity])
    }

    @Test func aYearShapedTargetIsAQuantity() {
        #expect(roles("from 1500 to 2000", "en") == [.quantity, .quantity])
        #expect(roles("från 1500 till 2000 senast 2027", "sv") == [.quantity, .quantity, .time])
        #expect(roles("Reach 2000 users", "en") == [.quantity])
    }

    @Test func ordinals() {
        #expect(roles("from 5th to 1st place", "en") == [.ordinal, .ordinal])
        #expect(roles("by the 3rd quarter", "en") == [.time])
    }
}

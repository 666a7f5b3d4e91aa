import OKRCore
import Testing

/// The forms a cycle is accepted in, and what is no cycle.
struct CycleNameTests {
    private let months: Set<String> = ["march", "mar", "mars", "maart", "mrt", "mei"]

    @Test(arguments: [
        "2027-Q1", "Q1 2027", "q4-2027", "2027 Q2", "K1 2027", "2027-K4", "2027-H1", "H2 2027", "T3 2027", "2027",
        "2027-03", "2027/12", "March 2027", "mars 2027", "2027 maart", "mei", "Q1", "2027Q1", "FY2027", "fy27",
        " 2027-Q1 ",
    ])
    func accepted(_ text: String) {
        #expect(CycleName.isCycle(text, months: months))
    }

    @Test(arguments: [
        "hello", "", " ", "Growth", "2027-Q5", "Q0 2027", "H3 2027", "T4 2027", "2027-13", "2027-00", "1899", "3000",
        "27", "-2027", "2027 2028", "Q1 Q2", "2027-Q1-Q2", "２０２７", "2027\u{0}", "2027\u{7}-Q1", "nan", "1e3",
        String(repeating: "2027 ", count: 10_000), "Q١ 2027", "-1", "99999999999999999999",
    ])
    func refused(_ text: String) {
        #expect(!CycleName.isCycle(text, months: months))
    }
}

import Testing
@testable import CoachEngine

struct ScratchTests {
    @Test func norwegian() {
        var c = Conversation()
        c.type("Vekst", "", "Bli førstevalget for små klinikker", "Gjøre timebestilling enkel for små klinikker", "slik at de blir hos oss", "ja",
               "Øke antall aktive klinikker til 600 innen 31. mars", "420", "ja", "ja",
               "Ansette 2 utviklere", "antall bestillinger per uke", "900", "700", "innen utgangen av K1", "ja", "ferdig", "nei", "nei")
        print(c.text)
        var d = Conversation()
        d.type("Groei", "2027-Q1", "", "Klanten tevreden houden", "ja", "Klanten enthousiast maken", "ze ons aanbevelen", "ja",
               "De NPS verhogen naar 45", "32", "ja", "/toon", "/taal sv", "/terug", "/back", "/export yaml")
        print(d.text)
        print(d.effects)
    }
}

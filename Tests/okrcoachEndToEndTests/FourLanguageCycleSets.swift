import Foundation
import Testing

/// One team's set in each of the four languages, with check-ins on 2027-01-11 and 2027-01-25: a
/// percentage, a count of customers and a key result without a baseline; and the words each
/// language's check-in and report use for them.
struct FourLanguageCycleSet: Sendable, CustomTestStringConvertible {
    let lang: String
    let team: String
    let objective: String
    let share: String
    let customers: String
    let nps: String
    /// "last: {value} on {day}" as the check-in writes it, with "{value}" and "{day}" to fill.
    let last: String
    /// The unit the customers' values are counted in.
    let counted: String
    /// "It has no baseline, so {value} …".
    let baseline: String
    /// The report's date line, with "{day}" to fill.
    let asOf: String
    /// The column headings of the text report, left to right.
    let headings: [String]

    var testDescription: String { lang }

    /// The set as a check file, reviewed on `reviewed` when given.
    func file(reviewed: String? = nil) -> String {
        var text = """
            lang: \(lang)
            cycle: 2027-Q1
            team: \(team)
            objectives:
              - title: \(objective)
                key_results:
                  - text: \(share)
                    check_ins:
                      - {date: 2027-01-11, value: 40, confidence: 8}
                      - {date: 2027-01-25, value: 45, confidence: 3}
            """
        if reviewed != nil { text += "\n        grade: 0.7" }
        text += """

                  - text: \(customers)
                    check_ins:
                      - {date: 2027-01-25, value: 45, confidence: 6}
                  - \(nps)

            """
        if let reviewed { text += "reviewed: \(reviewed)\n" }
        return text
    }

    /// Imports the set into a new database in `scratch` and returns the database's path.
    func imported(in scratch: Scratch, reviewed: String? = nil) throws -> String {
        let file = try scratch.write("\(lang).yaml", file(reviewed: reviewed))
        let run = try Okrcoach.run(["import", file, "--db", scratch.database])
        guard run.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: ["errors": run.errors]) }
        return scratch.database
    }

    static let all: [FourLanguageCycleSet] = [
        FourLanguageCycleSet(
            lang: "en", team: "Growth", objective: "Win the clinics in Leeds so that they renew",
            share: "Raise the share of active clinics from 30 % to 50 %",
            customers: "Grow paying customers from 40 customers to 60 customers", nps: "Raise the NPS to 50 %",
            last: "last: {value} on {day}", counted: "customers", baseline: "It has no baseline, so {value} is",
            asOf: "As of {day}", headings: ["Key result", "Progress", "Latest", "Confidence"]),
        FourLanguageCycleSet(
            lang: "nb", team: "Vekst", objective: "Vinne klinikkene i Oslo slik at de fornyer",
            share: "Øke andelen aktive klinikker fra 30 % til 50 %",
            customers: "Øke antall betalende kunder fra 40 kunder til 60 kunder", nps: "Øke NPS til 50 %",
            last: "sist: {value} den {day}", counted: "kunder",
            baseline: "Nøkkelresultatet har ingen startverdi, så {value} er", asOf: "Status per {day}",
            headings: ["Nøkkelresultat", "Fremdrift", "Siste", "Tiltro"]),
        FourLanguageCycleSet(
            lang: "sv", team: "Tillväxt", objective: "Vinna klinikerna i Stockholm så att de förnyar",
            share: "Öka andelen aktiva kliniker från 30 % till 50 %",
            customers: "Öka antalet betalande kunder från 40 kunder till 60 kunder", nps: "Öka NPS till 50 %",
            last: "Senaste avstämning: {value} den {day}", counted: "kunder",
            baseline: "Startvärde saknas, så {value} är", asOf: "Läget den {day}",
            headings: ["Nyckelresultat", "Framsteg", "Senaste", "Tilltro"]),
        FourLanguageCycleSet(
            lang: "nl", team: "Groei", objective: "De klinieken in Utrecht winnen zodat ze verlengen",
            share: "Verhoog het aandeel actieve klinieken van 30 % naar 50 %",
            customers: "Verhoog het aantal betalende klanten van 40 klanten naar 60 klanten",
            nps: "Verhoog de NPS naar 50 %", last: "laatste stand: {value} op {day}", counted: "klanten",
            baseline: "Er is geen startwaarde, dus {value} is", asOf: "Stand van zaken op {day}",
            headings: ["Kernresultaat", "Voortgang", "Laatste stand", "Vertrouwen"]),
    ]
}

extension String {
    /// The text with each "{key}" replaced by its value.
    func filled(_ values: [String: String]) -> String {
        values.reduce(self) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

/// Whole drafts, one per language: what a person types from the first question to the
/// summary. The benchmarks replay them, so their figures come from real conversations.
public enum DraftScripts {
    public static let drafts: [(language: String, lines: [String])] = [
        (
            "en",
            [
                "Growth", "", "", "Make onboarding effortless for small clinics", "to keep every clinic", "yes",
                "Launch the new onboarding flow", "activation rate", "45%", "30%", "", "yes", "yes",
                "Cut support response time to 8 hours by 31 December", "24 hours", "yes", "done", "yes", "no",
            ]
        ),
        (
            "nb",
            [
                "Vekst", "", "", "Gjøre oppstarten enkel for små klinikker", "slik at de blir hos oss", "ja",
                "Lansere ny onboarding", "andel aktiverte klinikker", "45 %", "30 %", "", "ja", "ja",
                "Redusere svartiden til 8 timer innen 31. desember", "24 timer", "ja", "ferdig", "ja", "nei",
            ]
        ),
        (
            "sv",
            [
                "Tillväxt", "", "", "Göra det enkelt för små kliniker att komma igång", "så att de stannar", "ja",
                "Lansera den nya introduktionen", "andel aktiverade kliniker", "45 %", "30 %", "", "ja", "ja",
                "Minska svarstiden till 8 timmar senast den 31 december", "24 timmar", "ja", "klar", "ja", "nej",
            ]
        ),
        (
            "nl",
            [
                "Groei", "", "", "Onboarding moeiteloos maken voor kleine klinieken", "zodat ze blijven", "ja",
                "Een nieuwe onboarding lanceren", "het activatiepercentage", "45%", "30%", "", "ja", "ja",
                "De reactietijd terugbrengen naar 8 uur uiterlijk 31 december", "24 uur", "ja", "klaar", "ja", "nee",
            ]
        ),
    ]
}

import OKRCore

/// The set the report tests render: one objective on line 2 with one key result on line 4,
/// giving an error, warnings and an info.
enum ReportSamples {
    static var set: OKRSet {
        OKRSet(
            lang: LanguageCode("en"),
            objectives: [
                Objective(
                    title: "Maintain uptime", keyResults: [KeyResult("Work on the status page", line: 4)], line: 2)
            ])
    }
}

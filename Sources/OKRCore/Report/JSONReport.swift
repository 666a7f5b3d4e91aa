/// Writes reports as the JSON of the rule catalogue's contract, keys in the contract's order.
///
/// One report is the contract's object; several (one per file) are an array of
/// them, each with a `file` key first.
public enum JSONReport {
    public static func render(_ report: Report) -> String {
        document(report, file: nil).rendered()
    }

    public static func render(_ reports: [(file: String, report: Report)]) -> String {
        JSONValue.array(reports.map { document($0.report, file: $0.file) }).rendered()
    }

    private static func document(_ report: Report, file: String?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let file { members.append(("file", .string(file))) }
        members.append(("lang", .string(report.language.rawValue)))
        members.append(("findings", .array(report.findings.map(finding))))
        let summary = report.summary
        members.append(
            (
                "summary",
                .object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                    ("infos", .int(summary.infos)), ("score", .int(summary.score)),
                ])
            ))
        return .object(members)
    }

    private static func finding(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.rule.rawValue)), ("severity", .string(finding.severity.rawValue)),
        ]
        if let objective = finding.objective { members.append(("objective", .int(objective))) }
        if let keyResult = finding.keyResult { members.append(("keyResult", .int(keyResult))) }
        members.append(("message", .string(finding.message)))
        members.append(("hint", .string(finding.hint)))
        return .object(members)
    }
}

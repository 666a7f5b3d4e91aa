/// Writes reports as SARIF 2.1.0, the format code scanning tools read (GitHub code scanning,
/// GitLab, editors' SARIF viewers).
///
/// One run holds every file's results. `tool.driver.rules` is the rule catalogue in the
/// catalog's language: each rule's title, its message as a description, its hint as help and
/// its severity as the default level. A result points at its file and line; the run's
/// `properties` carry the score (the lowest when several files were checked) and each file's.
public enum SARIFReport {
    /// The address of the schema the output follows.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// - Parameters:
    ///   - reports: each checked file's name and report.
    ///   - catalog: the language the rule descriptions are written in.
    ///   - version: okrcoach's version, for `tool.driver.version`.
    public static func render(_ reports: [(file: String, report: Report)], catalog: Catalog, version: String) -> String
    {
        let rules = RuleID.allCases
        let results = reports.flatMap { file, report in
            report.findings.map { result($0, file: file, ruleIndex: rules.firstIndex(of: $0.rule) ?? 0) }
        }
        let driver = JSONValue.object([
            ("name", .string("okrcoach")),
            ("version", .string(version)),
            ("rules", .array(rules.map { rule($0, catalog: catalog) })),
        ])
        var properties: [(String, JSONValue)] = []
        if let lowest = reports.map(\.report.summary.score).min() {
            properties.append(("score", .int(lowest)))
        }
        properties.append(
            (
                "scores",
                .array(
                    reports.map { file, report in
                        .object([
                            ("file", .string(file)), ("language", .string(report.language.rawValue)),
                            ("score", .int(report.summary.score)), ("errors", .int(report.summary.errors)),
                            ("warnings", .int(report.summary.warnings)), ("infos", .int(report.summary.infos)),
                        ])
                    })
            ))
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("language", .string(catalog.language.rawValue)),
            ("results", .array(results)),
            ("properties", .object(properties)),
        ])
        return JSONValue.object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([run])),
        ]).rendered()
    }

    /// The SARIF level of a severity: errors and warnings as they are, infos as notes.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ rule: RuleID, catalog: Catalog) -> JSONValue {
        let texts = catalog.texts(for: rule)
        return .object([
            ("id", .string(rule.rawValue)),
            ("name", .string(rule.rawValue)),
            ("shortDescription", .object([("text", .string(texts.title))])),
            ("fullDescription", .object([("text", .string(texts.message.replacing(/\{[A-Za-z_]+\}/, with: "…")))])),
            ("help", .object([("text", .string(texts.hint.replacing(/\{[A-Za-z_]+\}/, with: "…")))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
        ])
    }

    private static func result(_ finding: Finding, file: String, ruleIndex: Int) -> JSONValue {
        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(file)))]))]
        if let line = finding.line, line >= 1 {
            physical.append(("region", .object([("startLine", .int(line))])))
        }
        var properties: [(String, JSONValue)] = []
        if let objective = finding.objective { properties.append(("objective", .int(objective))) }
        if let keyResult = finding.keyResult { properties.append(("keyResult", .int(keyResult))) }
        properties.append(("hint", .string(finding.hint)))
        return .object([
            ("ruleId", .string(finding.rule.rawValue)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
            ("properties", .object(properties)),
        ])
    }

    /// A file name as a URI reference: path characters kept, everything else percent-encoded.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}

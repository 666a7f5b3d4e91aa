/// Writes findings as GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request's lines:
///
///     ::error file=okrs.yaml,line=4,title=kr-not-measurable: Nothing in the key result can be counted::O1 KR1: …
///
/// Severities map to `error`, `warning` and `notice`. Values are escaped as the runner expects
/// (`%`, CR and LF in the message; also `:` and `,` in properties), so no text from a checked
/// file can end the command or start another. Each file ends with its summary as a plain log line
/// (its name escaped the same way, so that it cannot start a command either).
public enum GitHubReport {
    public static func render(_ reports: [(file: String, report: Report)], languages: Languages) -> String {
        var lines: [String] = []
        for (file, report) in reports {
            let catalog = languages.catalog(for: report.language)
            for finding in report.findings {
                lines.append(command(finding, file: file, catalog: catalog))
            }
            lines.append("\(escapeData(file)): \(TextReport(colour: false).summary(report, catalog: catalog))")
        }
        return lines.joined(separator: "\n")
    }

    /// The workflow command of one finding.
    static func command(_ finding: Finding, file: String, catalog: Catalog) -> String {
        var properties = ["file=" + escapeProperty(file)]
        if let line = finding.line, line >= 1 { properties.append("line=\(line)") }
        let title = "\(finding.rule.rawValue): \(catalog.texts(for: finding.rule).title)"
        properties.append("title=" + escapeProperty(title))
        let label = catalog.label(of: finding).map { "\($0): " } ?? ""
        let message = "\(label)\(finding.message)\n\(finding.hint)"
        return "::\(name(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    private static func name(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A message escaped as the runner's `escapeData`: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A property value escaped as the runner's `escapeProperty`: the message's escapes, `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}

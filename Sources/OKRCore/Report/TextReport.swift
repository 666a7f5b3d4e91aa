/// Writes a report the way linters print: `FILE:LINE: severity: [rule-id] O1 KR2: message`,
/// the hint indented under it, and a summary line with the score.
public struct TextReport: Sendable {
    /// Whether to colour severities with ANSI escapes (only on a terminal, never with `NO_COLOR`).
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ report: Report, file: String, catalog: Catalog) -> String {
        var lines: [String] = []
        for finding in report.findings {
            let place = finding.line.map { "\(file):\($0)" } ?? file
            let label =
                catalog.label(of: finding).map { " \($0):" } ?? ""
            let rule = paint("[\(finding.rule.rawValue)]", .dim)
            lines.append("\(place): \(severity(finding.severity)): \(rule)\(label) \(finding.message)")
            lines.append("    " + paint(finding.hint, .dim))
        }
        lines.append("\(file): \(summary(report, catalog: catalog))")
        return lines.joined(separator: "\n")
    }

    /// "1 error, 2 warnings, 0 infos; score 78/100 (language: en)", in the catalog's language.
    public func summary(_ report: Report, catalog: Catalog) -> String {
        let texts = catalog.report
        let values = [
            "errors": texts.errors(report.summary.errors),
            "warnings": texts.warnings(report.summary.warnings),
            "infos": texts.infos(report.summary.infos),
            "score": String(report.summary.score),
            "language": report.language.rawValue,
        ]
        return Template.render(report.findings.isEmpty ? texts.clean : texts.summary, values)
    }

    private func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: paint("error", .bold, .red)
        case .warning: paint("warning", .bold, .yellow)
        case .info: paint("info", .bold, .cyan)
        }
    }

    private var paint: TerminalPainter { TerminalPainter(colour: colour) }
}

import Foundation

/// Writes reports as the JSON of the rule catalogue's contract.
///
/// One report is the contract's object; several (one per file) are an array of
/// them, each with a `file` key first.
public enum JSONReport {
    public static func render(_ report: Report) -> String {
        encode(Document(file: nil, report: report))
    }

    public static func render(_ reports: [(file: String, report: Report)]) -> String {
        encode(reports.map { Document(file: $0.file, report: $0.report) })
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        let file: String?
        let report: Report

        enum Keys: String, CodingKey {
            case file, lang, findings, summary
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(file, forKey: .file)
            try container.encode(report.language.rawValue, forKey: .lang)
            try container.encode(report.findings.map(FindingEntry.init), forKey: .findings)
            try container.encode(SummaryEntry(report.summary), forKey: .summary)
        }
    }

    private struct FindingEntry: Encodable {
        let finding: Finding

        enum Keys: String, CodingKey {
            case rule, severity, objective, keyResult, message, hint
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(finding.rule.rawValue, forKey: .rule)
            try container.encode(finding.severity.rawValue, forKey: .severity)
            try container.encodeIfPresent(finding.objective, forKey: .objective)
            try container.encodeIfPresent(finding.keyResult, forKey: .keyResult)
            try container.encode(finding.message, forKey: .message)
            try container.encode(finding.hint, forKey: .hint)
        }
    }

    private struct SummaryEntry: Encodable {
        let summary: Report.Summary

        init(_ summary: Report.Summary) {
            self.summary = summary
        }

        enum Keys: String, CodingKey {
            case errors, warnings, infos, score
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(summary.errors, forKey: .errors)
            try container.encode(summary.warnings, forKey: .warnings)
            try container.encode(summary.infos, forKey: .infos)
            try container.encode(summary.score, forKey: .score)
        }
    }
}

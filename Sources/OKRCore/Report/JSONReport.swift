/// Writes reports as the JSON of the rule catalogue's contract, keys in the contract's order.
///
/// One report is the contract's object; several (one per file) are an array of
/// them, each with a `file` key first. `write` hands the text on in pieces as it
/// goes, so a report of any size needs no second copy in memory.
public enum JSONReport {
    public static func render(_ report: Report) -> String {
        var writer = JSONWriter()
        document(report, file: nil, into: &writer, pieces: .max) { _ in }
        return writer.text
    }

    public static func render(_ reports: [(file: String, report: Report)]) -> String {
        var writer = JSONWriter()
        write(reports, into: &writer, pieces: .max) { _ in }
        return writer.text
    }

    /// Writes one report, or an array of several, handing `sink` each piece of about 64 KB
    /// and the rest at the end; the text ends with a line end.
    public static func write(
        _ reports: [(file: String, report: Report)], asArray: Bool, to sink: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = JSONWriter(capacity: chunk + 4_096)
        if asArray {
            try write(reports, into: &writer, pieces: chunk, sink)
        } else if let only = reports.first {
            try document(only.report, file: nil, into: &writer, pieces: chunk, sink)
        }
        writer.newLineAtEnd()
        try writer.flush(sink)
    }

    /// The size of the pieces `write` hands on.
    private static let chunk = 64 * 1_024

    private static func write(
        _ reports: [(file: String, report: Report)], into writer: inout JSONWriter, pieces: Int,
        _ sink: ([UInt8]) throws -> Void
    ) rethrows {
        writer.beginArray()
        for (file, report) in reports {
            try document(report, file: file, into: &writer, pieces: pieces, sink)
        }
        writer.endArray()
    }

    private static func document(
        _ report: Report, file: String?, into writer: inout JSONWriter, pieces: Int, _ sink: ([UInt8]) throws -> Void
    ) rethrows {
        writer.beginObject()
        if let file {
            writer.key("file")
            writer.string(file)
        }
        writer.key("lang")
        writer.string(report.language.rawValue)
        writer.key("findings")
        writer.beginArray()
        // By index: a for-in loop would copy each finding, its texts and values, on the way.
        let findings = report.findings
        for index in findings.indices {
            write(findings[index], into: &writer)
            if writer.bytes.count >= pieces { try writer.flush(sink) }
        }
        writer.endArray()
        let summary = report.summary
        writer.key("summary")
        writer.beginObject()
        for (name, count) in [
            ("errors", summary.errors), ("warnings", summary.warnings), ("infos", summary.infos),
            ("score", summary.score),
        ] {
            writer.key(name)
            writer.int(count)
        }
        writer.endObject()
        writer.endObject()
    }

    private static func write(_ finding: Finding, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("rule")
        writer.string(finding.rule.rawValue)
        writer.key("severity")
        writer.string(finding.severity.rawValue)
        if let objective = finding.objective {
            writer.key("objective")
            writer.int(objective)
        }
        if let keyResult = finding.keyResult {
            writer.key("keyResult")
            writer.int(keyResult)
        }
        writer.key("message")
        writer.string(finding.message)
        writer.key("hint")
        writer.string(finding.hint)
        writer.endObject()
    }
}

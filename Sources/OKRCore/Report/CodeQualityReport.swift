/// Writes findings as a GitLab Code Quality report: a JSON array of issues that GitLab shows in
/// merge requests (`artifacts: reports: codequality:`).
///
/// Each issue has `description`, `check_name` (the rule id), `fingerprint`, `severity`
/// (errors `major`, warnings `minor`, infos `info`) and `location` with `path` and
/// `lines.begin` (1 for findings about the whole set). The fingerprint hashes the file, rule,
/// place (O2 KR1) and message, not the line, so it stays the same from run to run and while
/// lines above move; GitLab uses it to tell new findings from fixed ones.
public enum CodeQualityReport {
    public static func render(_ reports: [(file: String, report: Report)], languages: Languages) -> String {
        var issues: [JSONValue] = []
        var seen: [String: Int] = [:]
        for (file, report) in reports {
            let catalog = languages.catalog(for: report.language)
            for finding in report.findings {
                let label = catalog.label(of: finding)
                let identity = [file, finding.rule.rawValue, label ?? "", finding.message].joined(separator: "\u{0}")
                let occurrence = seen[identity, default: 0]
                seen[identity] = occurrence + 1
                issues.append(
                    .object([
                        ("description", .string([label, finding.message].compactMap { $0 }.joined(separator: ": "))),
                        ("check_name", .string(finding.rule.rawValue)),
                        ("fingerprint", .string(fingerprint(identity + "\u{0}\(occurrence)"))),
                        ("severity", .string(severity(finding.severity))),
                        (
                            "location",
                            .object([
                                ("path", .string(file)),
                                ("lines", .object([("begin", .int(max(finding.line ?? 1, 1)))])),
                            ])
                        ),
                    ]))
            }
        }
        return JSONValue.array(issues).rendered()
    }

    /// Code Quality's severity of a finding.
    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    /// 32 hex digits: two 64-bit FNV-1a hashes of the text with different seeds. Stable across runs
    /// and machines (Swift's `Hasher` is seeded per process, so it cannot serve).
    static func fingerprint(_ text: String) -> String {
        let seeds: [UInt64] = [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4]
        return seeds.map { seed in
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

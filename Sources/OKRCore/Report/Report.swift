/// What a check found in a set: the findings, the language they are written in, and a summary.
public struct Report: Sendable, Equatable {
    public var language: LanguageCode
    public var findings: [Finding]
    public var summary: Summary

    public init(language: LanguageCode, findings: [Finding], set: OKRSet) {
        self.language = language
        self.findings = findings
        summary = Summary(findings: findings, set: set)
    }

    /// True when an error was found, or a warning and `strict` is on: the check fails.
    public func fails(strict: Bool) -> Bool {
        summary.errors > 0 || (strict && summary.warnings > 0)
    }

    /// Counts by severity, and the quality score.
    public struct Summary: Sendable, Equatable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// The quality score from 0 to 100: see `Score`.
        public var score: Int

        init(findings: [Finding], set: OKRSet) {
            (errors, warnings, infos) = (0, 0, 0)
            for index in findings.indices {
                switch findings[index].severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
            let entries = set.objectives.count + set.objectives.reduce(0) { $0 + $1.keyResults.count }
            score = Score.of(errors: errors, warnings: warnings, infos: infos, entries: entries)
        }
    }
}

import OKRCore

/// Writes a cycle report as JSON: raw figures for dashboards and scripts.
///
/// The shape is stable: every key is always present, in this order, with `null`
/// where there is no value. Numbers are raw (progress is a fraction, not a percentage, and
/// is not clamped: beyond the target it is more than 1); days are "2026-11-21".
///
/// ```
/// { "format": "okrcoach-report", "version": 1, "today": "2026-11-21",
///   "cycle": "2026-Q4" | null,                       (null for the report of one set)
///   "sets": [ { "team", "cycle", "lang", "reviewed",
///     "objectives": [ { "title", "commitment", "grade", "band", "progress", "post_mortem",
///       "key_results": [ { "text", "owner", "type", "baseline", "target", "weight",
///         "latest": check-in | null, "progress", "change",
///         "confidence", "confidence_level", "confidence_trend", "grade", "band",
///         "attention": [ { "kind": "stale", "days": 18 | null }
///                      | { "kind": "falling_confidence", "scores": [8, 6, 5] } ],
///         "check_ins": [ { "day", "value", "confidence", "note", "author" } ] } ] } ],
///     "retro": [ { "topic", "text" } ] } ] }
/// ```
///
/// `type` is how the key result keeps score (`increase`, `decrease`, `at_least`,
/// `at_most`, `milestone`), named as in the check file. `baseline` is the one set
/// for the key result; when it is null, progress counts from the first check-in's
/// value. `change` is the latest value minus the one before; `confidence` the
/// latest score (1–10) and `confidence_level` its band (`on_track`, `at_risk`,
/// `off_track`); `confidence_trend` is `up`, `down` or `steady` since the score
/// before. An objective's `progress` is the weighted mean of its key results'
/// progress, each held to 0…1; its `grade` the weighted mean of their grades.
/// Bands are `red`, `yellow` and `green`. `attention` is empty once the set is
/// reviewed. The JSON holds no words of a language: each set's `lang` says what
/// its texts are written in.
public enum CycleReportJSON {
    /// The version of the shape; it changes only when a key changes meaning or goes away.
    public static let version = 1

    public static func render(_ report: CycleReport) -> String {
        JSONValue.object([
            ("format", .string("okrcoach-report")),
            ("version", .int(version)),
            ("today", .string(report.today.description)),
            ("cycle", .optional(report.cycle, JSONValue.string)),
            ("sets", .array(report.sections.map(section))),
        ]).rendered() + "\n"
    }

    private static func section(_ section: CycleReport.Section) -> JSONValue {
        let set = section.set
        return .object([
            ("team", .optional(set.team, JSONValue.string)),
            ("cycle", .optional(set.cycle, JSONValue.string)),
            ("lang", .optional(set.lang?.rawValue, JSONValue.string)),
            ("reviewed", day(set.reviewed)),
            ("objectives", .array(section.objectives.map(objective))),
            ("retro", .array(set.retro.map { .object([("topic", .string($0.topic)), ("text", .string($0.text))]) })),
        ])
    }

    private static func objective(_ status: ObjectiveStatus) -> JSONValue {
        .object([
            ("title", .string(status.objective.title)),
            ("commitment", .optional(status.objective.commitment?.rawValue, JSONValue.string)),
            ("grade", .optional(status.grade, JSONValue.number)),
            ("band", band(status.grade)),
            ("progress", .optional(status.progress, JSONValue.number)),
            ("post_mortem", .optional(status.objective.postMortem, JSONValue.string)),
            ("key_results", .array(status.keyResults.map(keyResult))),
        ])
    }

    private static func keyResult(_ status: KeyResultStatus) -> JSONValue {
        let keyResult = status.keyResult
        return .object([
            ("text", .string(keyResult.text)),
            ("owner", .optional(keyResult.owner, JSONValue.string)),
            ("type", .optional(keyResult.kind?.rawValue, JSONValue.string)),
            ("baseline", .optional(keyResult.baseline, JSONValue.number)),
            ("target", .optional(keyResult.target, JSONValue.number)),
            ("weight", .optional(keyResult.weight, JSONValue.number)),
            ("latest", .optional(status.latest, checkIn)),
            ("progress", .optional(status.progress, JSONValue.number)),
            ("change", .optional(status.change, JSONValue.number)),
            ("confidence", .optional(status.confidences.last, JSONValue.int)),
            ("confidence_level", .optional(status.level?.rawValue, JSONValue.string)),
            ("confidence_trend", .optional(status.trend?.rawValue, JSONValue.string)),
            ("grade", .optional(keyResult.grade, JSONValue.number)),
            ("band", band(keyResult.grade)),
            ("attention", .array(status.attention.map(attention))),
            ("check_ins", .array(keyResult.checkIns.map(checkIn))),
        ])
    }

    private static func checkIn(_ checkIn: CheckIn) -> JSONValue {
        .object([
            ("day", .string(checkIn.day.description)),
            ("value", .optional(checkIn.value, JSONValue.number)),
            ("confidence", .optional(checkIn.confidence, JSONValue.int)),
            ("note", .optional(checkIn.note, JSONValue.string)),
            ("author", .optional(checkIn.author, JSONValue.string)),
        ])
    }

    private static func attention(_ attention: Attention) -> JSONValue {
        switch attention {
        case .stale(let days):
            .object([("kind", .string("stale")), ("days", .optional(days, JSONValue.int))])
        case .fallingConfidence(let scores):
            .object([("kind", .string("falling_confidence")), ("scores", .array(scores.map(JSONValue.int)))])
        }
    }

    private static func band(_ grade: Double?) -> JSONValue {
        .optional(grade.map { Grade.Band($0).rawValue }, JSONValue.string)
    }

    private static func day(_ day: Day?) -> JSONValue {
        .optional(day?.description, JSONValue.string)
    }
}

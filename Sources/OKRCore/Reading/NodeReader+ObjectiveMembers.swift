/// What a team's objective and a one-year or company objective are both read into, so that the
/// members they share are read by one function, `NodeReader.readObjectiveMember`.
protocol ReadableObjective {
    var title: String { get set }
    var line: Int? { get set }
    var parent: String? { get set }
    var keyResults: [KeyResult] { get set }
}

extension Objective: ReadableObjective {}
extension OrganisationObjective: ReadableObjective {}

extension NodeReader {
    /// Reads a member every objective may have, in a check file as in an organisation file:
    /// `title` (whose line becomes the objective's line), `parent` and `key_results`.
    ///
    /// - Returns: false, reading nothing, for any other key: the caller reads its own or warns.
    mutating func readObjectiveMember<Read: ReadableObjective>(
        _ name: String, _ value: YAMLNode, into objective: inout Read
    ) throws(InputError) -> Bool {
        switch name {
        case "title":
            objective.title = try text(value, "title") ?? ""
            objective.line = value.line ?? objective.line
        case "parent": objective.parent = try text(value, "parent")
        case "key_results":
            objective.keyResults = try list(value, "key_results").map { item throws(InputError) in
                try readKeyResult(item)
            }
        default: return false
        }
        return true
    }
}

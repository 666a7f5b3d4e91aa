import OKRCore
import Yams

/// Writes a set out: as a Markdown outline, as JSON, or as the check file YAML.
///
/// The outline and the YAML read back with `okrcoach check`, so a drafted set
/// can be checked, kept in git and edited by hand.
public enum SetExport {
    public enum Format: String, Sendable, CaseIterable {
        case md, json, yaml
    }

    public static func render(_ set: OKRSet, as format: Format, language: LanguageCode) -> String {
        switch format {
        case .md: markdown(set, language: language)
        case .json: json(set, language: language)
        case .yaml: yaml(set, language: language)
        }
    }

    private static func markdown(_ set: OKRSet, language: LanguageCode) -> String {
        var lines = ["---"] + header(set, language: language).map { "\($0.0): \(quotedIfNeeded($0.1))" }
        if !set.parents.isEmpty {
            lines.append("parents:")
            for parent in set.parents {
                lines.append("  - id: \(quotedIfNeeded(parent.id))")
                lines.append("    title: \(quotedIfNeeded(parent.title))")
            }
        }
        lines.append("---")
        for objective in set.objectives {
            lines.append("")
            lines.append("## \(objective.title)")
            lines += objective.keyResults.map { "- \($0.text)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ set: OKRSet, language: LanguageCode) -> String {
        var members: [(String, JSONValue)] = header(set, language: language).map { ($0.0, .string($0.1)) }
        if !set.parents.isEmpty {
            members.append(
                ("parents", .array(set.parents.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })))
        }
        let objectives: [JSONValue] = set.objectives.map { objective in
            var fields: [(String, JSONValue)] = [("title", .string(objective.title))]
            if let parent = objective.parent { fields.append(("parent", .string(parent))) }
            fields.append(("key_results", .array(objective.keyResults.map { .string($0.text) })))
            return .object(fields)
        }
        members.append(("objectives", .array(objectives)))
        return JSONValue.object(members).rendered() + "\n"
    }

    private static func yaml(_ set: OKRSet, language: LanguageCode) -> String {
        var pairs: [(Node, Node)] = header(set, language: language).map { (Node($0.0), Node($0.1)) }
        if !set.parents.isEmpty {
            let parents = set.parents.map { Node([(Node("id"), Node($0.id)), (Node("title"), Node($0.title))]) }
            pairs.append((Node("parents"), Node(parents)))
        }
        let objectives: [Node] = set.objectives.map { objective in
            var fields: [(Node, Node)] = [(Node("title"), Node(objective.title))]
            if let parent = objective.parent { fields.append((Node("parent"), Node(parent))) }
            fields.append((Node("key_results"), Node(objective.keyResults.map { Node($0.text) })))
            return Node(fields)
        }
        pairs.append((Node("objectives"), Node(objectives)))
        // Serializing plain strings and lists cannot fail.
        return (try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? ""
    }

    private static func header(_ set: OKRSet, language: LanguageCode) -> [(String, String)] {
        var header = [("lang", language.rawValue)]
        if let cycle = set.cycle, !cycle.isEmpty { header.append(("cycle", cycle)) }
        if let team = set.team, !team.isEmpty { header.append(("team", team)) }
        return header
    }

    /// A value for a front matter line, quoted when YAML would read it otherwise.
    private static func quotedIfNeeded(_ text: String) -> String {
        (try? Yams.serialize(node: Node(text)).trimmingWhitespace()) ?? text
    }
}

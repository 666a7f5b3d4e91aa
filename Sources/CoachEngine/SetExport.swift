import OKRCore
import Yams

/// Writes a set out: as a Markdown outline, as JSON, or as the check file YAML.
///
/// The outline and the YAML read back with `okrcoach check`, so a drafted set
/// can be checked, kept in git and edited by hand. The YAML and the JSON carry
/// every field of the set, check-ins and grades included (see `CheckFileLayout`):
/// the YAML reads back as the same set and writes out as the same text. The
/// outline carries the objectives and key results only, each on its own line: a
/// line break inside a text becomes a space, a control character a sign.
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
            lines.append("## " + VisibleText.line(objective.title))
            lines += objective.keyResults.map { "- " + VisibleText.line($0.text) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ set: OKRSet, language: LanguageCode) -> String {
        json(CheckFileLayout(set, language: language)).rendered() + "\n"
    }

    static func json(_ layout: CheckFileLayout) -> JSONValue {
        switch layout {
        case .text(let text): .string(text)
        case .number(let number): .number(number)
        case .day(let day): .string(day.description)
        case .list(let items): .array(items.map(json))
        case .fields(let fields): .object(fields.map { ($0.0, json($0.1)) })
        }
    }

    private static func yaml(_ set: OKRSet, language: LanguageCode) -> String {
        // Serializing texts, numbers and lists cannot fail.
        (try? Yams.serialize(node: yaml(CheckFileLayout(set, language: language)), allowUnicode: true)) ?? ""
    }

    /// Texts are quoted where YAML would read them as something else ("null", "42");
    /// numbers are written as JSON writes them (8, 99.9), and days plain.
    static func yaml(_ layout: CheckFileLayout) -> Node {
        switch layout {
        case .text(let text): .scalar(text.represented())
        case .number(let number): Node(JSONValue.number(number).rendered())
        case .day(let day): Node(day.description)
        case .list(let items): Node(items.map(yaml))
        case .fields(let fields): Node(fields.map { (Node($0.0), yaml($0.1)) })
        }
    }

    /// The set's `lang`, `cycle` and `team`, as the check file and the outline's front matter open.
    static func header(_ set: OKRSet, language: LanguageCode) -> [(String, String)] {
        var header = [("lang", language.rawValue)]
        if let cycle = set.cycle, !cycle.isEmpty { header.append(("cycle", cycle)) }
        if let team = set.team, !team.isEmpty { header.append(("team", team)) }
        return header
    }

    /// A value for a front matter line, quoted when YAML would read it otherwise.
    private static func quotedIfNeeded(_ text: String) -> String {
        (try? Yams.serialize(node: .scalar(text.represented()), allowUnicode: true).trimmingWhitespace()) ?? text
    }
}

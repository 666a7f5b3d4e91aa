import OKRCore

/// Writes the pyramid's tree (`okrcoach report --cycle 2027-Q1 --tree`) at the terminal, in
/// Markdown and in JSON. Each line is one objective, indented under the one it serves, with its
/// rolled-up progress and grade:
///
/// ```
/// OKR pyramid for 2027-Q1 · Acme Clinics
/// Mission: Give small clinics more time for their patients   ███░░░░░░░   30%
///   Y1 Become the first choice of small clinics              ███░░░░░░░   30%
///     C1 Win the clinics of Oslo                             ███░░░░░░░   30%
///       Growth: Make booking effortless for small clinics    ███░░░░░░░   30%  0.7
/// ```
public enum PyramidTreeReport {
    /// The width of the title column at the terminal; longer titles end in "…".
    static let titleWidth = 56
    /// The width of a whole line; a title with no figures after it may use all of it.
    static let lineWidth = 80

    /// The terminal view: a line per objective, within 80 columns.
    public static func text(_ tree: PyramidTree, texts: CycleReportTexts, today: Day) -> String {
        var lines = [heading(tree, texts: texts), texts.text(.asOf, ["day": today.description])]
        for line in Line.all(of: tree) {
            switch line {
            case .heading(let key):
                lines.append(texts.text(key))
            case .node(let node, let depth):
                let title = String(repeating: "  ", count: depth) + label(node, texts: texts)
                var figures: [String] = []
                if let progress = node.progress.map(Progress.clamped) {
                    figures.append(Progress.bar(progress) + " " + pad(texts.format.percent(progress), 5))
                }
                if let grade = node.grade { figures.append(texts.format.grade(grade)) }
                guard !figures.isEmpty else {
                    lines.append(fitted(title, lineWidth))
                    continue
                }
                let shown = fitted(title, titleWidth)
                let padding = String(repeating: " ", count: max(1, titleWidth + 2 - DisplayWidth.of(shown)))
                lines.append(shown + padding + figures.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown: a heading, then nested list items with the figures after each title.
    public static func markdown(_ tree: PyramidTree, texts: CycleReportTexts, today: Day) -> String {
        var lines = [
            "# " + MarkdownText.inline(heading(tree, texts: texts)), "", texts.text(.asOf, ["day": today.description]),
            "",
        ]
        // The lists under a heading start a list of their own, at the margin.
        var outdent = 0
        for line in Line.all(of: tree) {
            switch line {
            case .heading(let key):
                lines += ["", "## " + MarkdownText.inline(texts.text(key)), ""]
                outdent = 1
            case .node(let node, let depth):
                var figures: [String] = []
                if let progress = node.progress.map(Progress.clamped) {
                    figures.append(texts.text(.progress, ["value": texts.format.percent(progress)]))
                }
                if let grade = node.grade {
                    figures.append(
                        texts.text(
                            .grade, ["grade": texts.format.grade(grade), "band": texts.format.band(Grade.Band(grade))]))
                }
                let tail = figures.isEmpty ? "" : " · " + figures.joined(separator: " · ")
                let indent = String(repeating: "  ", count: max(0, depth - outdent))
                lines.append(indent + "- " + MarkdownText.inline(label(node, texts: texts)) + tail)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JSON: the tree as nested objects, each with its level, id, team, title, progress and grade
    /// (raw fractions, null where there is none) and its children.
    public static func json(_ tree: PyramidTree, today: Day) -> String {
        JSONValue.object([
            ("format", .string("okrcoach-tree")),
            ("version", .int(1)),
            ("today", .string(today.description)),
            ("cycle", .string(tree.cycle)),
            ("organisation", .optional(tree.organisation, JSONValue.string)),
            ("mission", node(tree.root)),
            ("company_unaligned", .array(tree.companyUnaligned.map(node))),
            ("team_unaligned", .array(tree.teamUnaligned.map(node))),
        ]).rendered() + "\n"
    }

    private static func node(_ node: PyramidTree.Node) -> JSONValue {
        .object([
            ("level", .string(node.level.rawValue)),
            ("id", .optional(node.id, JSONValue.string)),
            ("team", .optional(node.team, JSONValue.string)),
            ("title", .string(node.title)),
            ("progress", .optional(node.progress.map(Progress.clamped), JSONValue.number)),
            ("grade", .optional(node.grade, JSONValue.number)),
            ("children", .array(node.children.map(self.node))),
        ])
    }

    /// "OKR pyramid for 2027-Q1 · Acme Clinics".
    private static func heading(_ tree: PyramidTree, texts: CycleReportTexts) -> String {
        let title = texts.text(.treeTitle, ["cycle": tree.cycle])
        guard let name = tree.organisation, !name.isEmpty else { return title }
        return title + " · " + VisibleText.line(name)
    }

    /// A line of the tree in reading order: an objective at its depth, or the heading of a list of
    /// objectives that serve nothing above them.
    private enum Line {
        case node(PyramidTree.Node, depth: Int)
        case heading(CycleReportTexts.Key)

        static func all(of tree: PyramidTree) -> [Line] {
            var lines: [Line] = []
            func walk(_ node: PyramidTree.Node, _ depth: Int) {
                lines.append(.node(node, depth: depth))
                for child in node.children { walk(child, depth + 1) }
            }
            walk(tree.root, 0)
            for (list, key) in [
                (tree.companyUnaligned, .treeCompanyUnaligned), (tree.teamUnaligned, .treeTeamUnaligned),
            ]
                as [([PyramidTree.Node], CycleReportTexts.Key)] where !list.isEmpty
            {
                lines.append(.heading(key))
                for node in list { walk(node, 1) }
            }
            return lines
        }
    }

    /// "Mission: …", "Y1 …", "C2 …", "Growth: …"; the headings of the unaligned lists.
    private static func label(_ node: PyramidTree.Node, texts: CycleReportTexts) -> String {
        let title = VisibleText.line(node.title)
        switch node.level {
        case .mission:
            return texts.text(.treeMission) + ": " + (title.isEmpty ? texts.text(.treeNoMission) : title)
        case .yearly, .company: return (node.id.map { VisibleText.line($0) + " " } ?? "") + title
        case .team: return texts.team(of: OKRSet(team: node.team)) + ": " + title
        }
    }

    private static func fitted(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        for character in text {
            if DisplayWidth.of(kept) + DisplayWidth.of(character) > width - 1 { break }
            kept.append(character)
        }
        return kept + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}

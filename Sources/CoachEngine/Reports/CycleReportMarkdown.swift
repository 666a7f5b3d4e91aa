import OKRCore

/// Writes a cycle report as Markdown, for a wiki or a git repository.
///
/// A title with the team and cycle; per objective a heading, its grade and band
/// (once graded) and commitment, and a table of its key results (type, baseline →
/// target, latest value, a progress bar, the change since the check-in before,
/// the confidence trend, the grade); then the latest check-ins' notes, the
/// post-mortem and what needs attention; last the retrospective, by question.
/// Every block stands between blank lines and people's text is escaped, so it
/// renders the same in GitHub, GitLab and the common wiki renderers.
public enum CycleReportMarkdown {
    /// How many of the last confidence scores a table shows.
    static let confidencesShown = 4

    /// - Parameter retroTopics: the retrospective flow's questions, in the order the answers are shown.
    public static func render(_ report: CycleReport, texts: CycleReportTexts, retroTopics: [String]) -> String {
        var blocks = ["# " + MarkdownText.inline(texts.title(of: report)), "*" + texts.dateLine(of: report) + "*"]
        let depth = report.cycle == nil ? 2 : 3
        for section in report.sections {
            if report.cycle != nil {
                blocks.append("## " + MarkdownText.inline(texts.team(of: section.set)))
                if let reviewed = section.set.reviewed {
                    blocks.append("*" + texts.text(.reviewed, ["day": reviewed.description]) + "*")
                }
            }
            blocks += sectionBlocks(section, depth: depth, texts: texts, retroTopics: retroTopics)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func sectionBlocks(
        _ section: CycleReport.Section, depth: Int, texts: CycleReportTexts, retroTopics: [String]
    ) -> [String] {
        guard !section.objectives.isEmpty else { return [texts.text(.noObjectives)] }
        var blocks: [String] = []
        for (index, status) in section.objectives.enumerated() {
            blocks += objectiveBlocks(status, index: index, depth: depth, texts: texts)
        }
        blocks += retroBlocks(section.set.retro, depth: depth, texts: texts, topics: retroTopics)
        return blocks
    }

    private static func objectiveBlocks(_ status: ObjectiveStatus, index: Int, depth: Int, texts: CycleReportTexts)
        -> [String]
    {
        let heading = String(repeating: "#", count: depth) + " "
        var blocks = [heading + texts.format.objective(index) + ". " + MarkdownText.inline(status.objective.title)]
        var facts: [String] = []
        if let grade = status.grade {
            facts.append("**" + texts.gradeLine(grade) + "** " + emoji(Grade.Band(grade)))
        } else if let progress = status.progress {
            facts.append(
                texts.text(.progress, ["value": "`\(Progress.bar(progress))` " + texts.format.percent(progress)]))
        }
        if let commitment = status.objective.commitment { facts.append(texts.name(of: commitment)) }
        if !facts.isEmpty { blocks.append(facts.joined(separator: " · ")) }
        guard !status.keyResults.isEmpty else { return blocks + [texts.text(.noKeyResults)] }
        blocks.append(table(status.keyResults, texts: texts))
        if status.keyResults.contains(where: \.baselineFromFirstCheckIn) {
            blocks.append("*" + texts.text(.baselineFromFirst) + "*")
        }
        let notes = status.keyResults.enumerated().flatMap { Self.notes(of: $1, index: $0, texts: texts) }
        if !notes.isEmpty { blocks += ["**" + texts.text(.notes) + "**", notes.joined(separator: "\n")] }
        if let postMortem = status.objective.postMortem, !postMortem.trimmingWhitespace().isEmpty {
            blocks += ["**" + texts.text(.postMortem) + "**", "> " + MarkdownText.block(postMortem)]
        }
        let flags = status.keyResults.enumerated().flatMap { index, result in
            result.attention.map { "- **\(texts.format.keyResult(index))**: " + texts.attention($0) }
        }
        if !flags.isEmpty { blocks += ["**" + texts.text(.attention) + "**", flags.joined(separator: "\n")] }
        return blocks
    }

    /// The notes of a key result's latest check-in day (one for each member who wrote one), as list items:
    /// "- **KR2**, 2026-11-14, kari: …".
    private static func notes(of status: KeyResultStatus, index: Int, texts: CycleReportTexts) -> [String] {
        guard let day = status.keyResult.checkIns.last?.day else { return [] }
        return status.keyResult.checkIns.filter { $0.day == day }.compactMap { checkIn in
            guard let note = checkIn.note, !note.trimmingWhitespace().isEmpty else { return nil }
            var values = ["label": "**" + texts.format.keyResult(index) + "**", "day": day.description]
            values["text"] = MarkdownText.inline(note)
            guard let author = checkIn.author, !author.trimmingWhitespace().isEmpty else {
                return "- " + texts.text(.note, values)
            }
            values["author"] = MarkdownText.inline(author)
            return "- " + texts.text(.noteBy, values)
        }
    }

    private static func table(_ results: [KeyResultStatus], texts: CycleReportTexts) -> String {
        let columns = CycleReportTexts.Column.allCases
        var rows = [
            "| " + columns.map { MarkdownText.inline(texts.name(of: $0)) }.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: columns.count),
        ]
        for (index, result) in results.enumerated() {
            rows.append(
                "| " + columns.map { cell($0, result, index: index, texts: texts) }.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }

    private static func cell(
        _ column: CycleReportTexts.Column, _ status: KeyResultStatus, index: Int, texts: CycleReportTexts
    ) -> String {
        let keyResult = status.keyResult
        let dash = "–"
        switch column {
        case .keyResult:
            let owner = keyResult.owner.map { " (\(MarkdownText.inline($0)))" } ?? ""
            return "**\(texts.format.keyResult(index))** " + MarkdownText.inline(keyResult.text) + owner
        case .kind:
            let kind = keyResult.kind.map(texts.name) ?? dash
            guard let weight = keyResult.weight else { return kind }
            return kind + ", " + texts.text(.weight, ["weight": texts.format.number(weight)])
        case .range:
            let range = texts.range(status)
            if range.baseline == nil, range.target == nil { return dash }
            guard keyResult.kind != .atLeast, keyResult.kind != .atMost else {
                return range.target.map(MarkdownText.unbroken) ?? dash
            }
            let baseline = range.baseline.map { status.baselineFromFirstCheckIn ? "*\($0)*" : $0 } ?? dash
            return MarkdownText.unbroken(baseline + " → " + (range.target ?? dash))
        case .latest:
            return texts.latest(status).map(MarkdownText.unbroken) ?? "*" + texts.format.noCheckIn + "*"
        case .progress:
            guard let state = texts.state(status) else { return dash }
            return MarkdownText.unbroken("`\(Progress.bar(status.progress))` " + state)
        case .change:
            return texts.change(status) ?? dash
        case .confidence:
            guard let trend = texts.confidenceTrend(status, last: confidencesShown), let level = status.level else {
                return dash
            }
            return trend + " " + MarkdownText.unbroken(texts.name(of: level))
        case .grade:
            return keyResult.grade.map { MarkdownText.unbroken(texts.format.grade($0) + " " + emoji(Grade.Band($0))) }
                ?? dash
        }
    }

    /// The answers by question: the flow's questions in its order, then any other topic a file brought.
    private static func retroBlocks(
        _ all: [RetroNote], depth: Int, texts: CycleReportTexts, topics flowTopics: [String]
    )
        -> [String]
    {
        let notes = all.filter { !$0.text.trimmingWhitespace().isEmpty }
        guard !notes.isEmpty else { return [] }
        var topics = flowTopics.filter { topic in notes.contains { $0.topic == topic } }
        for note in notes where !topics.contains(note.topic) {
            topics.append(note.topic)
        }
        var blocks = [String(repeating: "#", count: depth) + " " + texts.text(.retro)]
        for topic in topics {
            blocks.append(String(repeating: "#", count: depth + 1) + " " + MarkdownText.inline(texts.question(topic)))
            let items = notes.filter { $0.topic == topic }.map { "- " + MarkdownText.block($0.text) }
            blocks.append(items.joined(separator: "\n"))
        }
        return blocks
    }

    /// A coloured circle for a band, which reads at a glance where colour shows.
    private static func emoji(_ band: Grade.Band) -> String {
        switch band {
        case .red: "🔴"
        case .yellow: "🟡"
        case .green: "🟢"
        }
    }
}

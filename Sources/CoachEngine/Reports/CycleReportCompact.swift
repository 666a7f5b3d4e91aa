import OKRCore

/// Writes a cycle report for the terminal: one line per key result, within 80 columns.
///
/// ```
///     Key result                                  Progress            Latest Confidence
/// O2. Run a service clinics can trust in order …  ███░░░░░░░      33%
///   KR1 Keep uptime at least 99.9 %               ██████████     held    99.95 9
///   KR2 Keep monthly churn at most 2 %            ░░░░░░░░░░ not held      2.4 3 ↓
///   KR3 Publish the security whitepaper with a…   (no check-in yet)
///     ! KR3: no check-in at all yet
/// ```
///
/// Each set's key results are headed by the names of the columns (`cycle_report.columns`). Each
/// key result shows a bar, its progress (held or not for a threshold), the
/// latest value and the last confidence score with its trend; each objective its grade once graded, and its
/// progress before. Long texts end in "…". With `colour`, bars and grades take the
/// colour of their band and confidence scores the colour of their level; whether
/// to colour is the terminal adapter's call (a terminal, and no `NO_COLOR`).
public struct CycleReportCompact: Sendable {
    public var colour: Bool
    /// The widest a line may be, in columns.
    public var width: Int

    public init(colour: Bool, width: Int = 80) {
        self.colour = colour
        self.width = width
    }

    private static let barWidth = 10

    /// The widths of the columns, as wide as the report's widest entry and no wider:
    /// the key result's text takes what is left.
    private struct Columns {
        let label: Int
        let text: Int
        let state: Int
        let latest: Int
        let confidence: Int

        /// Where the bars start.
        var bar: Int { 2 + label + 1 + text + 2 }
    }

    public func render(_ report: CycleReport, texts: CycleReportTexts) -> String {
        let columns = self.columns(report, texts: texts)
        var lines = [paint(fit(texts.title(of: report), width), .bold), fit(texts.dateLine(of: report), width)]
        for section in report.sections {
            lines.append("")
            if report.cycle != nil {
                let team = "── " + fit(texts.team(of: section.set), width - 4) + " "
                lines.append(paint(team + String(repeating: "─", count: max(0, width - team.count)), .bold))
            }
            guard !section.objectives.isEmpty else {
                lines.append(fit(texts.text(.noObjectives), width))
                continue
            }
            lines.append(headings(columns, texts: texts))
            for (index, objective) in section.objectives.enumerated() {
                if index > 0 { lines.append("") }
                lines += self.lines(objective, index: index, columns: columns, texts: texts)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func columns(_ report: CycleReport, texts: CycleReportTexts) -> Columns {
        let objectives = report.sections.flatMap(\.objectives)
        let results = objectives.flatMap(\.keyResults)
        let count = objectives.map(\.keyResults.count).max() ?? 0
        let label = (0..<count).map { texts.format.keyResult($0).count }.max() ?? 0
        let states =
            results.compactMap { texts.state($0)?.count }
            + objectives.compactMap { $0.progress.map { texts.format.percent($0).count } }
        let state = min(12, states.max() ?? 1)
        // Each column is as wide as its heading, too; the key result's text takes what is left.
        let latest = max(
            min(10, results.compactMap { texts.latest($0)?.count }.max() ?? 1), texts.name(of: .latest).count)
        let confidence = max(
            results.compactMap { texts.confidence($0)?.count }.max() ?? 0, texts.name(of: .confidence).count)
        var figures = Self.barWidth + 1 + state + 1 + latest + 1 + confidence
        if results.contains(where: { $0.latest == nil }) { figures = max(figures, noCheckIn(texts).count) }
        let text = max(10, width - (2 + label + 1) - 2 - figures)
        return Columns(label: label, text: text, state: state, latest: latest, confidence: confidence)
    }

    /// The names of the columns, each over its column: the key result, its bar and progress,
    /// the latest value (right-aligned, as the values are) and the confidence.
    private func headings(_ columns: Columns, texts: CycleReportTexts) -> String {
        let keyResult = pad(fit(texts.name(of: .keyResult), columns.bar - 4), columns.bar - 2)
        let figures = Self.barWidth + 1 + columns.state
        let progress = pad(fit(texts.name(of: .progress), figures), figures)
        let latest = rightAligned(fit(texts.name(of: .latest), columns.latest), columns.latest)
        let confidence = fit(texts.name(of: .confidence), columns.confidence)
        return trimmedEnd("  " + keyResult + progress + " " + latest + " " + confidence)
    }

    private func lines(_ status: ObjectiveStatus, index: Int, columns: Columns, texts: CycleReportTexts) -> [String] {
        let title = texts.format.objective(index) + ". " + status.objective.title
        var lines = [heading(title, status, columns: columns, texts: texts)]
        guard !status.keyResults.isEmpty else { return lines + ["  " + fit(texts.text(.noKeyResults), width - 2)] }
        for (offset, result) in status.keyResults.enumerated() {
            let label = pad(texts.format.keyResult(offset), columns.label)
            let text = pad(fit(result.keyResult.text, columns.text), columns.text)
            lines.append(trimmedEnd("  \(label) \(text)  " + figures(result, columns: columns, texts: texts)))
        }
        for (offset, result) in status.keyResults.enumerated() {
            for attention in result.attention {
                let line = "    ! \(texts.format.keyResult(offset)): " + texts.attention(attention)
                lines.append(paint(fit(line, width), .yellow))
            }
        }
        return lines
    }

    /// The objective's line: its grade once graded, else its bar in the key results' bar column.
    private func heading(_ title: String, _ status: ObjectiveStatus, columns: Columns, texts: CycleReportTexts)
        -> String
    {
        if let grade = status.grade {
            let gradeLine = fit(texts.gradeLine(grade), width / 2)
            let fitted = fit(title, width - gradeLine.count - 2)
            return paint(fitted, .bold) + "  " + paint(gradeLine, band(grade))
        }
        guard let progress = status.progress else { return paint(fit(title, width), .bold) }
        let fitted = fit(title, columns.bar - 2)
        let gap = String(repeating: " ", count: columns.bar - fitted.count)
        let state = rightAligned(texts.format.percent(progress), columns.state)
        return paint(fitted, .bold) + gap + paint(Progress.bar(progress), band(progress)) + " " + state
    }

    /// The bar, the progress in words, the latest value and the confidence; or that there is no check-in yet.
    private func figures(_ status: KeyResultStatus, columns: Columns, texts: CycleReportTexts) -> String {
        guard let latest = texts.latest(status) else {
            return fit(noCheckIn(texts), width - columns.bar)
        }
        let bar = paint(Progress.bar(status.progress), status.progress.map(band))
        let state = rightAligned(fit(texts.state(status) ?? "–", columns.state), columns.state)
        var line = bar + " " + state + " " + rightAligned(fit(latest, columns.latest), columns.latest)
        if let level = status.level, let confidence = texts.confidence(status) {
            line += " " + paint(confidence, self.level(level))
        }
        return line
    }

    private func noCheckIn(_ texts: CycleReportTexts) -> String {
        "(" + texts.format.noCheckIn + ")"
    }

    private func band(_ fraction: Double) -> TerminalStyle {
        switch Grade.Band(fraction) {
        case .red: .red
        case .yellow: .yellow
        case .green: .green
        }
    }

    private func level(_ level: ConfidenceLevel) -> TerminalStyle {
        switch level {
        case .onTrack: .green
        case .atRisk: .yellow
        case .offTrack: .red
        }
    }

    private var paint: TerminalPainter { TerminalPainter(colour: colour) }

    /// The text on one line with its control characters made visible, cut to `width` columns,
    /// ending in "…" when cut.
    private func fit(_ text: String, _ width: Int) -> String {
        let line = VisibleText.line(text)
        guard line.count > width else { return line }
        return trimmedEnd(String(line.prefix(max(0, width - 1)))) + "…"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Right-aligned in `width` columns.
    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func trimmedEnd(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}

import OKRCore

/// Writes a cycle report for the terminal: one line per key result, within 80 columns.
///
/// ```
/// O1. Make booking effortless so that clinics stay  ███████░░░  70%
///   KR1 Increase weekly bookings from 700 to 900  ████████░░  80%        860 8 ↓
///   KR2 Get the ISO 27001 certificate             (no check-in yet)
///     ! KR2: no check-in for 15 days
/// ```
///
/// Each key result shows a bar, its progress, the latest value and the last
/// confidence score with its trend; each objective its grade once graded, and its
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
    private static let stateWidth = 9
    private static let latestWidth = 10
    private static let confidenceWidth = 4

    public func render(_ report: CycleReport, texts: CycleReportTexts) -> String {
        var dateLine = texts.text(.asOf, ["day": report.today.description])
        if report.cycle == nil, let reviewed = report.sections.first?.set.reviewed {
            dateLine += " · " + texts.text(.reviewed, ["day": reviewed.description])
        }
        var lines = [paint(fit(texts.title(of: report), width), .bold), fit(dateLine, width)]
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
            for (index, objective) in section.objectives.enumerated() {
                if index > 0 { lines.append("") }
                lines += self.lines(objective, index: index, texts: texts)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func lines(_ status: ObjectiveStatus, index: Int, texts: CycleReportTexts) -> [String] {
        let labels = status.keyResults.indices.map(texts.keyResultLabel)
        let labelWidth = labels.map(\.count).max() ?? 0
        let fixed = Self.barWidth + 1 + Self.stateWidth + 1 + Self.latestWidth + 1 + Self.confidenceWidth
        let textWidth = max(10, width - 2 - labelWidth - 1 - 2 - fixed)
        let title = texts.objectiveLabel(index) + ". " + status.objective.title
        var lines = [heading(title, status, barColumn: 2 + labelWidth + 1 + textWidth + 2, texts: texts)]
        guard !status.keyResults.isEmpty else { return lines + ["  " + fit(texts.text(.noKeyResults), width - 2)] }
        for (offset, result) in status.keyResults.enumerated() {
            let lead = "  " + pad(labels[offset], labelWidth) + " " + pad(fit(result.keyResult.text, textWidth), textWidth) + "  "
            lines.append(trimmedEnd(lead + figures(result, texts: texts)))
        }
        for (offset, result) in status.keyResults.enumerated() {
            for attention in result.attention {
                lines.append(paint(fit("    ! \(labels[offset]): " + texts.attention(attention), width), .yellow))
            }
        }
        return lines
    }

    /// The objective's line: its grade once graded, else its bar in the key results' bar column.
    private func heading(_ title: String, _ status: ObjectiveStatus, barColumn: Int, texts: CycleReportTexts) -> String {
        if let grade = status.grade {
            let gradeLine = fit(texts.gradeLine(grade), width / 2)
            let fitted = fit(title, width - gradeLine.count - 2)
            return paint(fitted, .bold) + "  " + paint(gradeLine, band(grade))
        }
        guard let progress = status.progress else { return paint(fit(title, width), .bold) }
        let fitted = fit(title, barColumn - 2)
        let gap = String(repeating: " ", count: barColumn - fitted.count)
        let state = rightAligned(texts.percent(progress), Self.stateWidth)
        return paint(fitted, .bold) + gap + paint(Progress.bar(progress), band(progress)) + " " + state
    }

    /// The bar, the progress in words, the latest value and the confidence; or that there is no check-in yet.
    private func figures(_ status: KeyResultStatus, texts: CycleReportTexts) -> String {
        guard let latest = texts.latest(status) else {
            return fit("(" + texts.text(.noCheckIn) + ")", Self.barWidth + 1 + Self.stateWidth + 1 + Self.latestWidth)
        }
        let bar = paint(Progress.bar(status.progress), status.progress.map(band) ?? .none)
        let state = rightAligned(fit(texts.state(status) ?? "–", Self.stateWidth), Self.stateWidth)
        var line = bar + " " + state + " " + rightAligned(fit(latest, Self.latestWidth), Self.latestWidth)
        if let level = status.level, let trend = texts.confidenceTrend(status, last: 1) {
            line += " " + paint(trend, self.level(level))
        }
        return line
    }

    private enum Style: String {
        case none = ""
        case bold = "1"
        case red = "31"
        case yellow = "33"
        case green = "32"
    }

    private func band(_ fraction: Double) -> Style {
        switch Grade.Band(fraction) {
        case .red: .red
        case .yellow: .yellow
        case .green: .green
        }
    }

    private func level(_ level: ConfidenceLevel) -> Style {
        switch level {
        case .onTrack: .green
        case .atRisk: .yellow
        case .offTrack: .red
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour && style != .none ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The text cut to `width` columns, ending in "…" when cut.
    private func fit(_ text: String, _ width: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard line.count > width else { return line }
        return String(line.prefix(max(0, width - 1))) + "…"
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

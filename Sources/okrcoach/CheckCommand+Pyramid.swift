import OKRCore

extension CheckCommand {
    /// A file read for checking, with the settings it is checked with.
    struct Input {
        let file: String
        let settings: Settings
        var read: PyramidFile
        /// The key of the organisation it is (for an organisation file) or aligns to (for a set).
        var organisation: String?
    }

    /// The inputs with every set aligned to its organisation (`parents_from:`, else the one organisation
    /// file named); a set that cannot be aligned is told on standard error and left out.
    func align(_ inputs: [Input], organisations: inout Organisations, messages: MessageLanguage) -> [Input] {
        let named = inputs.compactMap { input -> String? in
            guard case .organisation = input.read else { return nil }
            return input.organisation
        }
        let fallback = named.count == 1 ? named[0] : nil
        return inputs.compactMap { input in
            guard case .set(var result) = input.read else { return input }
            do {
                var aligned = input
                aligned.organisation = try organisations.align(&result, file: input.file, fallback: fallback)
                aligned.read = .set(result)
                return aligned
            } catch {
                Terminal.printError(messages.line(error))
                return nil
            }
        }
    }

    /// Each input's report, in the order given: a set aligned to an organisation is checked across
    /// the sets aligned to it before it, an organisation against every set aligned to it.
    func check(_ inputs: [Input]) -> [(file: String, report: Report)] {
        var teams: [String: [Checker.AlignedTeam]] = [:]
        var reports: [Report?] = inputs.map { input in
            guard case .set(let result) = input.read else { return nil }
            let checker = input.settings.checker
            let language = input.settings.language
            guard let key = input.organisation else {
                return checker.check(result.set, language: language, suppressions: result.suppressions)
            }
            let report = checker.check(
                result.set, alignedAfter: teams[key] ?? [], language: language, suppressions: result.suppressions)
            let name = result.set.team.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
            teams[key, default: []].append(
                Checker.AlignedTeam(name: name ?? SetFile.displayName(input.file), set: result.set))
            return report
        }
        for (index, input) in inputs.enumerated() {
            guard case .organisation(let result) = input.read, let key = input.organisation else { continue }
            reports[index] = input.settings.checker.check(
                result.organisation, teams: teams[key] ?? [], language: input.settings.language,
                suppressions: result.suppressions)
        }
        return zip(inputs, reports).compactMap { input, report in
            report.map { (SetFile.displayName(input.file), $0) }
        }
    }
}

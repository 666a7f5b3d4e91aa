import OKRCore

extension Coach {
    /// Runs a slash command: "/help", "/lang nb", "/export yaml okrs.yaml".
    func command(_ line: String, _ output: inout Output) {
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let word = words.first?.lowercased() ?? ""
        let argument = words.count > 1 ? words[1].trimmingWhitespace() : nil
        guard let command = command(named: word) else {
            say(.say, "unknown_command", [:], mentions: ["command": .command(word)], &output)
            return ask(again: true, &output)
        }
        switch command {
        case .help:
            output.replies.append(texts(for: output.session).helpReply(languages: languageList))
            ask(again: true, &output)
        case .show:
            let listing = listing(of: output.session.set, format: format(output.session))
            if listing.isEmpty { say(.say, "empty_set", &output) } else { output.replies += listing }
            ask(again: true, &output)
        case .check:
            if output.session.set.objectives.isEmpty {
                say(.say, "empty_set", &output)
            } else {
                output.replies += review(of: output.session)
            }
            ask(again: true, &output)
        case .back: back(&output)
        case .skip: skip(&output)
        case .lang: switchLanguage(to: argument, &output)
        case .new:
            // "The previous one is saved" only where there is one: not for a set with nothing in it
            // yet, nor after drafting a level of the organisation, which is kept there.
            if output.session.holdsASet { say(.say, "new_set", &output) }
            output.effects.append(.newSet)
        case .list: output.effects.append(.list)
        case .open:
            if let number = argument.flatMap({ Int($0) }) {
                output.effects.append(.open(number))
            } else {
                say(.say, "no_such_set", ["number": argument ?? ""], &output)
            }
        case .export: export(argument, &output)
        case .quit: output.effects.append(.quit)
        case .checkIn: begin(.checkIn, &output)
        case .review: begin(.review, &output)
        case .retro: begin(.retro, &output)
        case .mission: startDrafting(.mission, &output)
        case .yearly: startDrafting(.yearly, &output)
        case .company: startDrafting(.company, &output)
        }
    }

    /// Starts drafting a level of the organisation in a new session; the current set stays saved.
    private func startDrafting(_ level: DraftLevel, _ output: inout Output) {
        guard levelFlows[level] != nil else {
            say(.say, "no_flow", &output)
            return ask(again: true, &output)
        }
        output.effects.append(.draft(level))
    }

    /// The command a word names, in any language.
    private func command(named word: String) -> CoachCommand? {
        let current = texts.values.sorted { $0.language < $1.language }
        for texts in current {
            if let found = texts.commands.first(where: { $0.value.contains(word) })?.key { return found }
        }
        return nil
    }

    private func back(_ output: inout Output) {
        guard let snapshot = output.session.undo.popLast() else {
            say(.say, "nothing_to_undo", &output)
            return ask(again: true, &output)
        }
        output.session.set = snapshot.set
        output.session.step = snapshot.step
        output.session.draft = snapshot.draft
        output.session.finished = snapshot.finished
        output.session.activity = snapshot.activity
        output.session.mission = snapshot.mission
        say(.say, "back", &output)
        ask(again: true, &output)
    }

    private func skip(_ output: inout Output) {
        guard let step = steps(of: output.session)[output.session.step], step.ask != nil,
            step.optional || step.defaultValue != nil || step.skip
        else {
            say(.say, "cannot_skip", &output)
            return ask(again: true, &output)
        }
        output.session.remember()
        say(.say, "skipped", &output)
        let answer = step.skip ? nil : step.defaultValue.map { defaultText($0, output.session, today: output.today) }
        perform(step, answer: answer, &output)
    }

    private func switchLanguage(to code: String?, _ output: inout Output) {
        guard let code, texts[LanguageCode(code.lowercased())] != nil else {
            let languages = languageCodes.map(\.rawValue).joined(separator: ", ")
            say(.say, "unknown_language", ["code": code ?? "", "languages": languages], &output)
            return ask(again: true, &output)
        }
        output.session.language = LanguageCode(code.lowercased())
        output.session.languageChosen = true
        say(.say, "language_switched", &output)
        ask(again: true, &output)
    }

    private func export(_ argument: String?, _ output: inout Output) {
        let words = (argument ?? "md").split(separator: " ", maxSplits: 1).map(String.init)
        guard let format = SetExport.Format(rawValue: words[0].lowercased()) else {
            say(.say, "export_formats", &output)
            return
        }
        // The set keeps its own language: a Norwegian set exported from an English conversation is still Norwegian.
        let content = SetExport.render(
            output.session.set, as: format, language: output.session.set.lang ?? language(of: output.session))
        output.effects.append(.export(content: content, path: words.count > 1 ? words[1] : nil, format: format))
    }
}

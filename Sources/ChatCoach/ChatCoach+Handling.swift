import CoachEngine
import Foundation
import OKRCore

extension ChatCoach {
    /// Answers one line.
    ///
    /// - Parameters:
    ///   - speech: the line as `speech(in:)` read it.
    ///   - network: the network it came over.
    ///   - sessions: the saved sessions the adapter loaded for `keys(for:network:)` and
    ///     `followingKeys(for:loaded:)`.
    ///   - members: who is in which channel now: only they share, see or check in a channel's set.
    ///   - buckets: each person's inbound allowance, kept by the adapter between lines.
    ///   - now: the time in seconds, for the inbound limit.
    ///   - time: the local day and time the line is answered at, from the adapter's `CoachClock`:
    ///     check-ins are dated with its day, a new set is offered its quarter, and a reminder set now
    ///     starts from it.
    ///   - copies: the speaker's saved copies (`isCopy(_:of:)`), most recently saved first, which the
    ///     adapter loads when `asksForCopies(_:)`: what "list" and "open" reach besides the set under way.
    /// - Returns: the replies, and the sessions to save before they are sent.
    public func handle(
        _ speech: Speech, network: String, sessions: [String: Session], members: ChannelMembers,
        buckets: inout [String: InboundLimit.Bucket], now: Double, time: Moment, copies: [Session] = []
    ) -> ChatTurn {
        var turn = answer(
            speech, network: network, sessions: sessions, members: members, buckets: &buckets, now: now, time: time,
            copies: copies)
        // A long answer ends saying how to get the rest, in the speaker's language as they now speak it:
        // "… (skriv «mer» for resten)", and in a channel with the coach's name, since it must be addressed.
        let spoken =
            turn.save.first { $0.id == speech.key || $0.id == checkInKey(speech) } ?? turn.greeted
            ?? sessions[speech.key]
        let texts =
            spoken.map(coach.texts(for:)) ?? languageOfCommand(speech) ?? coach.texts(for: coach.newSession(id: ""))
        let word = texts.moreWords.sorted().first ?? "more"
        let more = texts.message("chat_more", ["command": speech.channel == nil ? word : "\(nick): \(word)"])
        for index in turn.replies.indices { turn.replies[index].more = more }
        return turn
    }

    /// The texts of the language a command word belongs to ("toon", "vis"), if it is one.
    private func languageOfCommand(_ speech: Speech) -> CoachTexts? {
        let command = commandWord(speech.text)
        return coach.allTexts.first { texts in
            CoachCommand.allCases.contains { texts.words(for: $0).contains(command) }
                || texts.remindWords.contains(command) || texts.treeWords.contains(command)
        }
    }

    private func answer(
        _ speech: Speech, network: String, sessions: [String: Session], members: ChannelMembers,
        buckets: inout [String: InboundLimit.Bucket], now: Double, time: Moment, copies: [Session]
    ) -> ChatTurn {
        let session = sessions[speech.key]
        let command = commandWord(speech.text)
        // Someone new is answered in the language of the command word they used ("toon", "vis").
        let texts =
            session.map(coach.texts(for:)) ?? languageOfCommand(speech) ?? coach.texts(for: coach.newSession(id: ""))
        let (allowed, warn) = limit.take(&buckets[speech.key], now: now)
        guard allowed else {
            return warn ? ChatTurn(replies: [reply(texts.message("chat_slow_down"), to: speech)]) : ChatTurn()
        }
        if isWord(command, of: \.treeWords) {
            let team = speech.channel.flatMap { sessions[teamKey(network: network, channel: $0)] }
            return treeTurn(speech, sets: [team, session].compactMap { $0?.set }, texts: texts, today: time.day)
        }
        if let channel = speech.channel, !speech.drafts || (isTeamCommand(command) && !meansOwnDraft(speech, session)) {
            guard isMember(speech, of: channel, members) else {
                return outsider(speech, channel: channel, texts: texts)
            }
            let team = sessions[teamKey(network: network, channel: channel)]
            if isWord(command, of: { $0.remindWords }) {
                return reminderTurn(speech, channel: channel, team: team, texts: texts, time: time)
            }
            return teamTurn(command, channel: channel, team: team, speech: speech, texts: texts)
        }
        if speech.drafts, let channel = namedChannel(speech.text), isWord(command, of: { $0.words(for: .checkIn) }) {
            guard isMember(speech, of: channel, members) else {
                return outsider(speech, channel: channel, texts: texts)
            }
            return startTeamCheckIn(
                of: channel, speech: speech, sessions: sessions, network: network, texts: texts, today: time.day)
        }
        if speech.drafts, let checkIn = sessions[checkInKey(speech)], checkIn.activity != nil,
            let teamKey = checkIn.sharedSet, let team = sessions[teamKey]
        {
            return continueTeamCheckIn(
                checkIn, team: team, speech: speech, network: network, members: members, today: time.day)
        }
        if let session, let channel = namedChannel(speech.text), isWord(command, of: \.shareWords) {
            return share(
                session, with: channel, team: sessions[teamKey(network: network, channel: channel)], network: network,
                members: members, speech: speech)
        }
        return draft(speech, session: session, today: time.day, copies: copies)
    }

    // MARK: - Drafting

    private func draft(_ speech: Speech, session: Session?, today: Day, copies: [Session]) -> ChatTurn {
        let line = Self.engineLine(speech.text)
        guard let session else {
            // A first message starts the conversation; it is no answer yet. A language chosen in it
            // ("!lang nb") is taken first, so the greeting comes in that language.
            var fresh = coach.newSession(id: speech.key)
            var replies: [ChatReply] = []
            if line.hasPrefix("/"), isWord(commandWord(line), of: { $0.words(for: .lang) }) {
                let chosen = coach.respond(to: line, in: fresh, today: today)
                fresh = chosen.session
                // What it says of the language; the question comes once, after the greeting.
                replies = chosen.replies.filter { $0.kind != .ask }.map { reply($0, to: speech) }
            }
            let turn = coach.start(fresh, today: today)
            return ChatTurn(replies: replies + turn.replies.map { reply($0, to: speech) }, greeted: turn.session)
        }
        let turn = coach.respond(to: line, in: session, today: today)
        var result = ChatTurn(replies: turn.replies.map { reply($0, to: speech) }, save: [turn.session])
        for effect in turn.effects {
            switch effect {
            case .export(let content, _, let format):
                // One reply, paged like any other: an export in chat is never sent all at once. The YAML and
                // the outline are indented in no-break spaces, which chat keeps and `check` and `import` read
                // back; JSON keeps its spaces, since JSON readers take no other.
                result.replies.append(reply(format == .json ? content : ChatIndentation.forChat(content), to: speech))
            case .saveOrganisation(let organisation):
                // Chat keeps no files: the organisation is written out, to be kept and named with --organisation.
                let language = organisation.lang ?? turn.session.set.lang ?? coach.texts(for: turn.session).language
                result.replies.append(reply(coach.texts(for: turn.session).message("chat_organisation"), to: speech))
                result.replies.append(
                    reply(ChatIndentation.forChat(SetExport.render(organisation, language: language)), to: speech))
            case .newSet, .draft:
                var archived = turn.session
                // The finished or abandoned set stays, under an id of its own that no other copy ever gets
                // (the bot's uptime, which it was once named after, comes round again in the next run).
                archived.id = copyID(of: speech)
                // A row of its own; the new set is saved over the row of the one under way, at its revision.
                archived.revision = 0
                let speaking = turn.session.languageChosen ? turn.session.language : nil
                var next =
                    if case .draft(let level) = effect {
                        coach.newSession(id: speech.key, language: speaking, level: level)
                    } else {
                        coach.newSession(id: speech.key, language: speaking, following: turn.session)
                    }
                next.revision = turn.session.revision
                let fresh = coach.start(next, today: today)
                result.save = [archived, fresh.session]
                result.replies += fresh.replies.map { reply($0, to: speech) }
            case .list:
                // The set under way is number 1, then the person's copies, most recently saved first.
                result.replies += coach.listing([turn.session] + copies, for: turn.session).map {
                    reply($0, to: speech)
                }
            case .open(1):
                result.replies += coach.opened(turn.session, today: today).replies.map { reply($0, to: speech) }
            case .open(let number) where copies.indices.contains(number - 2):
                let swapped = opening(copies[number - 2], instead: turn.session)
                result.save = swapped.save
                result.replies += coach.opened(swapped.opened, today: today).replies.map { reply($0, to: speech) }
            case .open(let number):
                result.replies.append(reply(coach.noSuchSet(number, in: turn.session), to: speech))
            case .quit:
                // Nothing to leave in chat; the set is saved, and the next line goes on with it.
                result.replies.append(reply(coach.texts(for: turn.session).message("chat_quit"), to: speech))
            }
        }
        return result
    }

    // MARK: - The team's set

    private func teamTurn(
        _ command: String, channel: String, team: Session?, speech: Speech, texts: CoachTexts
    ) -> ChatTurn {
        let checkIn = isWord(command, of: { $0.words(for: .checkIn) })
        guard isTeamCommand(command) || checkIn else {
            return ChatTurn(replies: [reply(texts.message("chat_private"), to: speech)])
        }
        guard let team, !team.set.objectives.isEmpty else {
            return ChatTurn(replies: [reply(texts.message("chat_no_team_set", ["channel": channel]), to: speech)])
        }
        if checkIn {
            let words = checkInCommand(channel, texts: texts)
            return ChatTurn(replies: [reply(texts.message("chat_checkin_private", ["command": words]), to: speech)])
        }
        // The team's set, in the speaker's language.
        var view = team
        view.language = texts.language
        var lines = [texts.reply(.say, "chat_team_set", ["channel": channel])]
        lines += coach.listing(of: team.set, format: texts.format)
        if coach.allTexts.contains(where: { $0.words(for: .check).contains(command) }) {
            // Judged in the language the set is written in, whoever asks; said in the asker's.
            let judge = team.set.lang ?? coach.texts(for: team).language
            lines += coach.review(of: view, judgedIn: judge)
        }
        return ChatTurn(replies: lines.map { reply($0, to: speech) })
    }

    // MARK: - Words

    /// Whether a relayed person's "show" or "check" in the channel means their own draft: it does
    /// where they have one, unless they name the channel ("show #growth" is the team's set).
    private func meansOwnDraft(_ speech: Speech, _ session: Session?) -> Bool {
        guard speech.drafts, let session, !session.set.objectives.isEmpty, namedChannel(speech.text) == nil else {
            return false
        }
        let command = commandWord(speech.text)
        return isWord(command, of: { $0.words(for: .show) + $0.words(for: .check) })
    }

    private func isTeamCommand(_ word: String) -> Bool {
        isWord(word, of: { $0.words(for: .show) + $0.words(for: .check) }) || isWord(word, of: \.remindWords)
    }

    /// Whether a word is one of a kind of words in any language.
    func isWord<Words: Sequence<String>>(_ word: String, of words: (CoachTexts) -> Words) -> Bool {
        coach.allTexts.contains { words($0).contains(word) }
    }

    /// "share #growth", "checkin #vekst": the channel a two-word command names.
    func namedChannel(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2, words[1].hasPrefix("#") || words[1].hasPrefix("&") else { return nil }
        return words[1]
    }

    /// The words that check in a channel's set, in a language: "checkin #growth", "innsjekk #vekst".
    func checkInCommand(_ channel: String, texts: CoachTexts) -> String {
        (texts.words(for: .checkIn).first ?? CoachCommand.checkIn.rawValue) + " " + channel
    }
}

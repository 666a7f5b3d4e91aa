import CoachEngine
import OKRCore

/// A team's weekly check-in reminder in its channel: "remind friday 09:00", "remind off", "remind".
extension ChatCoach {
    /// Sets, stops or shows the reminder of a channel's team set.
    func reminderTurn(_ speech: Speech, channel: String, team: Session?, texts: CoachTexts, time: Moment) -> ChatTurn {
        guard var team, !team.set.objectives.isEmpty else {
            return ChatTurn(replies: [reply(texts.message("chat_no_team_set", ["channel": channel]), to: speech)])
        }
        let words = speech.text.split(separator: " ").dropFirst().map { $0.lowercased() }
        if words.isEmpty {
            guard let reminder = team.reminder else {
                return ChatTurn(replies: [reply(texts.message("chat_remind_none", ["channel": channel]), to: speech)])
            }
            let values = ["channel": channel, "weekday": weekdayName(reminder.weekday, texts), "time": reminder.time]
            return ChatTurn(replies: [reply(texts.message("chat_remind_shown", values), to: speech)])
        }
        if words.count == 1, isWord(words[0], of: \.offWords) {
            team.reminder = nil
            return ChatTurn(
                replies: [reply(texts.message("chat_remind_off", ["channel": channel]), to: speech)], save: [team])
        }
        guard words.count == 2, let weekday = weekday(named: words[0], texts: texts),
            let minute = Self.minuteOfDay(words[1])
        else {
            return ChatTurn(replies: [reply(texts.message("chat_remind_usage"), to: speech)])
        }
        let reminder = WeeklyReminder(weekday: weekday, minute: minute, handled: time)
        team.reminder = reminder
        let values = ["channel": channel, "weekday": weekdayName(weekday, texts), "time": reminder.time]
        return ChatTurn(replies: [reply(texts.message("chat_remind_set", values), to: speech)], save: [team])
    }

    /// The reminder a team's set is due to post in its channel at a local time, in the set's
    /// language, and the team's session with it marked sent; nil when none is due.
    public func dueReminder(of team: Session, in channel: String, at time: Moment) -> (reply: ChatReply, team: Session)?
    {
        guard var reminder = team.reminder, reminder.isDue(at: time), !team.set.objectives.isEmpty else { return nil }
        reminder.handled = time
        var sent = team
        sent.reminder = reminder
        let texts = coach.texts(for: team)
        let name = team.set.team.flatMap { $0.isEmpty ? nil : $0 } ?? channel
        let text = texts.message("chat_reminder", ["team": name, "command": checkInCommand(channel, texts: texts)])
        return (ChatReply(target: channel, text: text), sent)
    }

    /// The ISO weekday a word names, in the speaker's language first, then in any: "fri", "fredag", "ma".
    private func weekday(named word: String, texts: CoachTexts) -> Int? {
        for language in [texts] + coach.allTexts {
            if let index = language.weekdays.firstIndex(where: { $0.contains { $0.lowercased() == word } }) {
                return index + 1
            }
        }
        return nil
    }

    private func weekdayName(_ weekday: Int, _ texts: CoachTexts) -> String {
        texts.weekdays.indices.contains(weekday - 1) ? texts.weekdays[weekday - 1].first ?? "" : String(weekday)
    }

    /// "09:00", "9:30", "9.30", "9" → minutes after midnight; nil for anything else.
    static func minuteOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) }),
            let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }
}

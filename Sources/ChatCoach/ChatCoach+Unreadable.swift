import CoachEngine

extension ChatCoach {
    /// The reply to a line that came with a NUL or a carriage return inside it.
    ///
    /// Such a line is not read, since what follows the character may be hidden or cut off on
    /// the way; the speaker is asked, in their language, to send it again. The inbound limit
    /// counts it like any other line, so a stream of them is not answered line for line.
    ///
    /// - Parameters:
    ///   - speech: the line as `speech(in:)` read it, the characters replaced.
    ///   - session: the speaker's saved session, for their language.
    ///   - buckets: each person's inbound allowance, kept by the adapter between lines.
    ///   - now: the time in seconds, for the inbound limit.
    public func unreadable(
        _ speech: Speech, session: Session?, buckets: inout [String: InboundLimit.Bucket], now: Double
    ) -> ChatTurn {
        let texts = session.map(coach.texts(for:)) ?? coach.texts(for: coach.newSession(id: ""))
        let (allowed, warn) = limit.take(&buckets[speech.key], now: now)
        guard allowed else {
            return warn ? ChatTurn(replies: [reply(texts.message("chat_slow_down"), to: speech)]) : ChatTurn()
        }
        return ChatTurn(replies: [reply(texts.message("chat_unreadable_line"), to: speech)])
    }
}

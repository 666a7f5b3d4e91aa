import CoachEngine

extension ChatCoach {
    /// Why a line that reached the coach is not read.
    public enum Refusal: String, Sendable {
        /// A NUL or a carriage return inside it: what follows may be hidden or cut off on the way.
        case controlCharacter = "chat_unreadable_line"
        /// Longer than a line of the protocol: only its start arrived.
        case tooLong = "answer_too_long"
    }

    /// The reply to a line that is not read: the speaker is told why, in their language, and asked
    /// to send it again. The inbound limit counts it like any other line, so a stream of them is
    /// not answered line for line.
    ///
    /// - Parameters:
    ///   - refusal: why the line is not read.
    ///   - speech: the line as `speech(in:)` read what arrived of it, control characters replaced.
    ///   - session: the speaker's saved session, for their language.
    ///   - buckets: each person's inbound allowance, kept by the adapter between lines.
    ///   - now: the time in seconds, for the inbound limit.
    public func refuse(
        _ refusal: Refusal, _ speech: Speech, session: Session?, buckets: inout [String: InboundLimit.Bucket],
        now: Double
    ) -> ChatTurn {
        let texts = session.map(coach.texts(for:)) ?? coach.texts(for: coach.newSession(id: ""))
        let (allowed, warn) = limit.take(&buckets[speech.key], now: now)
        guard allowed else {
            return warn ? ChatTurn(replies: [reply(texts.message("chat_slow_down"), to: speech)]) : ChatTurn()
        }
        return ChatTurn(replies: [reply(refusal.rawValue, in: texts, to: speech)])
    }
}

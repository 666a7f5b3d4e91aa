import OKRCore

/// The messages every language must have, checked when the coach is built: the flows'
/// questions, what their actions say, what the engine says, and what each medium says
/// of its own (the chat's replies, its "Answer “-”" for the terminal's "Press Enter", the
/// terminal's "[FILE]" and "(Ctrl-D too)" in the list of commands).
///
/// A locale without one is refused with the key and, for a flow's question, the flow
/// file and line that asks it; without the check a chat user would read the bare key.
enum MessageContract {
    /// The messages the engine itself says, in every medium, besides the flows' questions and
    /// their actions' messages.
    static let engine: Set<String> = [
        "greeting", "help", "other_languages", "resume", "findings_intro", "summary", "score", "saved", "finished",
        "reprompt_yes_no", "reprompt_number", "reprompt_time", "reprompt_text", "reprompt_cycle",
        "reprompt_value_range",
        "answer_too_long", "language_switched", "unknown_language", "unknown_command", "back",
        "nothing_to_undo", "skipped", "cannot_skip", "no_sets", "sets", "opened", "no_such_set", "new_set",
        "exported", "export_formats", "empty_set", "nothing_to_check_in", "no_flow", "checkin_start",
        "review_start", "retro_start", "attention_stale", "attention_never", "attention_falling", "checkin_restarted",
        "previous_retro", "last_check_in", "last_check_in_by", "done_state", "not_done_state",
        "held_state", "not_held_state", "back_to_drafting", "help_answer",
        "rewrite_measure", "rewrite_start", "rewrite_target", "rewrite_deadline", "rewrite_kind", "rewrite_missing",
        "rewrite_none", "rewrite_proposal", "rewrite_no_proposal", "rewrite_reason_missing_piece",
        "rewrite_reason_reads_differently", "rewrite_reason_still_missing", "rewrite_reason_doubled_word",
        "rewrite_reason_dangling_word", "rewrite_reason_leaves_words_behind", "rewrite_pattern",
        "rewrite_kind_increase", "rewrite_kind_decrease", "rewrite_kind_at_least", "rewrite_kind_at_most",
        "rewrite_kind_milestone", "rewrite_piece_outcome", "rewrite_piece_measure", "rewrite_piece_target",
        "rewrite_piece_baseline", "rewrite_piece_deadline",
        "greeting_mission", "greeting_yearly", "greeting_company", "reprompt_year", "reprompt_pick",
        "choices_company_objectives", "choices_yearly_objectives", "choice_line", "level_saved",
        "resume_mission", "resume_yearly", "resume_company",
    ]

    /// The messages each medium says of its own.
    static let media: [Medium: Set<String>] = [
        .terminal: [
            "enter_key", "help_file", "help_eof", "left_level_saved_mission", "left_level_saved_yearly",
            "left_level_saved_company", "left_draft_saved_mission", "left_draft_saved_yearly",
            "left_draft_saved_company",
        ],
        .chat: [
            "enter_key", "enter_in_chat", "chat_private", "chat_shared", "chat_members_only",
            "chat_replace_refused", "chat_archived", "chat_checkin_replaced", "chat_no_team_set", "chat_team_set",
            "chat_slow_down", "chat_unreadable_line", "chat_nothing_to_share", "chat_checkin_private",
            "chat_remind_set",
            "chat_remind_shown", "chat_remind_none", "chat_remind_off", "chat_remind_usage", "chat_reminder",
            "chat_quit",
            "chat_unreadable", "chat_not_saved", "chat_more", "chat_organisation",
            "chat_tree_line", "chat_tree_no_team", "chat_tree_no_organisation",
        ],
    ]

    /// Checks that every language has every message the flows, their actions, the engine and each medium use.
    ///
    /// - Throws: `InputError` for the first message a language lacks: for a flow's question it names the
    ///   flow file and line, for any other the locale file and who needs the message.
    static func check(_ texts: [CoachTexts], flows: [Flow]) throws(InputError) {
        for text in texts.sorted(by: { $0.language < $1.language }) {
            let locale = "locales/\(text.language).yaml"
            for flow in flows {
                if let use = flow.messageUses.first(where: { !text.has($0.key) }) {
                    throw InputError(source: use.place, .messageMissing, ["key": use.key, "locale": locale])
                }
            }
            for medium in Medium.allCases {
                for (key, user) in needs(of: medium, flows: flows) where !text.has(key) {
                    throw InputError(source: locale, user.text, ["key": key, "action": user.action ?? ""])
                }
            }
        }
    }

    /// Who needs a message: the error's sentence, and the action's name where it is an action.
    struct User: Equatable {
        let text: CLIText
        var action: String?
    }

    /// Every message a medium needs beyond the flows' questions, each with who needs it, sorted by key.
    static func needs(of medium: Medium, flows: [Flow]) -> [(key: String, user: User)] {
        var needs: [String: User] = [:]
        for key in engine { needs[key] = User(text: .messageNeededByCoach) }
        let byMedium: CLIText =
            switch medium {
            case .terminal: .messageNeededAtTerminal
            case .chat: .messageNeededInChat
            }
        for key in media[medium] ?? [] { needs[key] = User(text: byMedium) }
        for flow in flows {
            for id in flow.order {
                guard let action = flow.steps[id]?.action else { continue }
                for key in action.messages[medium] ?? [] where needs[key] == nil {
                    needs[key] = User(text: .messageNeededByAction, action: action.name)
                }
            }
        }
        return needs.keys.sorted().compactMap { key in needs[key].map { (key, $0) } }
    }
}

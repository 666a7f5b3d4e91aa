import CoachEngine
import OKRCore
import Testing

/// Checks a whole conversation written out as it reads: lines starting with "> "
/// are what the person types, every other line is what the coach says, in order.
///
/// ```
/// Which team is this set for?
/// > Growth
/// Which cycle does it cover? Press Enter for 2026-Q4.
/// ```
///
/// The first lines (the greeting) are compared too. A line "…" stands for any
/// replies up to the next line that matches; `before` is typed first, unchecked.
@discardableResult
func expectTranscript(
    _ expected: String, language: String? = nil, before: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) -> Conversation {
    var conversation = Conversation(language: language)
    for line in before { conversation.type(line) }
    return compare(expected, typedIn: conversation, from: 0, sourceLocation: sourceLocation)
}

/// Checks the rest of a conversation already under way, as `expectTranscript(_:language:before:)` does:
/// the lines starting with "> " are typed, and everything said from then on is compared.
@discardableResult
func expectTranscript(
    _ expected: String, in start: Conversation, sourceLocation: SourceLocation = #_sourceLocation
) -> Conversation {
    compare(expected, typedIn: start, from: start.transcript.count, sourceLocation: sourceLocation)
}

/// Types the expected transcript's lines and compares what was said from line `earlier` of the transcript on.
private func compare(
    _ expected: String, typedIn start: Conversation, from earlier: Int, sourceLocation: SourceLocation
) -> Conversation {
    var conversation = start
    let typed = expected.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { $0.hasPrefix(">") }.map { String($0.dropFirst($0.hasPrefix("> ") ? 2 : 1)) }
    conversation.type(typed)
    let actual = Array(conversation.transcript[earlier...])
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        .map { $0 == ">" ? "> " : $0 }
    var position = 0
    var index = 0
    while index < wanted.count {
        let line = wanted[index]
        if line == "…" {
            guard index + 1 < wanted.count else { return conversation }
            let next = wanted[index + 1]
            guard let found = actual[position...].firstIndex(of: next) else {
                Issue.record("never said: \(next)\n\(conversation.text)", sourceLocation: sourceLocation)
                return conversation
            }
            position = found
            index += 1
            continue
        }
        guard position < actual.count else {
            Issue.record("the conversation ended before: \(line)", sourceLocation: sourceLocation)
            return conversation
        }
        if actual[position] != line {
            Issue.record(
                "line \(index + 1): expected\n  \(line)\nbut the coach said\n  \(actual[position])\nwhole conversation:\n\(conversation.text)",
                sourceLocation: sourceLocation)
            return conversation
        }
        position += 1
        index += 1
    }
    if position < actual.count {
        Issue.record(
            "the coach said more: \(actual[position...].joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    return conversation
}

/// Checks the set an "undo, switch language and nonsense" transcript leaves: the cycle answered
/// last, the higher-level objective skipped, the first key result undone, and the language switched to.
func expectUndoneToFirstKeyResult(
    _ session: Session, cycle: String, speaking language: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(session.set.cycle == cycle, sourceLocation: sourceLocation)
    #expect(session.set.parents.isEmpty, sourceLocation: sourceLocation)
    #expect(session.set.objectives[0].keyResults.isEmpty, sourceLocation: sourceLocation)
    #expect(session.language == LanguageCode(language), sourceLocation: sourceLocation)
}

/// How every drafting conversation in English starts, as a transcript: the greeting, the line
/// that says the other languages are understood too, the team question answered with `team`,
/// and the cycle and higher-level objective questions answered with Enter.
func opening(team: String) -> String {
    """
    Hi, I'm okrcoach. I'll help you write an objective and up to three key results, one question at a time. Type /help for commands.
    Du kan også svare på norsk · Du kan också svara på svenska · Je mag ook in het Nederlands antwoorden.
    Which team is this set for?
    > \(team)
    Which cycle does it cover? Press Enter for 2026-Q4.
    >
    Which higher-level objective does it serve? Press Enter to skip.
    >
    """
}

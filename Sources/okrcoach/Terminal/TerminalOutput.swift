import CoachEngine
import Foundation

/// Prints the coach's replies, styled by kind on a terminal: questions bold, findings
/// yellow, hints dim; plain everywhere else and with `NO_COLOR`.
struct TerminalOutput {
    let colour: Bool

    func show(_ replies: [Reply]) {
        for reply in replies {
            print(style(reply))
        }
        fflush(nil)
    }

    /// Text to show as it is: an export printed to the screen.
    func showPlain(_ text: String) {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        fflush(nil)
    }

    func newLine() {
        print()
    }

    private func style(_ reply: Reply) -> String {
        guard colour else {
            return reply.kind == .finding ? "• " + reply.text : reply.kind == .hint ? "  " + reply.text : reply.text
        }
        switch reply.kind {
        case .ask: return "\u{1B}[1m\(reply.text)\u{1B}[0m"
        case .finding: return "\u{1B}[33m• \(reply.text)\u{1B}[0m"
        case .hint: return "\u{1B}[2m  \(reply.text)\u{1B}[0m"
        case .summary: return "\u{1B}[36m\(reply.text)\u{1B}[0m"
        case .say: return reply.text
        }
    }
}

import CoachEngine
import Foundation
import OKRCore

/// Prints the coach's replies, styled by kind on a terminal: questions bold, findings
/// yellow, hints dim; plain everywhere else and with `NO_COLOR`. What the replies quote
/// of people's answers is shown with its control characters as signs (see `Terminal`).
/// On a terminal, each reply is broken between words to fit its width, measured again for
/// every reply so a resized window is followed; a pipe gets each reply on one line.
struct TerminalOutput {
    let colour: Bool

    /// - Throws: `CommandFailure` when standard output takes the replies not.
    func show(_ replies: [Reply]) throws(CommandFailure) {
        let columns = Terminal.columns()
        try Terminal.write(replies.map { style($0, width: columns) + "\n" }.joined())
    }

    /// Text to show as it is: an export printed to the screen.
    func showPlain(_ text: String) throws(CommandFailure) {
        try Terminal.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    func newLine() throws(CommandFailure) {
        try Terminal.write("\n")
    }

    private func style(_ reply: Reply, width: Int?) -> String {
        let visible = VisibleText.of(reply.text)
        let marked = reply.kind == .finding ? "• " + visible : reply.kind == .hint ? "  " + visible : visible
        let text = width.map { LineWrapping.wrap(marked, width: $0) } ?? marked
        let paint = TerminalPainter(colour: colour)
        switch reply.kind {
        case .ask: return paint(text, .bold)
        case .finding: return paint(text, .yellow)
        case .hint: return paint(text, .dim)
        case .summary: return paint(text, .cyan)
        case .say: return text
        }
    }
}

import Foundation
import Testing

/// `okrcoach serve`: an export's one-word lines (`key_results:`) keep the ":" after their target,
/// and the export, taken from after " :", reads back with `okrcoach check`.
@Suite(.timeLimit(.minutes(2)))
struct ServeExportEndToEndTests {
    @Test func everyTextLineHasItsColonAndTheExportReadsBack() throws {
        let scratch = try Scratch()
        let script = [
            "hi", "Growth", "-", "-", "Make onboarding effortless so that clinics stay",
            "Increase weekly bookings from 30 to 45 by March", "yes",
            "Reduce the time to book from 120 seconds to 60 seconds by March", "!export yaml",
        ]
        let run = try Okrcoach.serve(
            script, database: scratch.database,
            options: ["--inbound-burst", "100"])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("PRIVMSG alice :") }, "\(lines)")
        #expect(lines.contains("PRIVMSG alice :\u{A0}\u{A0}key_results:"), "\(lines)")
        let more = " … (say “more” for the rest)"
        let texts = lines.map { String($0.dropFirst("PRIVMSG alice :".count)) }
            .map { $0.hasSuffix(more) ? String($0.dropLast(more.count)) : $0 }
        guard let start = texts.firstIndex(where: { $0.hasPrefix("lang: ") }) else {
            Issue.record("no export in \(texts)")
            return
        }
        // The export is the last reply: one page, since the set is small.
        let export = texts[start...]
        #expect(!export.contains { $0.hasSuffix(more) })
        let file = try scratch.write("serve.yaml", export.joined(separator: "\n") + "\n")
        let check = try Okrcoach.run(["check", file])
        #expect(check.status == 0, "\(check.output) \(check.errors)")
        #expect(check.output.contains("no findings"), "\(check.output)")
    }
}

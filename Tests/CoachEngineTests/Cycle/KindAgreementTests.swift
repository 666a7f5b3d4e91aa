import CoachEngine
import Foundation
import OKRCore
import Testing

/// `check` and the cycle read every key result's kind alike: the README's check examples,
/// the key results the drafting transcripts save, and the cycle's own examples.
struct KindAgreementTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let language: String
        let text: String
        var testDescription: String { "\(language): \(text)" }
    }

    /// The key results of the README's `okrcoach check` section, with the language each is checked in.
    static var readmeExamples: [Example] {
        guard let readme = try? String(contentsOf: TestCoach.root.appendingPathComponent("README.md"), encoding: .utf8),
            let start = readme.range(of: "## `okrcoach check`"), let end = readme.range(of: "### Exit status")
        else { return [] }
        var language = "en"
        var examples: [Example] = []
        for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n") {
            if line.hasPrefix("**Norsk**") { language = "nb" }
            if line.hasPrefix("**Svenska**") { language = "sv" }
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("- "), !text.hasPrefix("- title:") else { continue }
            examples.append(Example(language: language, text: String(text.dropFirst(2))))
        }
        return examples
    }

    /// The key results the drafting transcripts save ("Key result 1.1: …").
    static var transcriptExamples: [Example] {
        let files = ["en": "English", "nb": "Norwegian", "sv": "Swedish", "nl": "Dutch"]
        return files.sorted { $0.key < $1.key }.flatMap { language, name -> [Example] in
            let path = TestCoach.root.appendingPathComponent(
                "Tests/CoachEngineTests/Transcripts/\(name)TranscriptTests.swift")
            let saved = TestCoach.coach.texts(for: CycleFixtures.session(language)).message("key_result_saved")
            let prefix = String(saved.prefix { $0 != "{" })
            guard let source = try? String(contentsOf: path, encoding: .utf8) else { return [] }
            return source.split(separator: "\n").compactMap { line in
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix(prefix), let colon = text.range(of: ": ") else { return nil }
                return Example(language: language, text: String(text[colon.upperBound...]))
            }
        }
    }

    static var cycleExamples: [Example] {
        TestCoach.codes.flatMap { language in
            (CycleFixtures.set(language).objectives[0].keyResults
                + CycleFixtures.kindsSession(language).set.objectives[0].keyResults)
                .map { Example(language: language, text: $0.text) }
        }
    }

    @Test func examplesAreFound() {
        #expect(Self.readmeExamples.count >= 8)
        #expect(Self.transcriptExamples.count >= 8)
        #expect(Self.cycleExamples.count == 20)
    }

    @Test(arguments: readmeExamples + transcriptExamples + cycleExamples)
    func checkAndTheCycleAgree(_ example: Example) {
        let language = LanguageCode(example.language)
        let set = OKRSet(
            lang: language, cycle: "2026-Q4",
            objectives: [Objective(title: "Delight clinics so that they stay", keyResults: [KeyResult(example.text)])])
        let rules = Set(
            Checker(languages: TestCoach.languages).check(set).findings.filter { $0.keyResult == 1 }.map(\.rule))
        var session = CycleFixtures.session(example.language)
        session.set = set
        var conversation = Conversation(resuming: session)
        conversation.type("/checkin")
        let kind = conversation.session.set.objectives[0].keyResults[0].kind
        #expect(
            rules.contains(.keyResultMilestone) == (kind == .milestone), "kind \(String(describing: kind)), \(rules)")
        if rules.contains(.keyResultNotMeasurable) { #expect(kind == nil) }
        if kind == .atLeast || kind == .atMost { #expect(!rules.contains(.keyResultNoBaseline)) }
    }
}

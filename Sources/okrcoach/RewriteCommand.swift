import ArgumentParser
import CoachEngine
import Foundation
import OKRCore

/// `okrcoach rewrite`: one key result read and written again, as the coach would propose it,
/// without the conversation.
struct RewriteCommand: ParsableCommand, CheckedCommand {
    static let configuration = CommandConfiguration(
        commandName: "rewrite",
        abstract: "Read one key result and propose it in the coach's pattern.",
        discussion: """
            Prints the parts the coach reads (measure, starting value, target, deadline), the kind, \
            what is missing, and the proposal; or says why it will not propose one, with the \
            pattern to write it in. A proposal is offered only when it reads back to the same \
            parts. Exit status: 0 with a proposal, 1 without one, 2 on bad input (an empty, \
            over-long or control-character text, a number beyond ±10^15, a value that is \
            not one number such as '1e999', an unknown language).

            JSON (--format json) is one object, every key always present: language, text, verb, \
            measure, from, to, bound, deadline, kind (increase, decrease, at_least, at_most, \
            milestone), missing (a list of outcome, measure, target, baseline, deadline), \
            proposal, pattern, reason (missing-piece, reads-differently, still-missing, \
            doubled-word, dangling-word, leaves-words-behind); a value not found is null.
            """
    )

    @Argument(help: ArgumentHelp("The key result as drafted.", valueName: "key-result"))
    var text: String

    @Option(help: ArgumentHelp("Today's value, the starting value ('5%').", valueName: "value"))
    var from: String?

    @Option(help: ArgumentHelp("The value to reach ('3%').", valueName: "value"))
    var to: String?

    @Option(help: ArgumentHelp("The deadline ('31 March', 'within 6 weeks').", valueName: "time"))
    var by: String?

    /// The draft's language; detected when absent.
    @OptionGroup var language: LanguageOption

    /// How the rewrite is written: for people, or one JSON object for editors and scripts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @OptionGroup var data: DataOptions

    var messageLanguage: String? { language.lang }
    var dataDirectory: String? { data.dataDirectory }

    /// The longest draft or value read: a key result is a sentence, not a document.
    static let limit = 1000

    /// Refuses input no key result holds: over-long, control characters, numbers past ±10^15.
    private func check(_ coach: Coach, language: LanguageCode?) throws(CommandFailure) {
        let inputs = [("key-result", Optional(text)), ("--from", from), ("--to", to), ("--by", by)]
        for case (let name, let value?) in inputs {
            guard value.count <= Self.limit else {
                throw CommandFailure(option: name, .tooLong, ["limit": "\(Self.limit)"])
            }
            guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw CommandFailure(option: name, .controlCharacter)
            }
            guard !coach.holdsTooLargeNumber(value, language: language) else {
                throw CommandFailure(option: name, .numberBeyond, ["limit": "\(Int(NumberReader.limit))"])
            }
        }
        for case (let name, let value?) in [("--from", from), ("--to", to)] where Self.gluesDigitsToLetters(value) {
            throw CommandFailure(option: name, .notOneNumber, ["text": value])
        }
        if let exponent = text.firstMatch(of: Self.exponent()) {
            throw CommandFailure(option: "key-result", .notOneNumber, ["text": String(exponent.output)])
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandFailure(option: "key-result", .emptyKeyResult)
        }
    }

    func run() throws {
        let (coach, clock) = try data.coachAndClock()
        let language = try self.language.language(among: coach.languages)
        try check(coach, language: language)
        let rewrite = coach.rewrite(text, from: from, to: to, by: by, language: language, today: clock.today)
        switch format {
        case .json: try Terminal.print(Self.json(rewrite).rendered())
        case .text: try Terminal.print(coach.describe(rewrite).joined(separator: "\n"))
        }
        if rewrite.proposal == nil { throw ExitCode(1) }
    }

    /// A number written with an exponent ("1e309", "2.5E-3"), which no one writes in a key result
    /// and which would otherwise read as no value at all.
    static func exponent() -> Regex<Substring> { /\d+(?:[.,]\d+)?[eE][-+]?\d+/ }

    /// "1e999", "0x10": digits, letters and digits again in one word are no value the reader would read whole.
    static func gluesDigitsToLetters(_ value: String) -> Bool {
        value.split(whereSeparator: { $0.isWhitespace }).contains { word in
            guard let firstLetter = word.firstIndex(where: \.isLetter),
                word[..<firstLetter].contains(where: \.isNumber)
            else { return false }
            return word[firstLetter...].contains(where: \.isNumber)
        }
    }

    /// The one JSON shape, every key present.
    static func json(_ rewrite: Rewrite) -> JSONValue {
        let text: (String?) -> JSONValue = { JSONValue.optional($0, JSONValue.string) }
        return .object([
            ("language", .string(rewrite.language.rawValue)), ("text", .string(rewrite.text)),
            ("verb", text(rewrite.verb)),
            ("measure", text(rewrite.measure)), ("from", text(rewrite.from)), ("to", text(rewrite.to)),
            ("bound", text(rewrite.bound)), ("deadline", text(rewrite.deadline)), ("kind", text(rewrite.kind)),
            ("missing", .array(rewrite.missing.map(JSONValue.string))), ("proposal", text(rewrite.proposal)),
            ("pattern", text(rewrite.pattern)), ("reason", text(rewrite.reason)),
        ])
    }
}

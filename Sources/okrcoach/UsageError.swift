import ArgumentParser
import Foundation
import OKRCore

/// ArgumentParser's own usage errors (an unknown option, a missing value or argument, an
/// argument too many, a value it cannot read), said again in the person's language.
///
/// ArgumentParser keeps its errors' kinds to itself and says them in English. What it does
/// give is that line (`message(for:)`) and the command's help hint (`fullMessage(for:)`), each
/// written from a few fixed openings, the same for every command; so the line is read back by
/// them. A line none of them matches is said as ArgumentParser wrote it, in the frame of the
/// person's language (`usage_other`). A value ArgumentParser cannot read is a bad option value
/// and exits 2, as every bad option value does; the other usage errors keep its status, 64.
struct UsageError {
    let failure: CommandFailure

    /// The patterns of ArgumentParser's lines, each with the sentence it becomes and the names of its parts.
    private static let patterns: [(pattern: String, key: CLIText, parts: [String])] = [
        (#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?$"#, .usageDidYouMean, ["option", "suggestion"]),
        (#"^Unknown option '([^']*)'$"#, .usageUnknownOption, ["option"]),
        (#"^Missing value for '([^']*)'$"#, .usageMissingValue, ["option"]),
        (
            #"^The option '([^']*)' does not take any value, but '(.*)' was specified\.$"#, .usageNoValueTaken,
            ["option", "value"]
        ),
        (#"^Missing expected argument '([^']*)'$"#, .usageMissingArgument, ["argument"]),
        (#"^Unexpected argument '(.*)'$"#, .usageUnexpected, ["arguments"]),
        (#"^\d+ unexpected arguments: '(.*)'$"#, .usageUnexpected, ["arguments"]),
        (
            #"^The value '(.*)' is invalid for '([^']*)'(?:\. Please provide one of .*|: .*)?$"#, .usageInvalidValue,
            ["value", "option"]
        ),
    ]

    /// - Parameters:
    ///   - message: ArgumentParser's line (`message(for:)`).
    ///   - fullMessage: its full text, whose last line names the command's help.
    ///   - status: its exit status (64 for a usage error).
    init(message: String, fullMessage: String, status: ExitCode) {
        let help = Self.firstMatch(#"See '([^']*)' for more information"#, in: fullMessage)?.first ?? "okrcoach --help"
        for (pattern, key, parts) in Self.patterns {
            guard let captured = Self.firstMatch(pattern, in: message) else { continue }
            var values = ["help": help]
            for (part, value) in zip(parts, captured) { values[part] = value }
            let status = key == .usageInvalidValue ? ExitCode(2) : status
            failure = CommandFailure(.init(source: "okrcoach", key, values), status: status)
            return
        }
        let text = message.split(separator: "\n").joined(separator: " ")
        failure = CommandFailure(.init(source: "okrcoach", .usageOther, ["text": text, "help": help]), status: status)
    }

    /// The options that say which language to speak, read from the raw arguments, since a usage
    /// error leaves no parsed command to ask: `--lang` and `--data-dir`, as `--x v` or `--x=v`.
    static func messageOptions(_ arguments: [String]) -> (lang: String?, dataDirectory: String?) {
        func value(_ option: String) -> String? {
            for (index, argument) in arguments.enumerated() {
                if argument == "--" { return nil }
                if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
                if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
            }
            return nil
        }
        return (value("--lang"), value("--data-dir"))
    }

    /// The groups of the first match of a pattern, or nil when it does not match.
    private static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]),
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

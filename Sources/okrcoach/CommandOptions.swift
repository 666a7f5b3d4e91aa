import ArgumentParser
import CoachEngine
import OKRCore

/// A command's options checks and what its messages need, for `OKRCoachCommand.main`'s one path.
///
/// ArgumentParser wraps whatever `validate()` throws into its own usage error, in English and
/// with its own exit status; so okrcoach checks its option values here, after parsing and
/// before running, and a refusal is a `CommandFailure` like any other.
protocol CheckedCommand {
    /// `--lang` as given, to say messages in; nil when the command has none.
    var messageLanguage: String? { get }
    /// `--data-dir`, whose locale files the messages come from too.
    var dataDirectory: String? { get }
    /// Refuses an option value the command cannot work with.
    func checkOptions() throws(CommandFailure)
}

extension CheckedCommand {
    var messageLanguage: String? { nil }
    var dataDirectory: String? { nil }
    func checkOptions() throws(CommandFailure) {}
}

/// `--db`: the SQLite file the sets are kept in, for every command that reads or saves a set.
struct DatabaseOption: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite file the sets are kept in.", valueName: "file"))
    var db: String?

    /// The saved sets in that file.
    var saved: SavedSets { SavedSets(db: db) }
}

/// `--set N` or `--team NAME`: which saved set a cycle command or a report opens.
struct SetChoice: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The saved set, numbered as /list shows them (most recent first); default: the most recent set with key results.",
            valueName: "number"))
    var set: Int?

    @Option(help: SavedSets.teamHelp)
    var team: String?
}

/// `--lang`: a language okrcoach has a locale file for, checked against the locales it read.
struct LanguageOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The language, by its locale file's code (such as en or nb); default: the set's, else the one its text is written in (coach: LANG's). okrcoach's own messages follow it too, else LANG.",
            valueName: "code"))
    var lang: String?

    /// The language `--lang` names; nil without it.
    ///
    /// - Throws: `CommandFailure` naming the languages there are, when it names none of them.
    func language(among codes: [LanguageCode]) throws(CommandFailure) -> LanguageCode? {
        guard let lang else { return nil }
        let language = LanguageCode(lang.lowercased())
        guard codes.contains(language) else {
            let known = codes.map(\.rawValue).sorted().joined(separator: ", ")
            throw CommandFailure(option: "--lang", .unknownLanguage, ["code": lang, "known": known])
        }
        return language
    }
}

extension DataOptions {
    /// The coach, built from the data folders; a data file that is missing or wrong is the command's failure.
    func coach() throws(CommandFailure) -> Coach {
        do {
            return try CoachLoader(dataDirectory: dataDirectory).coach()
        } catch {
            throw CommandFailure.program(error)
        }
    }

    /// The coach of the data folders and the clock it runs on (`CoachClock.program()`).
    func coachAndClock() throws(CommandFailure) -> (Coach, CoachClock) {
        let coach = try coach()
        do {
            return (coach, try CoachClock.program())
        } catch {
            throw CommandFailure.program(error)
        }
    }

    /// The retrospective's topics: the questions of the data folders' retro flow.
    func retroTopics() throws(CommandFailure) -> [String] {
        do {
            return try DataDirectories(override: dataDirectory).retroTopics()
        } catch {
            throw CommandFailure.program(error)
        }
    }

    /// The languages of the locale files in the data folders.
    func languages() throws(CommandFailure) -> Languages {
        do {
            return try DataDirectories(override: dataDirectory).languages()
        } catch {
            throw CommandFailure.program(error)
        }
    }
}

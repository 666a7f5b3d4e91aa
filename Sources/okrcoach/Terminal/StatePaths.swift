import Foundation

/// Where okrcoach keeps its files, following the XDG base directories.
enum StatePaths {
    /// `$XDG_DATA_HOME/okrcoach/okrcoach.sqlite`, by default `~/.local/share/okrcoach/okrcoach.sqlite`.
    static func database(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        folder("XDG_DATA_HOME", ".local/share", environment).appendingPathComponent("okrcoach.sqlite").path
    }

    /// `$XDG_STATE_HOME/okrcoach/history`, by default `~/.local/state/okrcoach/history`.
    static func history(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        folder("XDG_STATE_HOME", ".local/state", environment).appendingPathComponent("history").path
    }

    private static func folder(_ variable: String, _ fallback: String, _ environment: [String: String]) -> URL {
        if let value = environment[variable], !value.isEmpty {
            return URL(fileURLWithPath: value).appendingPathComponent("okrcoach")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback).appendingPathComponent("okrcoach")
    }

    /// The language the locale settings name (`LC_ALL`, `LC_MESSAGES`, `LANG`), as they write it:
    /// "nb_NO.UTF-8" → "nb", "nn_NO" → "nn". Which locale that is, by its code or an alias the
    /// locale claims, is `Languages.language(named:)`'s to say.
    static func localeLanguage(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let setting else { return nil }
        let code = String(setting.unicodeScalars.prefix { ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        return code.isEmpty ? nil : code.lowercased()
    }
}

import Foundation

/// The package's own folders, found from this file, for tests that read the repository's data
/// (`locales/`, `prompts/`, `Fuzz/`) or the shared material beside it (`../shared/`).
public enum Repository {
    /// The folder that holds Package.swift.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/<path>`, beside the package: tests that read it skip, saying so, where it is absent.
    public static func shared(_ path: String) -> URL {
        root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
    }

    /// The codes of the locale files in a folder, by their file names, sorted: by default the
    /// repository's `locales/`, so a locale file added there is tested too.
    public static func localeCodes(in folder: URL = root.appendingPathComponent("locales")) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }
}

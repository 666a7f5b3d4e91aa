import Foundation
import OKRCore

/// Finds okrcoach's data folders (`locales/`, later `prompts/`) from any working directory.
///
/// Looked for, first match of a file wins: `--data-dir`, the user's drop-ins in
/// `$XDG_DATA_HOME/okrcoach` (default `~/.local/share/okrcoach`), the folder
/// SwiftPM copies next to the program, the program's own folder, and
/// `../share/okrcoach` beside an installed `bin/okrcoach`.
struct DataDirectories {
    let folders: [URL]

    init(override: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var folders: [URL] = []
        if let override {
            folders.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            folders.append(URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("okrcoach"))
        } else if let home {
            folders.append(home.appendingPathComponent(".local/share/okrcoach"))
        }
        let program = Self.programFolder()
        folders.append(program.appendingPathComponent("okrcoach_okrcoach.resources"))
        folders.append(program)
        folders.append(program.deletingLastPathComponent().appendingPathComponent("share/okrcoach"))
        self.folders = folders
    }

    /// The folder of the running program, with links resolved.
    private static func programFolder() -> URL {
        let selfLink = URL(fileURLWithPath: "/proc/self/exe")
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: selfLink.path) {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        let argument = CommandLine.arguments.first ?? "."
        return URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Every catalog in the `locales` folders; a language's first file wins.
    ///
    /// - Throws: `InputError` for a locale file that cannot be read, or when there is none at all.
    func languages() throws(InputError) -> Languages {
        var catalogs: [Catalog] = []
        var seen = Set<String>()
        let manager = FileManager.default
        for folder in folders {
            let locales = folder.appendingPathComponent("locales")
            guard let names = try? manager.contentsOfDirectory(atPath: locales.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let code = String(name.dropLast(".yaml".count))
                guard seen.insert(code).inserted else { continue }
                let file = locales.appendingPathComponent(name)
                let text = try InputFile.read(path: file.path)
                let catalog = try Catalog(yaml: text, source: file.path)
                guard catalog.language.rawValue == code else {
                    throw InputError(
                        source: file.path, message: "the file says it is '\(catalog.language)'; name it \(catalog.language).yaml")
                }
                catalogs.append(catalog)
            }
        }
        guard !catalogs.isEmpty else {
            let searched = folders.map { $0.appendingPathComponent("locales").path }.joined(separator: ", ")
            throw InputError(source: "okrcoach", message: "no locale files found; looked in \(searched); use --data-dir")
        }
        return Languages(catalogs)
    }
}

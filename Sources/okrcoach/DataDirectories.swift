import CoachEngine
import Foundation
import OKRCore
import Synchronization

/// Finds okrcoach's data folders (`locales/`, `prompts/`) from any working directory.
///
/// Looked for, first match of a file wins: `--data-dir`, the user's drop-ins in
/// `$XDG_DATA_HOME/okrcoach` (default `~/.local/share/okrcoach`), the folder
/// SwiftPM copies next to the program, the program's own folder, and
/// `../share/okrcoach` beside an installed `bin/okrcoach`.
struct DataDirectories {
    let folders: [URL]
    /// The compiled copies of the locale files.
    let compiled: CompiledFiles
    /// `--data-dir`, which must be a folder: a typo there is an error, not a silent fallback.
    private let override: String?

    init(override: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.override = override
        compiled = CompiledFiles(environment: environment)
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

    /// A locale file found in a data folder: its language code and path.
    struct LocaleFile {
        let code: String
        let path: String

        /// The file's fields, from its compiled copy when that is of this very file (`CompiledFiles`).
        func fields(_ compiled: CompiledFiles) throws(InputError) -> YAMLFields {
            try YAMLFields(
                compiled.tree(ofFileAt: path) { yaml, source throws(InputError) in
                    try YAMLFields.tree(of: yaml, source: source)
                }, source: path)
        }
    }

    /// Every locale file in the `locales` folders; a language's first file wins. The files are read
    /// when their fields are asked for.
    ///
    /// - Throws: `InputError` for a file that cannot be read, when there is none at all, or when
    ///   `--data-dir` names no folder.
    func localeFiles() throws(InputError) -> [LocaleFile] {
        if let override {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: override, isDirectory: &isFolder) else {
                throw InputError(source: "--data-dir", .noSuchFolder, ["path": override])
            }
            guard isFolder.boolValue else { throw InputError(source: "--data-dir", .notAFolder, ["path": override]) }
        }
        var files: [LocaleFile] = []
        var seen = Set<String>()
        let manager = FileManager.default
        for folder in folders {
            let locales = folder.appendingPathComponent("locales")
            guard let names = try? manager.contentsOfDirectory(atPath: locales.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let code = String(name.dropLast(".yaml".count))
                guard seen.insert(code).inserted else { continue }
                files.append(LocaleFile(code: code, path: locales.appendingPathComponent(name).path))
            }
        }
        guard !files.isEmpty else {
            let searched = folders.map { $0.appendingPathComponent("locales").path }.joined(separator: ", ")
            throw InputError(source: "okrcoach", .noLocaleFiles, ["searched": searched])
        }
        return files
    }

    /// The rule catalogs of every locale file.
    func languages() throws(InputError) -> Languages {
        try languages(from: localeFiles())
    }

    /// The rules' catalogs of locale files, each checked to be named for the language it says it is,
    /// and what they claim together checked too; without the coach's and the report's texts, which
    /// `check` does not say.
    ///
    /// The catalogs are built on every core, one file each (their word lists compiled): a tenth of
    /// `check` on a big file. The first file that fails, in order, is the error, as one by one.
    func languages(from files: [LocaleFile]) throws(InputError) -> Languages {
        let compiled = self.compiled
        let built = Mutex([Result<Catalog, InputError>?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let catalog = Result { () throws(InputError) -> Catalog in
                let catalog = try Catalog(fields: file.fields(compiled))
                try file.checkNamed(catalog.language)
                return catalog
            }
            built.withLock { $0[index] = catalog }
        }
        var catalogs: [Catalog] = []
        for result in built.withLock({ $0 }) {
            if let result { catalogs.append(try result.get()) }
        }
        let languages = Languages(catalogs)
        try languages.check()
        return languages
    }

    /// The catalogue of every locale file, each file read once.
    func catalogues() throws(InputError) -> [LocaleCatalogue] {
        try catalogues(from: localeFiles())
    }

    /// The catalogues of locale files, each checked to be named for the language it says it is, and
    /// what they claim together (one fallback language, aliases of one language each) checked too.
    func catalogues(from files: [LocaleFile]) throws(InputError) -> [LocaleCatalogue] {
        var catalogues: [LocaleCatalogue] = []
        for file in files {
            let catalogue = try LocaleCatalogue(fields: file.fields(compiled))
            try file.checkNamed(catalogue.language)
            catalogues.append(catalogue)
        }
        try Languages(catalogues.map(\.rules)).check()
        return catalogues
    }

    /// The retrospective's questions (`prompts/retro.yaml`), the topics a retro note in a set file may have.
    func retroTopics() throws(InputError) -> [String] {
        try flow("prompts/retro.yaml").retroTopics
    }

    /// A flow ("prompts/draft.yaml") from the first folder that has it, checked.
    func flow(_ relativePath: String) throws(InputError) -> Flow {
        let path = try find(relativePath)
        return try Flow(tree: compiled.tree(ofFileAt: path, parse: Flow.tree), source: path)
    }

    /// The path of a data file ("prompts/draft.yaml") in the first folder that has it.
    func find(_ relativePath: String) throws(InputError) -> String {
        for folder in folders {
            let path = folder.appendingPathComponent(relativePath).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw InputError(source: "okrcoach", .dataFileMissing, ["file": relativePath])
    }
}

extension DataDirectories.LocaleFile {
    /// Refuses a locale file whose `language.code` is not its file name's.
    func checkNamed(_ language: LanguageCode) throws(InputError) {
        guard language.rawValue == code else {
            throw InputError(source: path, .localeNameMismatch, ["code": language.rawValue])
        }
    }
}

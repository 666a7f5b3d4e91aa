import Foundation
import OKRCore

/// Finds the `.okrcoach.yaml` that applies to a checked file: the first one in the file's folder
/// or a folder above it (for standard input, from the working directory up). Each folder is
/// looked at and each file read once, however many files share it.
struct ConfigurationFiles {
    static let name = ".okrcoach.yaml"

    /// A configuration and the file it came from; nil path for none found.
    struct Found {
        let path: String?
        let configuration: TeamConfiguration
    }

    let languages: Set<LanguageCode>
    /// What each folder looked at gave: a configuration, or the error its file holds (reported once
    /// per file checked, but read only once).
    private var byFolder: [String: Result<Found, InputError>] = [:]

    init(languages: Set<LanguageCode>) {
        self.languages = languages
    }

    /// - Parameter file: a checked file's path, or `-` for standard input.
    /// - Throws: `InputError` for a configuration file that cannot be read or holds a wrong setting.
    mutating func configuration(for file: String) throws(InputError) -> Found {
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let start = file == "-" ? working : URL(fileURLWithPath: file, relativeTo: working).deletingLastPathComponent()
        return try configuration(in: start.standardizedFileURL)
    }

    private mutating func configuration(in folder: URL) throws(InputError) -> Found {
        if let known = byFolder[folder.path] { return try known.get() }
        let candidate = folder.appendingPathComponent(Self.name).path
        let found: Result<Found, InputError>
        if FileManager.default.fileExists(atPath: candidate) {
            found = Result { () throws(InputError) in
                let text = try InputFile.read(path: candidate)
                return Found(
                    path: candidate,
                    configuration: try TeamConfiguration(yaml: text, source: candidate, languages: languages))
            }
        } else if folder.path == "/" || folder.path.isEmpty {
            found = .success(Found(path: nil, configuration: TeamConfiguration()))
        } else {
            found = Result { () throws(InputError) in try configuration(in: folder.deletingLastPathComponent()) }
        }
        byFolder[folder.path] = found
        return try found.get()
    }
}

import Foundation
import OKRCore

/// What `okrcoach check` and `okrcoach import` read from a file: a team's set or an organisation.
enum PyramidFile {
    case set(ReadResult)
    case organisation(OrganisationReadResult)

    /// Reads a file as an organisation when it is one (`mission:`, `years:` or `cycles:` at the top and
    /// no `objectives:`), else as a set, as `SetFile` does.
    ///
    /// - Throws: `InputError` naming the file and, where known, the line.
    static func read(_ file: String, languages: Languages, retroTopics: [String]) throws(InputError) -> PyramidFile {
        let text = file == "-" ? try InputFile.readStandardInput() : try InputFile.read(path: file)
        let source = SetFile.displayName(file)
        let format = file == "-" ? nil : SetReader.Format(fileName: file)
        if format != .outline, OrganisationReader.isOrganisation(text) {
            return .organisation(
                try OrganisationReader.read(
                    text, source: source, languages: Set(languages.codes), retroTopics: retroTopics))
        }
        return .set(
            try SetReader.read(text, source: source, format: format, languages: languages, retroTopics: retroTopics))
    }

    /// The problems the reading went past.
    var warnings: [InputError] {
        switch self {
        case .set(let result): result.warnings
        case .organisation(let result): result.warnings
        }
    }
}

/// The organisations the checked files align to, each read once: those named on the command line and
/// those a check file's `parents_from:` names (relative to the check file's folder).
struct Organisations {
    let languages: Languages
    let retroTopics: [String]
    /// Each organisation file read, by its absolute path: its name as first met, and what it holds.
    private var byPath: [String: (name: String, result: Result<OrganisationReadResult, InputError>)] = [:]

    init(languages: Languages, retroTopics: [String]) {
        self.languages = languages
        self.retroTopics = retroTopics
    }

    /// Keeps an organisation read from a file named on the command line; returns its key.
    mutating func add(_ result: OrganisationReadResult, file: String) -> String {
        let key = Self.key(file)
        byPath[key] = (SetFile.displayName(file), .success(result))
        return key
    }

    /// Gives a set read from `file` the company objectives of its cycle as its `parents`: those of
    /// the organisation its `parents_from:` names, else of `fallback` (the one organisation named on
    /// the command line) when the set names no `parents` of its own.
    ///
    /// - Returns: the key of the organisation it now aligns to; nil for none.
    /// - Throws: `InputError` when the organisation cannot be read, is no organisation, or has no
    ///   company objectives for the set's cycle.
    mutating func align(_ result: inout ReadResult, file: String, fallback: String?) throws(InputError) -> String? {
        let key: String
        let line: Int?
        if let from = result.parentsFrom {
            key = try read(from.path, namedIn: file, line: from.line)
            line = from.line
        } else if let fallback, result.set.parents.isEmpty {
            key = fallback
            line = nil
        } else {
            return nil
        }
        guard let entry = byPath[key] else { return nil }
        let name = entry.name
        let organisation = try entry.result.get().organisation
        guard let parents = organisation.parents(forCycle: result.set.cycle) else {
            let cycles = organisation.cycles.map(\.cycle).joined(separator: ", ")
            throw InputError(
                source: SetFile.displayName(file), line: line, .parentsFromNoCycle,
                ["file": name, "cycle": result.set.cycle ?? "", "cycles": cycles.isEmpty ? "–" : cycles])
        }
        result.set.parents = parents
        return key
    }

    /// Reads the organisation file `path` names (relative to `file`'s folder) once; returns its key.
    /// Messages name it as the check file's folder and `parents_from:` put it together
    /// (`teams/../company/okrs.yaml`).
    private mutating func read(_ path: String, namedIn file: String, line: Int?) throws(InputError) -> String {
        let folder = file == "-" || path.hasPrefix("/") ? "" : (file as NSString).deletingLastPathComponent
        let name = folder.isEmpty ? path : folder + "/" + path
        let key = Self.key(name)
        if byPath[key] == nil {
            let result = Result { () throws(InputError) -> OrganisationReadResult in
                let text = try InputFile.read(path: key)
                guard OrganisationReader.isOrganisation(text) else {
                    throw InputError(
                        source: SetFile.displayName(file), line: line, .parentsFromNotOrganisation, ["file": name])
                }
                return try OrganisationReader.read(
                    text, source: name, languages: Set(languages.codes), retroTopics: retroTopics)
            }
            byPath[key] = (name, result.mapError { error in error.source == key ? Self.renamed(error, name) : error })
        }
        _ = try byPath[key]?.result.get()
        return key
    }

    /// An error about the file read by its absolute path, said with the name a person gave it.
    private static func renamed(_ error: InputError, _ name: String) -> InputError {
        var renamed = error
        renamed.source = name
        return renamed
    }

    /// A file's absolute, standardized path: one key however it is named.
    private static func key(_ file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.path
    }
}

import CoachEngine
import Foundation
import OKRCore

/// The repository's locale files and flows, read once for every fuzz input.
///
/// The fuzz targets run from a checkout (`Fuzz/run`, the regression tests), so the data
/// files are read from it rather than installed; a missing one is a broken checkout.
enum FuzzData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every language of the checkout's `locales/`, by its file names.
    static let codes: [String] = {
        let folder = root.appendingPathComponent("locales").path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            fatalError("okrcoach fuzzing: cannot list \(folder)")
        }
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }()

    private static func read(_ path: String) -> String {
        do {
            return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        } catch {
            fatalError("okrcoach fuzzing: cannot read \(path) in \(root.path): \(error)")
        }
    }

    private static func loaded<Value>(_ path: String, _ make: (String) throws -> Value) -> Value {
        do {
            return try make(read(path))
        } catch {
            fatalError("okrcoach fuzzing: \(error)")
        }
    }

    static let languages = Languages(
        codes.map { code in loaded("locales/\(code).yaml") { try Catalog(yaml: $0, source: code) } })

    /// The day every fuzzed turn runs on, so that a crash replays the same way any day.
    static let today = Day(year: 2026, month: 11, day: 15)

    /// The coach, as the repository's data files make it.
    static let coach: Coach = {
        let texts = codes.map { code in loaded("locales/\(code).yaml") { try CoachTexts(yaml: $0, source: code) } }
        let flow = loaded("prompts/draft.yaml") { try Flow(yaml: $0, source: "draft") }
        var cycleFlows: [Activity.Kind: Flow] = [:]
        for kind in Activity.Kind.allCases {
            cycleFlows[kind] = loaded("prompts/\(kind.rawValue).yaml") { try Flow(yaml: $0, source: kind.rawValue) }
        }
        do {
            return try Coach(languages: languages, texts: texts, flow: flow, cycleFlows: cycleFlows)
        } catch {
            fatalError("okrcoach fuzzing: \(error)")
        }
    }()

    /// The input as the programs see text: UTF-8, invalid bytes replaced.
    static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    /// The input's lines, as a person or a chat bridge sends them one at a time; at most 200,
    /// so that one input stays a fraction of a second.
    static func lines(_ data: Data) -> [String] {
        text(data).split(separator: "\n", omittingEmptySubsequences: false).prefix(200).map(String.init)
    }
}

import Foundation
import OKRFuzzing
import TestSupport
import Testing

/// Every input the fuzzers keep runs through its target again: the seed corpus (`Fuzz/corpus/<target>`)
/// and each crash found (`Fuzz/crashes/<target>`), so a fixed crash stays fixed.
struct FuzzRegressionTests {
    static let fuzz = Repository.root.appendingPathComponent("Fuzz")

    /// The kept inputs of a target, as (folder/file, bytes).
    static func inputs(_ target: String, in folder: String) throws -> [(String, Data)] {
        let directory = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { name in
            ("\(folder)/\(target)/\(name)", try Data(contentsOf: directory.appendingPathComponent(name)))
        }
    }

    @Test(arguments: FuzzTargets.names)
    func seedCorpusRunsClean(_ target: String) async throws {
        let inputs = try Self.inputs(target, in: "corpus")
        #expect(!inputs.isEmpty, "Fuzz/corpus/\(target) holds no seeds")
        for (_, data) in inputs {
            await FuzzTargets.run(target, data)
        }
    }

    @Test(arguments: FuzzTargets.names)
    func crashesFoundStayFixed(_ target: String) async throws {
        for (_, data) in try Self.inputs(target, in: "crashes") {
            await FuzzTargets.run(target, data)
        }
    }
}

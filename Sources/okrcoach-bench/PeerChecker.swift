import Foundation

/// The Python checker okrcoach is compared with, and the script that makes its big input,
/// from the shared `bench` folder beside the project.
struct PeerChecker {
    let checker: String
    let maker: String

    /// Looks in `../shared/bench` from the working directory, then beside the package the
    /// program was built in.
    static func find(near products: URL) -> PeerChecker? {
        let package = products.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/bench"),
            package.appendingPathComponent("../shared/bench"),
        ]
        for folder in candidates {
            let checker = folder.appendingPathComponent("naive_check.py").standardizedFileURL.path
            let maker = folder.appendingPathComponent("make_big.py").standardizedFileURL.path
            if FileManager.default.fileExists(atPath: checker), FileManager.default.fileExists(atPath: maker) {
                return PeerChecker(checker: checker, maker: maker)
            }
        }
        return nil
    }

    /// Writes the big check file; false when the script could not run.
    func makeFile(keyResults: Int, at path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", maker, String(keyResults), path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 && FileManager.default.fileExists(atPath: path)
    }
}

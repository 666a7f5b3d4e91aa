import Foundation
import TestSupport
import Testing

/// `make install` into a temporary prefix, the installed program run from another folder, and
/// `make uninstall`. The program is the one this test run built (a release build inside `swift test`
/// would take minutes and fight over .build), staged where `make` stages it; the Makefile does the rest.
@Suite(.timeLimit(.minutes(5)))
struct InstallEndToEndTests {
    static let root = Repository.root

    private func make(_ targets: [String], stage: URL, destination: URL) throws -> ChildProcess.Result {
        try ChildProcess.run(
            "/usr/bin/env",
            ["make", "-s", "-C", Self.root.path] + targets + [
                "STAGE=\(stage.path)", "DESTDIR=\(destination.path)", "PREFIX=/usr/local",
            ])
    }

    @Test func installsIntoAPrefixRunsFromElsewhereAndUninstalls() throws {
        let scratch = try Scratch()
        let stage = scratch.folder.appendingPathComponent("stage")
        let destination = scratch.folder.appendingPathComponent("dest dir")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Okrcoach.program, to: stage.appendingPathComponent("okrcoach"))

        let install = try make(["completions", "install-files"], stage: stage, destination: destination)
        #expect(install.status == 0, "\(String(decoding: install.errors, as: UTF8.self))")
        let prefix = destination.appendingPathComponent("usr/local")
        let installed = [
            "bin/okrcoach", "share/okrcoach/locales/en.yaml", "share/okrcoach/locales/nb.yaml",
            "share/okrcoach/prompts/draft.yaml", "share/bash-completion/completions/okrcoach",
            "share/zsh/site-functions/_okrcoach", "share/fish/vendor_completions.d/okrcoach.fish",
        ]
        for file in installed {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }

        // From another folder, with no data beside it but ../share/okrcoach.
        let elsewhere = scratch.folder.appendingPathComponent("project")
        let okrs = try scratch.write("project/okrs.yaml", CheckCommandEndToEndTests.withError)
        let program = prefix.appendingPathComponent("bin/okrcoach")
        let run = try Okrcoach.run(["check", "--format", "github", "okrs.yaml"], program: program, in: elsewhere)
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.output.contains("::error file=okrs.yaml,line=4,title=kr-not-measurable"))
        #expect(FileManager.default.fileExists(atPath: okrs))

        let bash = try ChildProcess.run(
            "/bin/bash", ["-n", prefix.appendingPathComponent("share/bash-completion/completions/okrcoach").path])
        #expect(bash.status == 0, "the bash completion parses")
        let completion = try String(
            contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/okrcoach"), encoding: .utf8)
        #expect(completion.contains("sarif"), "the completion offers check's formats")

        let uninstall = try make(["uninstall"], stage: stage, destination: destination)
        #expect(uninstall.status == 0)
        for file in installed {
            #expect(
                !FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) removed")
        }
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/okrcoach").path))
    }
}

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "okrcoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "okrcoach", targets: ["okrcoach"]),
        .library(name: "OKRCore", targets: ["OKRCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    ],
    targets: [
        // The pure core: the OKR model, the readers, the rules and the reports. No I/O.
        .target(
            name: "OKRCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The coaching conversation: a pure engine that turns a line and a session into replies
        // and a new session, following the flows in prompts/.
        .target(
            name: "CoachEngine",
            dependencies: ["OKRCore", .product(name: "Yams", package: "Yams")]
        ),
        // The coach in team chat, whatever carries the lines: people, channels, shared sets, limits.
        .target(
            name: "ChatCoach",
            dependencies: ["CoachEngine", "OKRCore"]
        ),
        // The chat coach on the network: the line protocol, served over stdio or TCP (SwiftNIO).
        .target(
            name: "ChatServer",
            dependencies: [
                "ChatCoach", "CoachEngine", "OKRCore", "IRCProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Sessions in one SQLite file (GRDB).
        .target(
            name: "CoachStore",
            dependencies: ["CoachEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // IRC messages, nick case mapping and reply splitting: pure protocol code for the chat adapters.
        .target(name: "IRCProtocol"),
        // GNU readline, and a small C shim for its globals (Swift 6 will not touch them).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "CLineEditing",
            dependencies: ["CReadline"],
            linkerSettings: [.linkedLibrary("readline")]
        ),
        // The command-line tool; it finds the data folders and does the reading and writing.
        .executableTarget(
            name: "okrcoach",
            dependencies: [
                "OKRCore", "CoachEngine", "CoachStore", "ChatCoach", "ChatServer", "IRCProtocol", "CLineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("../../locales"), .copy("../../prompts")]
        ),
        // The scripted drafts the benchmarks replay.
        .target(name: "DraftScripts"),
        // Speed figures for the README; run with `swift run -c release okrcoach-bench`.
        .executableTarget(
            name: "okrcoach-bench",
            dependencies: ["OKRCore", "CoachEngine", "CoachStore", "DraftScripts"]
        ),
        // Load figures: 10 to 1,000 people drafting over TCP at once, beside an echo server; `.build/release/okrcoach-load`.
        .executableTarget(
            name: "okrcoach-load",
            dependencies: [
                "ChatServer", "DraftScripts",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // What each libFuzzer target does with one input; the fuzz executables and the regression tests call it.
        .target(
            name: "OKRFuzzing",
            dependencies: ["OKRCore", "CoachEngine", "ChatCoach", "ChatServer"]
        ),
        // What the test targets share: the seeded random generator and the repository's folders.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "OKRCoreTests",
            dependencies: ["OKRCore", "TestSupport"]
        ),
        .testTarget(
            name: "CoachEngineTests",
            dependencies: [
                "CoachEngine", "CoachStore", "OKRCore", "ChatCoach", "ChatServer", "IRCProtocol", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        // Runs the built program as a person would: files, exit codes, standard input.
        .testTarget(
            name: "okrcoachEndToEndTests",
            dependencies: ["okrcoach", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "IRCProtocolTests", dependencies: ["IRCProtocol", "TestSupport"]),
        // Replays the fuzz corpus and every crash the fuzzers found.
        .testTarget(name: "FuzzRegressionTests", dependencies: ["OKRFuzzing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer targets, one executable each, declared only for the fuzz build (Fuzz/run sets
// OKRCOACH_FUZZ): they start libFuzzer's driver, so they link only with `-sanitize=fuzzer`.
if Context.environment["OKRCOACH_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/Targets/CFuzzerDriver"),
        .target(name: "FuzzerMain", dependencies: ["CFuzzerDriver", "OKRFuzzing"], path: "Fuzz/Targets/FuzzerMain"),
    ]
    for name in ["check-file", "outline", "numbers", "coach-turn", "chat-line"] {
        package.targets.append(
            .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzerMain"], path: "Fuzz/Targets/\(name)"))
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Cunxue",
    // No `platforms:`. Linux is the only platform Cunxue builds on (Glibc, ncursesw, renameat2,
    // /proc); SwiftPM's list names Apple systems only, so any entry would claim a build that
    // does not exist.
    products: [
        .executable(name: "cunxue", targets: ["cunxue"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // No pkgConfig here: ncursesw's .pc file carries -D flags that SwiftPM refuses with a
        // warning; the shim defines what they would, and the module map links ncursesw.
        .systemLibrary(name: "CNCurses"),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "TerminalKit", dependencies: ["CNCurses"]),
        // UTS #39 skeletons and script mixes: module ids (LessonKit) and learner names (ProgressKit).
        .target(name: "UnicodeSkeleton"),
        .target(name: "LessonKit", dependencies: ["CCmark", "UnicodeSkeleton", .product(name: "Yams", package: "Yams")]),
        // The system's libcrypto, for PBKDF2 (learner and instructor PINs).
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // renameat2 (atomic exchange and no-replace renames for the learner files' saves).
        .systemLibrary(name: "CFileSystem"),
        .target(name: "ProgressKit", dependencies: ["CCrypto", "CFileSystem", "UnicodeSkeleton"]),
        .target(name: "CunxueApp", dependencies: ["LessonKit", "ProgressKit", "TerminalKit"]),
        .executableTarget(name: "cunxue", dependencies: [
            "CunxueApp", "LessonKit", "ProgressKit", "TerminalKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["VersionStamp"]),
        // The version lives in the top-level VERSION file; this plugin turns it into
        // `CunxueVersion.string` at build time (`cunxue --version`, scripts/package).
        .plugin(name: "VersionStamp", capability: .buildTool()),
        // Renders cunxue's argument-parser help as a man page for scripts/package (not installed).
        .executableTarget(name: "cunxue-manual", path: "packaging/manual"),
        // What several test targets share: the seeded random number generator of their property tests.
        .target(name: "TestSupport", dependencies: ["CunxueApp"], path: "Tests/TestSupport"),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TestSupport"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "TerminalKit", "TestSupport", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ProgressKitTests", dependencies: ["ProgressKit", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CunxueAppTests", dependencies: ["CunxueApp", "LessonKit", "ProgressKit", "TerminalKit"],
                    exclude: ["Snapshots", "Fixtures"]),
        // Runs the built `cunxue` binary: command-line behaviour, and the real terminal under tmux.
        .testTarget(name: "CunxueCLITests", dependencies: ["cunxue", "TerminalKit", "ProgressKit"]),
        // A child process for ProgressKit's crash tests (saves in a loop until killed).
        .executableTarget(name: "cunxue-save-loop", dependencies: ["ProgressKit"], path: "Tests/SaveLoop"),
        // Benchmarks and hardening helpers for scripts/bench and scripts/harden (not run by CI).
        .executableTarget(name: "cunxue-bench", dependencies: [
            "CunxueApp", "LessonKit", "ProgressKit", "TerminalKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Benchmarks/CunxueBench"),
    ]
)

// swift-tools-version:6.0
// libFuzzer targets for Cunxue's lesson loader and learner-file loader (used by scripts/harden).
//
// The main package exports only the `cunxue` executable, so a package depending on it by path
// could not import LessonKit or ProgressKit. This package builds them itself from the same
// sources: `Sources/LessonKit`, `Sources/ProgressKit`, `Sources/UnicodeSkeleton`, `Sources/CCmark`, `Sources/CCrypto` and
// `Sources/CFileSystem` are symbolic links to the main package's folders.
//
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   Fuzz/.build/release/LessonFuzz -max_total_time=60 NEW_INPUTS_FOLDER Fuzz/corpus
//   Fuzz/.build/release/LearnerFileFuzz -max_total_time=60 NEW_INPUTS_FOLDER Fuzz/learner-corpus
import PackageDescription

let package = Package(
    name: "CunxueFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "UnicodeSkeleton"),
        .target(name: "LessonKit", dependencies: ["CCmark", "UnicodeSkeleton", .product(name: "Yams", package: "Yams")]),
        .target(name: "FuzzDriver"),
        .executableTarget(name: "LessonFuzz", dependencies: ["FuzzDriver", "LessonKit"]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CFileSystem"),
        .target(name: "ProgressKit", dependencies: ["CCrypto", "CFileSystem", "UnicodeSkeleton"]),
        .executableTarget(name: "LearnerFileFuzz", dependencies: ["FuzzDriver", "ProgressKit"]),
    ]
)

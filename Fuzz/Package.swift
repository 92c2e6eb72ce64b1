// swift-tools-version:6.0
// A libFuzzer target for Cunxue's lesson loader (used by scripts/harden).
//
// The main package exports only the `cunxue` executable, so a package depending on it by path
// could not import LessonKit. This package builds LessonKit itself from the same sources:
// `Sources/LessonKit` and `Sources/CCmark` are symbolic links to the main package's folders.
//
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   Fuzz/.build/release/LessonFuzz -max_total_time=60 NEW_INPUTS_FOLDER Fuzz/corpus
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
        .target(name: "LessonKit", dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "LessonFuzz", dependencies: ["LessonKit"]),
    ]
)

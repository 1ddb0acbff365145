// swift-tools-version:5.4
import Foundation
import PackageDescription

/// libFuzzer targets for Descent's parsers, one executable per parser (see README "Development",
/// `make fuzz`). A package of its own, so the main package's `swift build` and `swift test`
/// never compile them and never see the fuzzer flags. Build from the repository root:
///
///     swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
///         -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
///
/// `-parse-as-library` keeps `main.swift` from defining `main` (libFuzzer brings its own), and
/// `-enable-testing` lets `FuzzBlock` reach the spec parser and compiler with `@testable import`.
/// Tools version 5.4: from 5.5 on, SwiftPM links an executable's `main` to a renamed entry point
/// (`FuzzX_main`, for testable executables) that `-parse-as-library` leaves undefined. Linux only
/// (libFuzzer ships with the Linux toolchains).

/// The main package is `..`; SwiftPM names a path dependency after its folder, which is whatever
/// the clone is called.
let descent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

func fuzzer(_ name: String, _ libraries: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + libraries.map { .product(name: $0, package: descent) })
}

let package = Package(
    name: "DescentFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "DescentText", package: descent)]),
        fuzzer("FuzzExpression", ["DescentEngine"]),
        fuzzer("FuzzBlock", ["DescentText", "DescentEngine", "DescentLesson"]),
        fuzzer("FuzzStoppingRule", ["DescentEngine"]),
        fuzzer("FuzzSplice", ["DescentText", "DescentLesson"]),
        fuzzer("FuzzMath", ["DescentSite"]),
        fuzzer("FuzzCSV", ["DescentEngine"]),
        fuzzer("FuzzCourseSettings", ["DescentSite"]),
        fuzzer("FuzzMarkdownCode", ["DescentText"]),
    ]
)

// swift-tools-version:6.0
import PackageDescription

/// Descent: Markdown lessons about gradient descent, verified and rendered.
///
/// Layering (nothing imports upward; see README "Where things live"):
///   DescentText    source text, lines, positions, diagnostics, "did you mean", the one
///                  Markdown code scanner (MarkdownCode), the one ordered parallel map
///                  (ParallelWork), and the one import of the system libraries
///                  (FoundationEssentials, libc), re-exported to every layer —
///                  imports nothing of ours
///   DescentEngine  numbers only, no I/O (Text for "did you mean" and the sweep's threads)
///   DescentPlot    SVG charts, no gradient-descent knowledge (Text for the number formatter)
///   DescentLesson  lesson documents, experiment blocks, claims, splicing, the experiment
///                  card (Text + Engine + Plot)
///   DescentSite    cmark rendering, math, tables, page template; fenced blocks by info word
///                  through FencedBlockRenderer, no experiment knowledge (Text + Ccmark)
///   DescentCourse  the course pipeline: lessons in, site files out, check; wires the
///                  experiment card into the site; the preview server (Lesson + Site,
///                  FlyingSocks for sockets)
///   DescentBench   benchmarks: engine speed against hand-written loops, and how each stage
///                  scales with its input (Engine + Course); nothing else depends on it
///   descent        the command line over all of them
let package = Package(
    name: "Descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
        .library(name: "DescentText", targets: ["DescentText"]),
        .library(name: "DescentEngine", targets: ["DescentEngine"]),
        .library(name: "DescentPlot", targets: ["DescentPlot"]),
        .library(name: "DescentLesson", targets: ["DescentLesson"]),
        .library(name: "DescentSite", targets: ["DescentSite"]),
        .library(name: "DescentCourse", targets: ["DescentCourse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "DescentText"),
        .target(name: "DescentEngine", dependencies: ["DescentText"]),
        .target(name: "DescentPlot", dependencies: ["DescentText"]),
        .target(name: "DescentLesson", dependencies: ["DescentText", "DescentEngine", "DescentPlot"]),
        .target(
            name: "DescentSite", dependencies: ["DescentText", "Ccmark"],
            exclude: ["Resources"]),
        .target(
            name: "DescentCourse",
            dependencies: [
                "DescentText", "DescentLesson", "DescentSite",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]),
        .target(name: "DescentBench", dependencies: ["DescentEngine", "DescentCourse"]),
        .executableTarget(
            name: "descent",
            dependencies: [
                "DescentText", "DescentLesson", "DescentSite", "DescentCourse", "DescentBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DescentTextTests", dependencies: ["DescentText", "Ccmark"]),
        .testTarget(
            name: "DescentEngineTests", dependencies: ["DescentEngine"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "DescentPlotTests", dependencies: ["DescentText", "DescentPlot"]),
        .testTarget(
            name: "DescentLessonTests", dependencies: ["DescentText", "DescentEngine", "DescentLesson"],
            exclude: ["Export/Golden"]),
        .testTarget(
            name: "DescentSiteTests",
            dependencies: ["DescentText", "DescentSite"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DescentCourseTests",
            dependencies: ["DescentText", "DescentEngine", "DescentLesson", "DescentSite", "DescentCourse"]),
        .testTarget(name: "DescentBenchTests", dependencies: ["DescentBench", "DescentEngine"]),
        .testTarget(name: "DescentCLITests", dependencies: ["descent", "DescentEngine"]),
    ]
)

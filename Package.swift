// swift-tools-version:6.0
import PackageDescription

/// Descent: Markdown lessons about gradient descent, verified and rendered.
///
/// Layering (nothing imports upward):
///   DescentEngine  numbers only, no I/O
///   DescentPlot    SVG charts, no gradient-descent knowledge
///   DescentLesson  lesson documents, experiment blocks, splicing (Engine + Plot)
///   DescentSite    cmark rendering, math, page template (Ccmark only)
///   DescentCourse  the course pipeline: lessons in, site files out, check (Lesson + Site)
///   DescentBench   benchmarks: engine speed against hand-written loops, and how each stage
///                  scales with its input (Engine + Course); nothing else depends on it
///   descent        the command line over all of them
let package = Package(
    name: "Descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
        .library(name: "DescentEngine", targets: ["DescentEngine"]),
        .library(name: "DescentPlot", targets: ["DescentPlot"]),
        .library(name: "DescentLesson", targets: ["DescentLesson"]),
        .library(name: "DescentSite", targets: ["DescentSite"]),
        .library(name: "DescentCourse", targets: ["DescentCourse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "DescentEngine"),
        .target(name: "DescentPlot"),
        .target(name: "DescentLesson", dependencies: ["DescentEngine", "DescentPlot"]),
        .target(name: "DescentSite", dependencies: ["Ccmark"]),
        .target(name: "DescentCourse", dependencies: ["DescentLesson", "DescentSite"]),
        .target(name: "DescentBench", dependencies: ["DescentEngine", "DescentCourse"]),
        .executableTarget(
            name: "descent",
            dependencies: [
                "DescentEngine", "DescentLesson", "DescentSite", "DescentCourse", "DescentBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DescentEngineTests", dependencies: ["DescentEngine"]),
        .testTarget(name: "DescentPlotTests", dependencies: ["DescentPlot"]),
        .testTarget(name: "DescentLessonTests", dependencies: ["DescentLesson"]),
        .testTarget(
            name: "DescentSiteTests",
            dependencies: ["DescentSite"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DescentCourseTests", dependencies: ["DescentCourse"]),
        .testTarget(name: "DescentBenchTests", dependencies: ["DescentBench", "DescentEngine"]),
        .testTarget(name: "DescentCLITests", dependencies: ["descent"]),
    ]
)

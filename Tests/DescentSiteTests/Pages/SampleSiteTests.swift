import Foundation
import Testing

@testable import DescentSite

/// The committed sample site (`Fixtures/sample-site`) is exactly what `Site` renders from
/// `Fixtures/sample-course`; the HTML validator and the browser check look at it.
@Suite struct SampleSiteTests {
    static let lessonNames = ["01-walk", "02-momentum"]

    static func render() throws -> SiteOutput {
        let settings = try CourseSettings(parsing: try fixture("sample-course/course.toml"))
        let lessons = try lessonNames.map { SiteLesson(slug: $0, markdown: try fixture("sample-course/\($0).md")) }
        return Site(settings: settings).render(lessons: lessons)
    }

    @Test func committedSampleSiteIsCurrent() throws {
        let output = try Self.render()
        if ProcessInfo.processInfo.environment["DESCENT_UPDATE_SAMPLE_SITE"] != nil { try Self.write(output) }
        for file in output.files {
            #expect(try fixture("sample-site/\(file.path)") == file.contents, "sample-site/\(file.path) is stale")
        }
        for asset in output.assets {
            #expect(
                try fixtureData("sample-site/\(asset.path)") == asset.contents, "sample-site/\(asset.path) is stale")
        }
        #expect(
            try fixture("sample-site/figures/lr-sweep-loss.svg")
                == (try fixture("sample-course/figures/lr-sweep-loss.svg")))
        #expect(output.warnings.isEmpty)
    }

    @Test func sampleUsesEveryConstruct() throws {
        let page = try #require(try Self.render().files.first { $0.path == "01-walk.html" }).contents
        for needle in [
            "<math display=\"block\">", "<table>", "<figure id=\"figure-lr-sweep-loss\">",
            "<figcaption>", "aria-current=\"page\"", "<td class=\"num\"><span class=\"num\">−2.4</span>",
        ] {
            #expect(page.contains(needle), "\(needle)")
        }
    }

    private static func write(_ output: SiteOutput) throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let site = fixtures.appendingPathComponent("sample-site")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("figures"), withIntermediateDirectories: true)
        for file in output.files {
            try file.contents.write(to: site.appendingPathComponent(file.path), atomically: true, encoding: .utf8)
        }
        for asset in output.assets { try asset.contents.write(to: site.appendingPathComponent(asset.path)) }
        let figure = "figures/lr-sweep-loss.svg"
        try fixture("sample-course/\(figure)").write(
            to: site.appendingPathComponent(figure), atomically: true, encoding: .utf8)
    }
}

/// The bytes of a fixture file (`fixture` for binary files).
func fixtureData(_ name: String) throws -> Data {
    try Data(contentsOf: try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)"))
}

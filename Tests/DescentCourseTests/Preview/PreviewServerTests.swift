import Foundation
import Testing

@testable import DescentCourse

/// The preview end to end, in process: a server on a free loopback port, a page fetched, a
/// lesson edited, the reload answered and the new content served.
@Suite struct PreviewServerTests {
    @Test func anEditReloadsThePageWithTheNewContent() async throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": PreviewSessionTests.lesson])
        let session = PreviewSession(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        session.rebuild()
        let server = try await PreviewServer.start(session: session, port: 0)
        defer { Task { await server.stop() } }
        let page = try await LoopbackHTTP.get(port: server.port, "/01-walk.html")
        #expect(page.status == 200)
        #expect(page.body.contains("<h1>Walk</h1>") && page.body.contains("var g=1;"))
        #expect(try await LoopbackHTTP.get(port: server.port, "/missing.html").status == 404)
        #expect(try await LoopbackHTTP.get(port: server.port, "/%2e%2e/01-walk.md").status == 403)
        #expect(try await LoopbackHTTP.get(port: server.port, "/../lessons/01-walk.md").status == 403)

        let watcher = PollingCourseWatcher(directory: course.lessons, interval: .milliseconds(10))
        async let reload = LoopbackHTTP.get(port: server.port, "/__descent/reload?after=1")
        try course.write(
            "lessons/01-walk.md", PreviewSessionTests.lesson.replacingOccurrences(of: "# Walk", with: "# Run"))
        await watcher.nextChange()
        session.rebuild()
        #expect(try await reload.body == "2")
        let reloaded = try await LoopbackHTTP.get(port: server.port, "/01-walk.html")
        #expect(reloaded.body.contains("<h1>Run</h1>") && reloaded.body.contains("var g=2;"))
    }

    @Test func aTakenPortMovesToTheNextFreeOne() async throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let session = PreviewSession(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        let first = try await PreviewServer.start(session: session, port: 0)
        defer { Task { await first.stop() } }
        let second = try await PreviewServer.start(session: session, port: first.port, searching: 20)
        defer { Task { await second.stop() } }
        #expect(second.port != first.port)
        #expect(second.port > first.port && second.port < first.port &+ 20)
    }
}

import DescentText
import Foundation
import Testing

@testable import DescentCourse

@Suite struct PreviewSessionTests {
    static let lesson = """
        # Walk

        ```descent walk
        f(w) = w^2
        start: w = 1
        lr: 0.25
        steps: 3
        show: table
        ```

        """

    @Test func aRebuildServesTheSplicedSiteAndWritesNoLessonOrOutput() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.lesson])
        let session = PreviewSession(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        let outcome = session.rebuild()
        #expect(!outcome.failed)
        #expect(outcome.generation == 1)
        let page = try #require(session.snapshot.files["01-walk.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("<table"))
        #expect(session.snapshot.files["index.html"] != nil)
        #expect(course.read("lessons/01-walk.md") == Self.lesson)
        #expect(!FileManager.default.fileExists(atPath: course.output))
    }

    @Test func aFailedRebuildKeepsTheFilesAndShowsTheErrorsUntilFixed() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.lesson])
        let session = PreviewSession(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        session.rebuild()
        try course.write("lessons/01-walk.md", Self.lesson.replacingOccurrences(of: "lr: 0.25", with: "lr: fast"))
        let failed = session.rebuild()
        #expect(failed.failed)
        #expect(failed.diagnostics.diagnostics.first?.line == 6)
        #expect(session.snapshot.failure != nil)
        #expect(session.snapshot.files["01-walk.html"] != nil)
        try course.write("lessons/01-walk.md", Self.lesson)
        let fixed = session.rebuild()
        #expect(!fixed.failed && fixed.generation == 3)
        #expect(session.snapshot.failure == nil)
    }

    @Test func aWaitEndsWhenARebuildPassesTheGeneration() async throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.lesson])
        let session = PreviewSession(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        session.rebuild()
        #expect(await session.generation(after: 1, timeout: .milliseconds(50)) == 1)
        async let waited = session.generation(after: 1, timeout: .seconds(30))
        try await Task.sleep(for: .milliseconds(50))
        session.rebuild()
        #expect(await waited == 2)
    }
}

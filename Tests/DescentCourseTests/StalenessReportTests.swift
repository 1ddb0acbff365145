import Foundation
import Testing

@testable import DescentCourse

@Suite struct StalenessReportTests {
    func builtCourse() throws -> (TemporaryCourse, CourseBuilder) {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        _ = try PlanApplier.apply(try builder.plan())
        return (course, builder)
    }

    @Test func aFreshBuildIsFresh() throws {
        let (course, builder) = try builtCourse()
        defer { withExtendedLifetime(course) {} }
        #expect(StalenessReport(comparing: try builder.plan()).isFresh)
    }

    @Test func oneChangedByteIsStaleWithADiffNamingTheFile() throws {
        let (course, builder) = try builtCourse()
        let page = try #require(course.read("output/00-welcome.html"))
        try course.write("output/00-welcome.html", page.replacingOccurrences(of: "Hello.", with: "Hellp."))
        let report = StalenessReport(comparing: try builder.plan())
        #expect(!report.isFresh)
        #expect(report.stale.map(\.path) == [course.output + "/00-welcome.html"])
        let text = report.description
        #expect(text.contains("--- \(course.output)/00-welcome.html (on disk)"))
        #expect(text.contains("-<p>Hellp.</p>\n+<p>Hello.</p>"))
        #expect(text.hasSuffix("1 file out of date (1 stale); run 'descent build' to update"))
    }

    @Test func missingAndExtraFilesAreListed() throws {
        let (course, builder) = try builtCourse()
        try FileManager.default.removeItem(atPath: course.output + "/index.html")
        try course.write("output/old.html", try #require(course.read("output/01-walk.html")))
        let manifest = try #require(course.read("output/.descent-manifest"))
        try course.write("output/.descent-manifest", manifest + "old.html\n")
        let report = StalenessReport(comparing: try builder.plan())
        #expect(report.missing == [course.output + "/index.html"])
        #expect(report.extra == [course.output + "/old.html"])
        #expect(report.description.contains("missing: \(course.output)/index.html"))
        #expect(
            report.description.hasSuffix(
                "3 files out of date (1 stale, 1 missing, 1 extra); run 'descent build' to update"))
    }
}

@Suite struct UnifiedDiffTests {
    @Test func rendersHunksWithContextAndLineNumbers() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let text = UnifiedDiff(old: old, new: new).render(oldName: "a", newName: "b", context: 1)
        #expect(text == "--- a\n+++ b\n@@ -4,3 +4,3 @@\n line 4\n-line 5\n+line five\n line 6")
    }

    @Test func capsLongDiffsAndCountsWhatWasCut() {
        let old = (1...100).map(String.init).joined(separator: "\n")
        let new = (1...100).map { "x\($0)" }.joined(separator: "\n")
        let text = UnifiedDiff(old: old, new: new).render(oldName: "a", newName: "b", limit: 10)
        #expect(text.split(separator: "\n").count == 13)
        #expect(text.hasSuffix("… 191 more diff lines not shown"))
    }

    @Test func identicalTextsHaveNoHunks() {
        #expect(UnifiedDiff(old: "a\nb\n", new: "a\nb\n").isEmpty)
        #expect(!UnifiedDiff(old: "a\n", new: "a\nb\n").isEmpty)
    }
}

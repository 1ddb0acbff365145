import DescentLesson
import DescentText
import Foundation
import Testing

@testable import DescentCourse

@Suite struct CourseBuilderTests {
    func builder(_ course: TemporaryCourse) -> CourseBuilder {
        CourseBuilder(layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
    }

    @Test func buildWritesPagesIndexAndStylesheet() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let result = try PlanApplier.apply(try builder(course).plan())
        #expect(result.written.count == 8)  // 2 pages, index, style, math font + licence + note, manifest
        #expect(
            course.read("output/01-walk.html")?.contains("<title>Lesson 2: Walking downhill · Descent course</title>")
                == true)
        #expect(course.read("output/index.html")?.contains("<a href=\"00-welcome.html\">Lesson 1: Welcome</a>") == true)
        #expect(course.read("output/style.css") != nil)
        #expect(course.read("output/GUST-FONT-LICENSE.txt")?.contains("GUST Font License") == true)
    }

    @Test func secondBuildWritesNothing() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        _ = try PlanApplier.apply(try builder(course).plan())
        let second = try PlanApplier.apply(try builder(course).plan())
        #expect(second.written.isEmpty)
        #expect(second.removed.isEmpty)
        #expect(second.unchanged == 10)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let second = try TemporaryCourse(lessons: TemporaryCourse.sample)
        _ = try PlanApplier.apply(try builder(first).plan())
        _ = try PlanApplier.apply(try builder(second).plan())
        // The build cache names its own folder's paths; what the build publishes is identical.
        let published = { (course: TemporaryCourse) in course.snapshot().filter { !$0.key.hasPrefix(".descent-cache") }
        }
        #expect(published(first) == published(second))
        #expect(published(first).count == 10)
    }

    @Test func partialBuildRendersOnlyThoseLessonsButIndexesAll() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        let plan = try builder(course).plan(only: [course.lessons + "/01-walk.md"])
        #expect(
            plan.files.map { FilePath.fileName($0.path) } == [
                "01-walk.md", "01-walk.html", "index.html", "style.css", "descent-math.woff2",
                "GUST-FONT-LICENSE.txt", "README-Descent-Math.txt", ".descent-manifest",
            ])
        let index = String(decoding: plan.files[2].contents, as: UTF8.self)
        #expect(index.contains("Welcome") && index.contains("Walking downhill"))
        #expect(throws: DiagnosticList.self) { try builder(course).plan(only: [course.root + "/nope.md"]) }
    }

    @Test func removesOnlyFilesThePreviousBuildWroteAndNoLongerProduces() throws {
        var lessons = TemporaryCourse.sample
        lessons["02-gone.md"] = "# Gone\n"
        let course = try TemporaryCourse(lessons: lessons)
        _ = try PlanApplier.apply(try builder(course).plan())
        #expect(course.read("output/.descent-manifest")?.contains("\n02-gone.html\n") == true)
        let page = try #require(course.read("output/01-walk.html"))
        try course.write("output/99-copied.html", page)
        try course.write("output/archive-v1/01-walk.html", page)
        try course.write("output/notes.html", "<p>mine</p>")
        try course.write("output/CNAME", "example.org")
        try FileManager.default.removeItem(atPath: course.lessons + "/02-gone.md")
        let result = try PlanApplier.apply(try builder(course).plan())
        #expect(result.removed == [course.output + "/02-gone.html"])
        #expect(course.read("output/99-copied.html") == page)
        #expect(course.read("output/archive-v1/01-walk.html") == page)
        #expect(course.read("output/notes.html") == "<p>mine</p>")
        #expect(course.read("output/CNAME") == "example.org")
        #expect(course.read("output/.descent-manifest")?.contains("02-gone") == false)
    }
}

@Suite struct BadInputTests {
    func plan(_ course: TemporaryCourse, output: String? = nil) -> DiagnosticList? {
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: output ?? course.output)
        do {
            _ = try CourseBuilder(layout: layout).plan()
            return nil
        } catch { return error }
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let course = try TemporaryCourse(lessons: ["00-a.md": "# A\n", "01-b.md": "# B\n"])
        try course.write("lessons/01-b.md", Data("# B\nok é \u{FF}".utf8) + Data([0xFF, 0x41, 0x0A]))
        try course.write("lessons/02-c.md", Data([0x23, 0x20, 0xC3]))
        let errors = try #require(plan(course))
        #expect(errors.diagnostics.count == 2)
        let first = errors.diagnostics[0]
        #expect(first.path.hasSuffix("lessons/01-b.md"))
        #expect((first.line, first.column) == (2, 7))
        #expect(first.message == "lesson is not valid utf-8 (byte 0xFF)")
        #expect(
            errors.diagnostics[1].description.hasSuffix(
                "02-c.md:1:3: error: lesson is not valid utf-8 (byte 0xC3)\n    # \u{FFFD}\n      ^"))
        #expect(course.snapshot().keys.allSatisfy { $0.hasPrefix("lessons") })
    }

    @Test func missingOrNonDirectoryLessonsAreErrors() throws {
        let course = try TemporaryCourse(lessons: [:])
        #expect(
            plan(course)?.description.hasSuffix("lessons: error: no lessons (*.md) in the lessons directory") == true)
        try FileManager.default.removeItem(atPath: course.lessons)
        #expect(plan(course)?.description.hasSuffix("lessons: error: lessons directory does not exist") == true)
        try course.write("lessons", "a file")
        #expect(plan(course)?.description.hasSuffix("lessons: error: lessons path is not a directory") == true)
    }

    @Test func anOutputPathThatIsAFileIsAnError() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        try course.write("site", "not a directory")
        let errors = try #require(plan(course, output: course.root + "/site"))
        #expect(errors.description.hasSuffix("site: error: output path exists and is not a directory"))
        #expect(course.read("site") == "not a directory")
    }
}

@Suite struct CourseSettingsAndWarningsTests {
    func builder(_ course: TemporaryCourse) -> CourseBuilder {
        CourseBuilder(layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
    }

    @Test func courseTomlTitlesTheSite() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        try course.write("lessons/course.toml", "title = \"Downhill\"\n")
        let plan = try builder(course).plan()
        let index = try #require(plan.files.first { $0.path.hasSuffix("index.html") })
        #expect(String(decoding: index.contents, as: UTF8.self).contains("<title>Downhill</title>"))
    }

    @Test func malformedCourseTomlIsAnError() throws {
        let course = try TemporaryCourse(lessons: TemporaryCourse.sample)
        try course.write("lessons/course.toml", "titel = \"x\"\n")
        #expect(throws: DiagnosticList.self) { try builder(course).plan() }
        do { _ = try builder(course).plan() } catch {
            #expect(
                error.description.hasSuffix(
                    "course.toml:1:1: error: unknown key 'titel'; did you mean 'title'?\n    titel = \"x\"\n    ^"))
        }
    }

    @Test func unknownMathCommandsAreWarningsAtTheirPositionInTheLesson() throws {
        let lesson = "# Math\n\n```descent m\nf(w) = w^2\nshow: derivative\n```\n\nSee $a + \\foo{b}$ here.\n"
        let course = try TemporaryCourse(lessons: ["01-m.md": lesson])
        let plan = try builder(course).plan()
        #expect(plan.warnings.count == 1)
        let warning = try #require(plan.warnings.first)
        #expect(warning.severity == .warning)
        // Line 8 in the lesson as written (after the spliced region, line 8 moves down in the file
        // the build writes, and the warning follows it there).
        #expect(warning.sourceLine == "See $a + \\foo{b}$ here.")
        #expect(warning.column == 10)
        #expect(warning.message.contains("\\foo"))
    }

    /// The formula is converted once, for the page, where a reference before it has been
    /// replaced by its value; the warning still points at the column in the lesson file.
    @Test func mathWarningsAfterAReferenceKeepTheLessonsColumn() throws {
        let lesson =
            "# Math\n\n```descent m\nf(w) = w^2\nstart: w = 1\nsteps: 2\n```\n\n{{m.runs}} and {{m.label}}: $\\foo$\n"
        let course = try TemporaryCourse(lessons: ["01-m.md": lesson])
        let plan = try builder(course).plan()
        let warning = try #require(plan.warnings.first)
        #expect(plan.warnings.count == 1)
        #expect(warning.sourceLine == "{{m.runs}} and {{m.label}}: $\\foo$")
        #expect(warning.column == 30)
        #expect(warning.path.hasSuffix("01-m.md"))
    }
}
